def count_events(events):
    counts = {}
    for event in events:
        key = (event["user_id"], event["event_type"])
        counts[key] = counts.get(key, 0) + 1
    return counts
