def _pick(row, name, aliases):
    value = row.get(name)
    if value is not None:
        return value
    for old, new in aliases.items():
        if new == name and row.get(old) is not None:
            return row[old]
    return None


def _user_id(value):
    if type(value) is str:
        return value
    if type(value) is int:
        return str(value)
    return None


def _ts(value):
    if type(value) is int:
        return value
    if type(value) is str:
        try:
            return int(value)
        except ValueError:
            return None
    return None


def _amount(value):
    if type(value) in (int, float):
        return float(value)
    if type(value) is str:
        try:
            return float(value)
        except ValueError:
            return None
    return None


def to_canonical(rows, aliases):
    for row in rows:
        event_type = _pick(row, "event_type", aliases)
        yield {
            "user_id": _user_id(_pick(row, "user_id", aliases)),
            "ts": _ts(_pick(row, "ts", aliases)),
            "event_type": event_type if type(event_type) is str else None,
            "amount": _amount(_pick(row, "amount", aliases)),
        }
