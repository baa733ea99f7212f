def window_counts(actions, window_seconds=300, watermark_seconds=600):
    """Yield {"window_start", "action", "count"} for tumbling windows as the watermark closes them."""
    raise NotImplementedError
