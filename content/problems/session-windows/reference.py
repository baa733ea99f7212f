def session_windows(events, gap_seconds=1800, max_delay=60):
    open_sessions = {}  # user_id -> list of [start, end, count]
    high = None
    since_sweep = 0
    for event in events:
        ts = event["ts"]
        if high is not None and ts < high - max_delay:
            continue  # late
        if high is None or ts > high:
            high = ts
        user = event.get("user_id")
        if user is None:
            continue
        merged = [ts, ts, 1]
        kept = []
        for session in open_sessions.get(user, ()):
            if session[0] - gap_seconds <= ts <= session[1] + gap_seconds:
                merged = [min(merged[0], session[0]), max(merged[1], session[1]), merged[2] + session[2]]
            else:
                kept.append(session)
        kept.append(merged)
        open_sessions[user] = kept
        since_sweep += 1
        if since_sweep >= 1000:
            since_sweep = 0
            watermark = high - max_delay
            for user in list(open_sessions):
                alive = []
                for start, end, count in open_sessions[user]:
                    if end + gap_seconds < watermark:
                        yield {"user_id": user, "start": start, "end": end, "events": count}
                    else:
                        alive.append([start, end, count])
                if alive:
                    open_sessions[user] = alive
                else:
                    del open_sessions[user]
    for user, sessions in open_sessions.items():
        for start, end, count in sessions:
            yield {"user_id": user, "start": start, "end": end, "events": count}
