# expect: fail
# group: hidden
def session_windows(events, gap_seconds=1800, max_delay=60):
    current = {}
    high = None
    for e in events:
        ts = e["ts"]
        if high is not None and ts < high - max_delay:
            continue
        high = ts if high is None else max(high, ts)
        user = e.get("user_id")
        if user is None:
            continue
        s = current.get(user)
        if s is not None and s[0] - gap_seconds <= ts <= s[1] + gap_seconds:
            s[0], s[1], s[2] = min(s[0], ts), max(s[1], ts), s[2] + 1
        else:
            if s is not None:
                yield {"user_id": user, "start": s[0], "end": s[1], "events": s[2]}
            current[user] = [ts, ts, 1]
    for user, s in current.items():
        yield {"user_id": user, "start": s[0], "end": s[1], "events": s[2]}
