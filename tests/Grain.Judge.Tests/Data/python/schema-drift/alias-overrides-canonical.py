# expect: fail
# group: hidden
def _conv(name, v):
    if v is None or type(v) is bool:
        return None
    try:
        if name == "user_id":
            return v if type(v) is str else str(v) if type(v) is int else None
        if name == "ts":
            return v if type(v) is int else int(v) if type(v) is str else None
        if name == "amount":
            return float(v) if type(v) in (int, float, str) else None
        return v if type(v) is str else None
    except ValueError:
        return None


def to_canonical(rows, aliases):
    for row in rows:
        raw = {name: row.get(name) for name in ("user_id", "ts", "event_type", "amount")}
        for old, new in aliases.items():
            if row.get(old) is not None:
                raw[new] = row[old]  # the newer name always wins, even over the canonical one
        yield {name: _conv(name, value) for name, value in raw.items()}
