# expect: pass
def latest_records(records):
    latest = {}
    for r in records:
        old = latest.get(r["customer_id"])
        if old is None or r["updated_at"] >= old["updated_at"]:
            latest[r["customer_id"]] = r
    return latest
