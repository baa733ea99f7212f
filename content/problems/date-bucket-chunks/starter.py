import datetime


def plan_chunks(rows, max_rows=1000):
    """Return {"dt=YYYY-MM-DD/part-NNNNN": [row_count, first_event_id, last_event_id], ...}."""
    raise NotImplementedError
