def parse_events(rows):
    valid = []
    quarantine = []
    for row in rows:
        try:
            if "user_id" not in row or "ts" not in row:
                raise KeyError("user_id" if "user_id" not in row else "ts")
            item = {
                "user_id": int(row["user_id"]),
                "ts": int(row["ts"]),
                "event_type": str(row["event_type"]) if "event_type" in row else "unknown",
                "amount": float(row["amount"]) if "amount" in row else None,
            }
        except (KeyError, TypeError, ValueError) as exc:
            quarantine.append({"row": row, "error": type(exc).__name__ + ": " + str(exc)})
        else:
            valid.append(item)
    return valid, quarantine
