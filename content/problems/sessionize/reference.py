def sessionize(events, gap_seconds=1800):
    sessions = []
    start = last = None
    count = 0
    for event in events:
        ts = event["ts"]
        if last is not None and ts - last > gap_seconds:
            sessions.append({"start_ts": start, "end_ts": last, "event_count": count})
            start, count = ts, 0
        if start is None:
            start = ts
        last = ts
        count += 1
    if last is not None:
        sessions.append({"start_ts": start, "end_ts": last, "event_count": count})
    return sessions
