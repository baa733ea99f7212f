def attribute_purchases(events, max_age=3600):
    """Yield, for every purchase in feed order, the latest same-user view at or before it within max_age."""
    raise NotImplementedError
