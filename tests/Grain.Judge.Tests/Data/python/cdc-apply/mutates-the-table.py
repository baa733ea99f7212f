# expect: fail
# group: rerun
def apply_changes(log, table, applied_lsn):
    rows = {r["id"]: r for r in table}
    skipped = orphans = 0
    for c in log:
        if c["lsn"] <= applied_lsn:
            skipped += 1
            continue
        applied_lsn = c["lsn"]
        op, key = c["op"], c["id"]
        if op in ("c", "r"):
            rows[key] = {"id": key, **(c.get("data") or {})}
        elif key not in rows:
            orphans += 1
        elif op == "u":
            rows[key].update(c.get("data") or {})
        else:
            del rows[key]
    return {"rows": [rows[k] for k in sorted(rows)], "skipped": skipped, "orphans": orphans, "applied_lsn": applied_lsn}
