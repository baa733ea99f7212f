# expect: fail
# group: example
def dedupe(events):
    kept = {}
    for e in events:
        old = kept.get(e["event_id"])
        if old is None or e["ingested_at"] > old["ingested_at"]:
            kept[e["event_id"]] = e
    return list(kept.values())
