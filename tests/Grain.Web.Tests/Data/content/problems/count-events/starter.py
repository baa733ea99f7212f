def count_events(events):
    """Return {(user_id, event_type): count} over an iterator of event dicts."""
    raise NotImplementedError
