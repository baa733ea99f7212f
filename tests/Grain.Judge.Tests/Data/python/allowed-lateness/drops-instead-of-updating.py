# expect: fail
# group: example
def count_with_lateness(events, window_seconds=60, allowed_lateness=120):
    windows = {}
    high = None
    for e in events:
        ts = e["ts"]
        start = ts - ts % window_seconds
        if high is not None and start + window_seconds <= high:
            yield {"kind": "late", "event_id": e["event_id"]}
            continue
        windows[start] = windows.get(start, 0) + 1
        high = ts if high is None else max(high, ts)
        for s in sorted(windows):
            if s + window_seconds > high:
                break
            yield {"kind": "fire", "start": s, "count": windows.pop(s)}
    for s in sorted(windows):
        yield {"kind": "fire", "start": s, "count": windows[s]}
