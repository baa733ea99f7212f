def join_clicks(events, window_seconds=600, max_delay=60):
    """Yield [view_event_id, click_event_id] for same user and page with view.ts <= click.ts <= view.ts + window."""
    raise NotImplementedError
