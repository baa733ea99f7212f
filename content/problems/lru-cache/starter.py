def run_cache(ops, capacity):
    """Replay get/put operations through an LRU cache of `capacity` keys; return the result of every get."""
    raise NotImplementedError
