# expect: fail
# group: hidden
def latest_records(records):
    latest = {}
    for r in records:
        if r["customer_id"] not in latest or r["updated_at"] > latest[r["customer_id"]]["updated_at"]:
            latest[r["customer_id"]] = r
    return list(latest.values())
