# expect: fail
# group: fault
def upsert(batch, state):
    table = {r["customer_id"]: r for r in state}
    rejected = 0
    for rec in batch:
        try:
            v = int(rec["updated_at"])  # "1704067200" and 1704067200.5 are accepted
        except (KeyError, TypeError, ValueError):
            rejected += 1
            continue
        key = rec["customer_id"]
        old = table.get(key)
        if old is not None and v <= old["updated_at"]:
            continue
        if rec.get("deleted") is True:
            table[key] = {"customer_id": key, "updated_at": v, "deleted": True}
        else:
            table[key] = {**rec, "updated_at": v}
    return {"state": [table[k] for k in sorted(table)], "rejected": rejected}
