# expect: fail
# group: hidden
def upsert(batch, state):
    table = {r["customer_id"]: r for r in state}
    rejected = 0
    for rec in batch:
        v = rec.get("updated_at")
        if type(v) is not int:
            rejected += 1
            continue
        key = rec["customer_id"]
        old = table.get(key)
        if old is not None and v < old["updated_at"]:  # an equal version is applied again
            continue
        if rec.get("deleted") is True:
            table[key] = {"customer_id": key, "updated_at": v, "deleted": True}
        else:
            table[key] = dict(rec)
    return {"state": [table[k] for k in sorted(table)], "rejected": rejected}
