TRACKED = ("name", "email")


def scd2_merge(changes, dimension):
    rows = [dict(row) for row in dimension]
    current = {row["customer_id"]: i for i, row in enumerate(rows) if row["is_current"]}

    # Per customer, one change per updated_at: a later row in the batch replaces an earlier one.
    batch = {}
    for change in changes:
        batch.setdefault(change["customer_id"], {})[change["updated_at"]] = change

    for customer_id, by_time in batch.items():
        for updated_at in sorted(by_time):
            change = by_time[updated_at]
            i = current.get(customer_id)
            if i is not None and updated_at <= rows[i]["valid_from"]:
                continue  # not newer than the current version: already applied, or too late
            before = rows[i] if i is not None else {}
            values = {}
            for name in TRACKED:
                value = change.get(name)
                values[name] = value if value is not None else before.get(name)
            if i is not None and all(values[name] == before[name] for name in TRACKED):
                continue  # nothing tracked changed
            if i is not None:
                rows[i]["valid_to"] = updated_at
                rows[i]["is_current"] = False
            rows.append({"customer_id": customer_id, **values,
                         "valid_from": updated_at, "valid_to": None, "is_current": True})
            current[customer_id] = len(rows) - 1
    return rows
