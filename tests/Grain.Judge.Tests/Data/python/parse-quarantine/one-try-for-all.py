# expect: fail
# group: example
def parse_events(rows):
    valid, quarantine = [], []
    try:
        for row in rows:
            valid.append({"user_id": int(row["user_id"]), "ts": int(row["ts"]),
                          "event_type": str(row.get("event_type", "unknown")),
                          "amount": float(row["amount"]) if "amount" in row else None})
    except (KeyError, TypeError, ValueError) as exc:
        quarantine.append({"row": None, "error": str(exc)})
    return valid, quarantine
