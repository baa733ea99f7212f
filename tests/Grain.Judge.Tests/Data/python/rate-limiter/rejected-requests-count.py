# expect: fail
# group: hidden
from collections import deque


def rate_limit(requests, limit=5, window_seconds=60):
    recent = {}
    totals = {}
    for request in requests:
        user = request.get("user_id")
        if user is None:
            continue
        t = request["ts"]
        times = recent.setdefault(user, deque())
        totals.setdefault(user, [0, 0])
        while times and times[0] <= t - window_seconds:
            times.popleft()
        totals[user][0 if len(times) < limit else 1] += 1
        times.append(t)
    return totals
