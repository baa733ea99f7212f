# expect: fail
# group: hidden
def apply_changes(log, table, applied_lsn):
    rows = {r["id"]: dict(r) for r in table}
    skipped = orphans = 0
    for c in log:
        if c["lsn"] <= applied_lsn:
            skipped += 1
            continue
        applied_lsn = c["lsn"]
        op, key = c["op"], c["id"]
        if op in ("c", "r", "u"):
            if op == "u" and key not in rows:
                orphans += 1
                continue
            rows[key] = {"id": key, **(c.get("data") or {})}
        elif key not in rows:
            orphans += 1
        else:
            del rows[key]
    return {"rows": [rows[k] for k in sorted(rows)], "skipped": skipped, "orphans": orphans, "applied_lsn": applied_lsn}
