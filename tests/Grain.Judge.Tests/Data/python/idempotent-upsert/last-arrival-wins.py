# expect: fail
# group: example
def upsert(batch, state):
    table = {r["customer_id"]: r for r in state}
    rejected = 0
    for rec in batch:
        if type(rec.get("updated_at")) is not int:
            rejected += 1
            continue
        key = rec["customer_id"]
        if rec.get("deleted") is True:
            table[key] = {"customer_id": key, "updated_at": rec["updated_at"], "deleted": True}
        else:
            table[key] = dict(rec)  # whatever arrives last wins, whatever its version
    return {"state": [table[k] for k in sorted(table)], "rejected": rejected}
