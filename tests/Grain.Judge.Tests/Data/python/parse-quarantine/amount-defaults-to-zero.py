# expect: fail
# group: example
def parse_events(rows):
    valid, quarantine = [], []
    for row in rows:
        try:
            valid.append({"user_id": int(row["user_id"]), "ts": int(row["ts"]),
                          "event_type": str(row.get("event_type", "unknown")),
                          "amount": float(row.get("amount", 0))})
        except (KeyError, TypeError, ValueError) as exc:
            quarantine.append({"row": row, "error": repr(exc)})
    return valid, quarantine
