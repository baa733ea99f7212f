# expect: fail
# group: scale
# verdict: MLE
def count_once(deliveries, ttl_seconds=600):
    seen = set()
    counts = {}
    duplicates = 0
    for d in deliveries:
        if d["event_id"] in seen:
            duplicates += 1
            continue
        seen.add(d["event_id"])
        key = (d.get("user_id"), d.get("event_type"))
        counts[key] = counts.get(key, 0) + 1
    return {"counts": counts, "duplicates": duplicates}
