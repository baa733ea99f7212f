def join_clicks(events, window_seconds=600, max_delay=60):
    views = {}  # (user_id, page) -> list of (ts, event_id)
    clicks = {}
    high = None  # the greatest ts seen so far
    since_sweep = 0
    for event in events:
        ts = event["ts"]
        if high is not None and ts < high - max_delay:
            continue  # late
        if high is None or ts > high:
            high = ts
        kind = event.get("event_type")
        user = event.get("user_id")
        if user is None or kind not in ("view", "click"):
            continue
        key = (user, event.get("page"))
        if kind == "view":
            for click_ts, click_id in clicks.get(key, ()):
                if ts <= click_ts <= ts + window_seconds:
                    yield [event["event_id"], click_id]
            views.setdefault(key, []).append((ts, event["event_id"]))
        else:
            for view_ts, view_id in views.get(key, ()):
                if view_ts <= ts <= view_ts + window_seconds:
                    yield [view_id, event["event_id"]]
            clicks.setdefault(key, []).append((ts, event["event_id"]))
        since_sweep += 1
        if since_sweep >= 2000:
            since_sweep = 0
            watermark = high - max_delay
            _sweep(views, lambda t: t + window_seconds >= watermark)
            _sweep(clicks, lambda t: t >= watermark)


def _sweep(state, keep):
    for key in list(state):
        alive = [item for item in state[key] if keep(item[0])]
        if alive:
            state[key] = alive
        else:
            del state[key]
