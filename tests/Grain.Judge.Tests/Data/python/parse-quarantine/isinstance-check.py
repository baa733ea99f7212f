# expect: fail
# group: example
def parse_events(rows):
    valid, quarantine = [], []
    for row in rows:
        if isinstance(row.get("user_id"), int) and isinstance(row.get("ts"), int):
            amount = row.get("amount")
            valid.append({"user_id": row["user_id"], "ts": row["ts"], "event_type": str(row.get("event_type", "unknown")),
                          "amount": float(amount) if amount is not None else None})
        else:
            quarantine.append({"row": row, "error": "bad types"})
    return valid, quarantine
