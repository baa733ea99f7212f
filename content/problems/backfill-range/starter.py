def process_range(events, start_date, end_date):
    """Return [{"user_id", "date", "n"}] counting events by ingested_date in [start_date, end_date)."""
    raise NotImplementedError
