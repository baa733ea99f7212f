def apply_changes(log, table, applied_lsn):
    rows = {row["id"]: dict(row) for row in table}
    skipped = orphans = 0
    for change in log:
        lsn = change["lsn"]
        if lsn <= applied_lsn:
            skipped += 1
            continue
        applied_lsn = lsn
        op, key = change["op"], change["id"]
        if op in ("c", "r"):
            rows[key] = {"id": key, **(change.get("data") or {})}
        elif key not in rows:
            orphans += 1
        elif op == "u":
            updated = dict(rows[key])
            updated.update(change.get("data") or {})
            rows[key] = updated
        elif op == "d":
            del rows[key]
    return {"rows": [rows[key] for key in sorted(rows)], "skipped": skipped, "orphans": orphans, "applied_lsn": applied_lsn}
