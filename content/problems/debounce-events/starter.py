import heapq


def debounce(events, window=60, max_delay=60):
    """Yield [status, event_id] per event: "keep", "repeat", "late" or "bad"."""
    raise NotImplementedError
