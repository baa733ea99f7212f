# expect: fail
# group: hidden
def sessionize(events, gap_seconds=1800):
    out, open_session = [], None
    for ev in events:
        if open_session and ev["ts"] - open_session["end_ts"] >= gap_seconds:
            out.append(open_session)
            open_session = None
        if open_session is None:
            open_session = {"start_ts": ev["ts"], "end_ts": ev["ts"], "event_count": 0}
        open_session["end_ts"] = ev["ts"]
        open_session["event_count"] += 1
    if open_session:
        out.append(open_session)
    return out
