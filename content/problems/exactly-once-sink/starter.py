def count_once(deliveries, ttl_seconds=600):
    """Count each event_id once per (user_id, event_type), forgetting ids after ttl; return counts and duplicates."""
    raise NotImplementedError
