def parse_events(rows):
    """Return (valid, quarantine): parsed rows, and {"row": ..., "error": ...} for the bad ones."""
    raise NotImplementedError
