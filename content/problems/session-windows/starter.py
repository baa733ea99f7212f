def session_windows(events, gap_seconds=1800, max_delay=60):
    """Yield {"user_id", "start", "end", "events"} for every session, as soon as it can no longer change."""
    raise NotImplementedError
