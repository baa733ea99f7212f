def reorder(events, max_delay=60):
    """Yield ["event", id] in (ts, arrival) order once safe, and ["late", id] for events too late to place."""
    raise NotImplementedError
