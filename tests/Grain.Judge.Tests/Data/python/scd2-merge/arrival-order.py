# expect: fail
# group: hidden
def scd2_merge(changes, dimension):
    rows = [dict(r) for r in dimension]
    current = {r["customer_id"]: r for r in rows if r["is_current"]}
    for change in changes:  # trusts the batch to be in time order
        cid, ts = change["customer_id"], change["updated_at"]
        old = current.get(cid)
        if old is not None and ts <= old["valid_from"]:
            continue
        values = {k: change.get(k) if change.get(k) is not None else (old or {}).get(k) for k in ("name", "email")}
        if old is not None and all(values[k] == old[k] for k in values):
            continue
        if old is not None:
            old["valid_to"], old["is_current"] = ts, False
        new = {"customer_id": cid, **values, "valid_from": ts, "valid_to": None, "is_current": True}
        rows.append(new)
        current[cid] = new
    return rows
