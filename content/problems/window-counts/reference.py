def window_counts(actions, window_seconds=300, watermark_seconds=600):
    width = window_seconds
    open_windows = {}
    high = None
    for event in actions:
        ts = event["ts"]
        start = (ts // width) * width
        if high is None or start + width > high - watermark_seconds:
            key = (start, event["action"])
            open_windows[key] = open_windows.get(key, 0) + 1
        high = ts if high is None else max(high, ts)
        limit = high - watermark_seconds
        closed = sorted(key for key in open_windows if key[0] + width <= limit)
        for key in closed:
            yield {"window_start": key[0], "action": key[1], "count": open_windows.pop(key)}
    for key in sorted(open_windows):
        yield {"window_start": key[0], "action": key[1], "count": open_windows.pop(key)}
