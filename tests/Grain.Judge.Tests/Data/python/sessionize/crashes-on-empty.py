# expect: fail
# group: example
# verdict: RTE
def sessionize(events, gap_seconds=1800):
    events = iter(events)
    first = next(events)
    sessions = [{"start_ts": first["ts"], "end_ts": first["ts"], "event_count": 1}]
    for e in events:
        last = sessions[-1]
        if e["ts"] - last["end_ts"] > gap_seconds:
            sessions.append({"start_ts": e["ts"], "end_ts": e["ts"], "event_count": 1})
        else:
            last["end_ts"] = e["ts"]
            last["event_count"] += 1
    return sessions
