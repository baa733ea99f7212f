# expect: fail
# group: example
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
        seen = last.get(key)
        last[key] = ts
        yield ["repeat" if seen is not None and abs(ts - seen) < window else "keep", event_id]
        high = ts if high is None else max(high, ts)
        for old in [k for k, v in last.items() if v <= high - max_delay - window]:
            del last[old]
