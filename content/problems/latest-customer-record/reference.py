def latest_records(records):
    latest = {}
    for record in records:
        cid = record["customer_id"]
        kept = latest.get(cid)
        if kept is None or record["updated_at"] >= kept["updated_at"]:
            latest[cid] = record
    return list(latest.values())
