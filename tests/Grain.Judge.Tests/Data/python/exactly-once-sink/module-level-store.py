# expect: fail
# group: rerun
from collections import deque

_first = {}
_order = deque()


def count_once(deliveries, ttl_seconds=600):
    counts, duplicates, high = {}, 0, None
    for d in deliveries:
        at = d["ingested_at"]
        high = at if high is None else max(high, at)
        if d["event_id"] in _first:
            duplicates += 1
        else:
            _first[d["event_id"]] = at
            _order.append(d["event_id"])
            key = (d.get("user_id"), d.get("event_type"))
            counts[key] = counts.get(key, 0) + 1
        while _order and _first[_order[0]] + ttl_seconds < high:
            del _first[_order.popleft()]
    return {"counts": counts, "duplicates": duplicates}
