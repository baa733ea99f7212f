# expect: fail
# group: scale
# verdict: MLE
def join_clicks(events, window_seconds=600, max_delay=60):
    views, clicks = {}, {}
    high = None
    for e in events:
        ts = e["ts"]
        if high is not None and ts < high - max_delay:
            continue
        high = ts if high is None else max(high, ts)
        if e.get("user_id") is None or e.get("event_type") not in ("view", "click"):
            continue
        key = (e["user_id"], e.get("page"))
        if e["event_type"] == "view":
            for cts, cid, _ in clicks.get(key, ()):
                if ts <= cts <= ts + window_seconds:
                    yield [e["event_id"], cid]
            views.setdefault(key, []).append((ts, e["event_id"], e))
        else:
            for vts, vid, _ in views.get(key, ()):
                if vts <= ts <= vts + window_seconds:
                    yield [vid, e["event_id"]]
            clicks.setdefault(key, []).append((ts, e["event_id"], e))
