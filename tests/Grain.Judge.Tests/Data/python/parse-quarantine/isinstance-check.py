# expect: fail
# group: example
def parse_events(rows):
    good, bad = [], []
    for raw in rows:
        uid, when = raw.get("user_id"), raw.get("ts")
        if isinstance(uid, int) and isinstance(when, int):
            amt = raw.get("amount")
            label = str(raw.get("event_type", "unknown"))
            good.append({"user_id": uid, "ts": when, "event_type": label, "amount": None if amt is None else float(amt)})
        else:
            bad.append({"row": raw, "error": "bad types"})
    return good, bad
