from collections import deque


def rate_limit(requests, limit=5, window_seconds=60):
    recent = {}  # user_id -> deque of the allowed timestamps still inside a window
    totals = {}
    for request in requests:
        user = request.get("user_id")
        if user is None:
            continue
        t = request["ts"]
        times = recent.get(user)
        if times is None:
            times = recent[user] = deque()
            totals[user] = [0, 0]
        while times and times[0] <= t - window_seconds:
            times.popleft()
        if len(times) < limit:
            times.append(t)
            totals[user][0] += 1
        else:
            totals[user][1] += 1
    return totals
