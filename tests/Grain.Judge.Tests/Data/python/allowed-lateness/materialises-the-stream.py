# expect: fail
# group: scale
def count_with_lateness(events, window_seconds=60, allowed_lateness=120):
    rows = list(events)
    out, windows, high = [], {}, None
    for e in rows:
        ts = e["ts"]
        start = ts - ts % window_seconds
        if high is not None and start + window_seconds + allowed_lateness <= high:
            out.append({"kind": "late", "event_id": e["event_id"]})
            continue
        w = windows.setdefault(start, [0, False])
        w[0] += 1
        if w[1]:
            out.append({"kind": "update", "start": start, "count": w[0]})
        high = ts if high is None else max(high, ts)
        for s in sorted(windows):
            if s + window_seconds > high:
                break
            if not windows[s][1]:
                windows[s][1] = True
                out.append({"kind": "fire", "start": s, "count": windows[s][0]})
            if s + window_seconds + allowed_lateness <= high:
                del windows[s]
    out.extend({"kind": "fire", "start": s, "count": c} for s, (c, f) in sorted(windows.items()) if not f)
    return out
