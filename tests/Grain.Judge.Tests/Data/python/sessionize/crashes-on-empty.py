# expect: fail
# group: example
# verdict: RTE
def sessionize(events, gap_seconds=1800):
    stream = iter(events)
    head = next(stream)
    out = [[head["ts"], head["ts"], 1]]
    for ev in stream:
        if ev["ts"] - out[-1][1] > gap_seconds:
            out.append([ev["ts"], ev["ts"], 1])
        else:
            out[-1][1] = ev["ts"]
            out[-1][2] += 1
    return [{"start_ts": a, "end_ts": b, "event_count": n} for a, b, n in out]
