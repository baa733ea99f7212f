def approx_distinct(events):
    """Estimate the number of distinct event_id values with a HyperLogLog of 2**14 registers."""
    raise NotImplementedError
