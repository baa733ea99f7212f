def count_events(events):
    counts = {}
    for e in events:
        counts[e["user"]] = counts.get(e["user"], 0) + 1
    return counts
