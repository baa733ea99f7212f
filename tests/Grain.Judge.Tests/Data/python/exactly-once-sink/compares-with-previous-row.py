# expect: fail
# group: hidden
def count_once(deliveries, ttl_seconds=600):
    previous = None
    counts = {}
    duplicates = 0
    for d in deliveries:
        if d["event_id"] == previous:
            duplicates += 1
            continue
        previous = d["event_id"]
        key = (d.get("user_id"), d.get("event_type"))
        counts[key] = counts.get(key, 0) + 1
    return {"counts": counts, "duplicates": duplicates}
