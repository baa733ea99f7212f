def upsert(batch, state):
    """Apply a batch of versioned records to the sink's rows; return {"state": [...], "rejected": n}."""
    raise NotImplementedError
