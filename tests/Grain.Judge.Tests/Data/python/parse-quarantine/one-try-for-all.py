# expect: fail
# group: example
def parse_events(rows):
    good, bad = [], []
    try:
        for raw in rows:
            amt = float(raw["amount"]) if "amount" in raw else None
            good.append({"user_id": int(raw["user_id"]), "ts": int(raw["ts"]), "event_type": str(raw.get("event_type", "unknown")), "amount": amt})
    except (KeyError, TypeError, ValueError) as exc:
        bad.append({"row": None, "error": str(exc)})
    return good, bad
