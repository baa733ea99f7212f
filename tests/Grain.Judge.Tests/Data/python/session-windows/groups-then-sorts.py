# expect: fail
# group: scale
# verdict: MLE
def session_windows(events, gap_seconds=1800, max_delay=60):
    per_user = {}
    high = None
    for e in events:
        ts = e["ts"]
        if high is not None and ts < high - max_delay:
            continue
        high = ts if high is None else max(high, ts)
        if e.get("user_id") is not None:
            per_user.setdefault(e["user_id"], []).append(e)
    for user, rows in per_user.items():
        times = sorted(r["ts"] for r in rows)
        start = prev = times[0]
        count = 0
        for t in times:
            if t - prev > gap_seconds:
                yield {"user_id": user, "start": start, "end": prev, "events": count}
                start, count = t, 0
            prev = t
            count += 1
        yield {"user_id": user, "start": start, "end": prev, "events": count}
