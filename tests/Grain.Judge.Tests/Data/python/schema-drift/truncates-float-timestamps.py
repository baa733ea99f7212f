# expect: fail
# group: fault
def _pick(row, name, aliases):
    if row.get(name) is not None:
        return row[name]
    for old, new in aliases.items():
        if new == name and row.get(old) is not None:
            return row[old]
    return None


def _number(v, cast):
    if v is None or type(v) is bool:
        return None
    try:
        return cast(float(v))
    except (TypeError, ValueError):
        return None


def to_canonical(rows, aliases):
    for row in rows:
        uid = _pick(row, "user_id", aliases)
        et = _pick(row, "event_type", aliases)
        yield {
            "user_id": uid if type(uid) is str else str(uid) if type(uid) is int else None,
            "ts": _number(_pick(row, "ts", aliases), int),
            "event_type": et if type(et) is str else None,
            "amount": _number(_pick(row, "amount", aliases), float),
        }
