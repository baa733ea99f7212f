# expect: fail
# group: scale
def rate_limit(requests, limit=5, window_seconds=60):
    history = {}
    totals = {}
    for request in requests:
        user = request.get("user_id")
        if user is None:
            continue
        t = request["ts"]
        allowed = history.setdefault(user, [])
        totals.setdefault(user, [0, 0])
        recent = 0
        for old in reversed(allowed):
            if old["ts"] <= t - window_seconds:
                break
            recent += 1
        if recent < limit:
            allowed.append(request)
            totals[user][0] += 1
        else:
            totals[user][1] += 1
    return totals
