def _better(new, old):
    if new["ingested_at"] != old["ingested_at"]:
        return new["ingested_at"] > old["ingested_at"]
    return new["updated_by"] is not None and old["updated_by"] is None


def dedupe(events):
    kept = {}
    for event in events:
        old = kept.get(event["event_id"])
        if old is None or _better(event, old):
            kept[event["event_id"]] = event
    return list(kept.values())
