def scd2_merge(changes, dimension):
    """Apply a batch of customer changes to a type 2 dimension; return every dimension row afterwards."""
    raise NotImplementedError
