from collections import deque


def count_once(deliveries, ttl_seconds=600):
    first_seen = {}  # event_id -> first ingested_at, for ids that may still be retried
    order = deque()  # ids in arrival order, to expire them
    counts = {}
    duplicates = 0
    high = None
    for delivery in deliveries:
        event_id = delivery["event_id"]
        at = delivery["ingested_at"]
        if high is None or at > high:
            high = at
        if event_id in first_seen:
            duplicates += 1
        else:
            first_seen[event_id] = at
            order.append(event_id)
            key = (delivery.get("user_id"), delivery.get("event_type"))
            counts[key] = counts.get(key, 0) + 1
        while order and first_seen[order[0]] + ttl_seconds < high:
            del first_seen[order.popleft()]
    return {"counts": counts, "duplicates": duplicates}
