def count_with_lateness(events, window_seconds=60, allowed_lateness=120):
    windows = {}  # start -> [count, fired]
    high = None
    for event in events:
        ts = event["ts"]
        start = ts - ts % window_seconds
        end = start + window_seconds
        if high is not None and end + allowed_lateness <= high:
            yield {"kind": "late", "event_id": event["event_id"]}
            continue
        window = windows.get(start)
        if window is None:
            window = windows[start] = [0, False]
        window[0] += 1
        if window[1]:
            yield {"kind": "update", "start": start, "count": window[0]}
        if high is None or ts > high:
            high = ts
        for s in sorted(windows):
            count, fired = windows[s]
            if s + window_seconds > high:
                break
            if not fired:
                windows[s][1] = True
                yield {"kind": "fire", "start": s, "count": count}
            if s + window_seconds + allowed_lateness <= high:
                del windows[s]
    for s in sorted(windows):
        count, fired = windows[s]
        if not fired:
            yield {"kind": "fire", "start": s, "count": count}
