# expect: fail
# group: scale
# verdict: MLE
def debounce(events, window=60, max_delay=60):
    last = {}
    high = None
    for event in events:
        ts, event_id = event.get("ts"), event.get("event_id")
        if not isinstance(ts, int) or isinstance(ts, bool):
            yield ["bad", event_id]
            continue
        if high is not None and ts < high - max_delay:
            yield ["late", event_id]
            continue
        key = (event.get("user_id"), event.get("event_type"))
        kept = last.get(key)
        if kept is not None and abs(ts - kept) < window:
            yield ["repeat", event_id]
        else:
            last[key] = ts
            yield ["keep", event_id]
        high = ts if high is None else max(high, ts)
