# expect: fail
# group: fault
def upsert(batch, state):
    table = {r["customer_id"]: dict(r) for r in state}
    rejected = 0
    for rec in batch:
        v = rec.get("updated_at")
        if type(v) is not int:
            rejected += 1
            continue
        key = rec["customer_id"]
        old = table.get(key)
        if old is not None and v <= old["updated_at"]:
            continue
        if rec.get("deleted") is True:
            table[key] = {"customer_id": key, "updated_at": v, "deleted": True}
        elif old is not None and not old.get("deleted"):
            old.update(rec)  # a field missing from the record keeps its old value
        else:
            table[key] = dict(rec)
    return {"state": [table[k] for k in sorted(table)], "rejected": rejected}
