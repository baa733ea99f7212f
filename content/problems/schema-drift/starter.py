def to_canonical(rows, aliases):
    """Yield each row as {"user_id", "ts", "event_type", "amount"}, mapping renamed fields through `aliases`."""
    raise NotImplementedError
