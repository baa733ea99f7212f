# expect: fail
# group: example
def parse_events(rows):
    good, bad = [], []
    for raw in rows:
        try:
            uid, when = int(raw["user_id"]), int(raw["ts"])
            good.append({"user_id": uid, "ts": when, "event_type": str(raw.get("event_type", "unknown")), "amount": float(raw.get("amount", 0))})
        except (KeyError, TypeError, ValueError) as exc:
            bad.append({"row": raw, "error": repr(exc)})
    return good, bad
