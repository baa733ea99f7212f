def _parse(raw):
    for required in ("user_id", "ts"):
        if required not in raw:
            raise KeyError(required)
    amount = raw.get("amount")
    return {
        "user_id": int(raw["user_id"]),
        "ts": int(raw["ts"]),
        "event_type": str(raw["event_type"]) if "event_type" in raw else "unknown",
        "amount": float(amount) if "amount" in raw else None,
    }


def parse_events(rows):
    good, bad = [], []
    for raw in rows:
        try:
            good.append(_parse(raw))
        except (KeyError, TypeError, ValueError) as exc:
            bad.append({"row": raw, "error": type(exc).__name__ + ": " + str(exc)})
    return good, bad
