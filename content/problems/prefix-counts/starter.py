def prefix_counts(ops):
    """Replay add/remove/count operations; return the answer of every count (names starting with the prefix)."""
    raise NotImplementedError
