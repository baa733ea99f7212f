def rate_limit(requests, limit=5, window_seconds=60):
    """Return user_id -> [allowed, rejected] for a sliding-window limit of `limit` requests per window."""
    raise NotImplementedError
