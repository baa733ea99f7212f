# expect: pass
def parse_events(rows):
    valid, quarantine = [], []
    for row in rows:
        try:
            user_id, ts = int(row["user_id"]), int(row["ts"])
            amount = float(row["amount"]) if "amount" in row else None
        except Exception as exc:
            quarantine.append({"row": row, "error": f"{type(exc).__name__}: {exc}"})
            continue
        valid.append({"user_id": user_id, "ts": ts, "event_type": str(row.get("event_type", "unknown")), "amount": amount})
    return valid, quarantine
