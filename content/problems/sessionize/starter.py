def sessionize(events, gap_seconds=1800):
    """Return [{"start_ts", "end_ts", "event_count"}] for one user's events sorted by ts."""
    raise NotImplementedError
