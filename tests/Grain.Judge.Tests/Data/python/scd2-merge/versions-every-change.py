# expect: fail
# group: example
def scd2_merge(changes, dimension):
    rows = [dict(r) for r in dimension]
    current = {r["customer_id"]: r for r in rows if r["is_current"]}
    batch = {}
    for change in changes:
        batch.setdefault(change["customer_id"], {})[change["updated_at"]] = change
    for cid, by_time in batch.items():
        for ts in sorted(by_time):
            old = current.get(cid)
            if old is not None and ts <= old["valid_from"]:
                continue
            values = {k: by_time[ts].get(k) if by_time[ts].get(k) is not None else (old or {}).get(k)
                      for k in ("name", "email")}
            # no check for "nothing changed": every change opens a version
            if old is not None:
                old["valid_to"], old["is_current"] = ts, False
            new = {"customer_id": cid, **values, "valid_from": ts, "valid_to": None, "is_current": True}
            rows.append(new)
            current[cid] = new
    return rows
