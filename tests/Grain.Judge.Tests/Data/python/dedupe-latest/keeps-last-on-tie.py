# expect: fail
# group: hidden
def dedupe(events):
    kept = {}
    for e in events:
        old = kept.get(e["event_id"])
        if old is None or e["ingested_at"] > old["ingested_at"] or (
                e["ingested_at"] == old["ingested_at"] and (e["updated_by"] is not None or old["updated_by"] is None)):
            kept[e["event_id"]] = e
    return list(kept.values())
