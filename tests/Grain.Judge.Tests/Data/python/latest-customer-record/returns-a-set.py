# expect: fail
# group: example
# verdict: WA
def latest_records(records):
    latest = {}
    for r in records:
        if r["customer_id"] not in latest or r["updated_at"] >= latest[r["customer_id"]]["updated_at"]:
            latest[r["customer_id"]] = r
    return {r["email"] for r in latest.values()}
