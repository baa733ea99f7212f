def upsert(batch, state):
    table = {row["customer_id"]: row for row in state}
    rejected = 0
    for record in batch:
        version = record.get("updated_at")
        if type(version) is not int:
            rejected += 1
            continue
        key = record["customer_id"]
        stored = table.get(key)
        if stored is not None and version <= stored["updated_at"]:
            continue  # already applied, or older than what the sink holds
        if record.get("deleted") is True:
            table[key] = {"customer_id": key, "updated_at": version, "deleted": True}
        else:
            table[key] = dict(record)
    return {"state": [table[key] for key in sorted(table)], "rejected": rejected}
