# expect: fail
# group: scale
# verdict: MLE
def approx_distinct(events):
    return float(len({str(e["event_id"]) for e in events if e.get("event_id") is not None}))
