# expect: fail
# group: hidden
def parse_events(rows):
    good, bad = [], []
    for raw in rows:
        try:
            uid, when = int(raw["user_id"]), int(raw["ts"])
            amt = raw.get("amount")
            kind = str(raw["event_type"]) if "event_type" in raw else "unknown"
            good.append({"user_id": uid, "ts": when, "event_type": kind, "amount": None if amt is None else float(amt)})
        except (KeyError, TypeError, ValueError) as exc:
            bad.append({"row": raw, "error": "bad row: " + str(exc)})
    return good, bad
