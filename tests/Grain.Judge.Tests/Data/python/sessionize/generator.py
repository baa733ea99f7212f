# expect: pass
def sessionize(events, gap_seconds=1800):
    return list(_sessions(events, gap_seconds))


def _sessions(events, gap):
    start = last = None
    n = 0
    for e in events:
        if last is not None and e["ts"] - last > gap:
            yield {"start_ts": start, "end_ts": last, "event_count": n}
            start, n = None, 0
        start = e["ts"] if start is None else start
        last = e["ts"]
        n += 1
    if n:
        yield {"start_ts": start, "end_ts": last, "event_count": n}
