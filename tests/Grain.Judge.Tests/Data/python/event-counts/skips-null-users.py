# expect: fail
# group: fault
def count_events(events):
    counts = {}
    for e in events:
        if e["user_id"] is None or e["user_id"] == "null":
            continue
        key = (e["user_id"], e["event_type"])
        counts[key] = counts.get(key, 0) + 1
    return counts
