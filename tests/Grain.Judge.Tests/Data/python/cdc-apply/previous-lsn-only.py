# expect: fail
# group: hidden
def apply_changes(log, table, applied_lsn):
    rows = {r["id"]: dict(r) for r in table}
    skipped = orphans = 0
    previous = applied_lsn
    for c in log:
        if c["lsn"] == previous:
            skipped += 1
            continue
        previous = c["lsn"]
        applied_lsn = max(applied_lsn, c["lsn"])
        op, key = c["op"], c["id"]
        if op in ("c", "r"):
            rows[key] = {"id": key, **(c.get("data") or {})}
        elif key not in rows:
            orphans += 1
        elif op == "u":
            rows[key] = {**rows[key], **(c.get("data") or {})}
        else:
            del rows[key]
    return {"rows": [rows[k] for k in sorted(rows)], "skipped": skipped, "orphans": orphans, "applied_lsn": applied_lsn}
