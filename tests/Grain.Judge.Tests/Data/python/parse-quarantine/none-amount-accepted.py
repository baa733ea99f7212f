# expect: fail
# group: hidden
def parse_events(rows):
    valid, quarantine = [], []
    for row in rows:
        try:
            amount = row.get("amount")
            valid.append({"user_id": int(row["user_id"]), "ts": int(row["ts"]),
                          "event_type": str(row["event_type"]) if "event_type" in row else "unknown",
                          "amount": None if amount is None else float(amount)})
        except (KeyError, TypeError, ValueError) as exc:
            quarantine.append({"row": row, "error": "bad row: " + str(exc)})
    return valid, quarantine
