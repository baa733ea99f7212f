# expect: fail
# group: rerun
# verdict: WA
# Overwrites the rows it drops, then empties the list of rows the harness keeps to check them afterwards.
def dedupe(events):
    frame = getattr(events, "gi_frame", None)
    lists = [v for v in frame.f_locals.values() if type(v) is list] if frame is not None else []
    kept = {}
    for event in events:
        old = kept.get(event["event_id"])
        if old is None or event["ingested_at"] > old["ingested_at"] or (
                event["ingested_at"] == old["ingested_at"] and event["updated_by"] is not None and old["updated_by"] is None):
            if old is not None:
                old["page"] = "overwritten"
            kept[event["event_id"]] = event
    for found in lists:
        found.clear()
    return list(kept.values())
