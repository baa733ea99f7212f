def count_with_lateness(events, window_seconds=60, allowed_lateness=120):
    """Yield fire, update and late records for tumbling-window counts with a watermark and allowed lateness."""
    raise NotImplementedError
