# expect: fail
# group: hidden
def join_clicks(events, window_seconds=600, max_delay=60):
    views = {}
    high = None
    n = 0
    for e in events:
        ts = e["ts"]
        if high is not None and ts < high - max_delay:
            continue
        high = ts if high is None else max(high, ts)
        if e.get("user_id") is None:
            continue
        key = (e["user_id"], e.get("page"))
        if e.get("event_type") == "view":
            views.setdefault(key, []).append((ts, e["event_id"]))
        elif e.get("event_type") == "click":
            for vts, vid in views.get(key, ()):
                if vts <= ts <= vts + window_seconds:
                    yield [vid, e["event_id"]]
        n += 1
        if n % 2000 == 0:
            wm = high - max_delay
            for k in list(views):
                views[k] = [v for v in views[k] if v[0] + window_seconds >= wm]
