# expect: fail
# group: rerun
# verdict: WA
# Right answer (5.0 == 5 in the output), but every input row was changed in place: 5 and 5.0 are different values.
def dedupe(events):
    kept = {}
    for event in events:
        event["ingested_at"] = float(event["ingested_at"])
        old = kept.get(event["event_id"])
        if old is None or event["ingested_at"] > old["ingested_at"] or (
                event["ingested_at"] == old["ingested_at"] and event["updated_by"] is not None and old["updated_by"] is None):
            kept[event["event_id"]] = event
    return list(kept.values())
