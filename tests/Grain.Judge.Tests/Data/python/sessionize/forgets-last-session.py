# expect: fail
# group: example
def sessionize(events, gap_seconds=1800):
    sessions, current = [], None
    for e in events:
        if current and e["ts"] - current["end_ts"] > gap_seconds:
            sessions.append(current)
            current = None
        if current is None:
            current = {"start_ts": e["ts"], "end_ts": e["ts"], "event_count": 0}
        current["end_ts"] = e["ts"]
        current["event_count"] += 1
    return sessions
