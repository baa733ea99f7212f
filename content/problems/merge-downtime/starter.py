def merge_downtime(reports):
    """Merge overlapping or touching [start, end) windows; return {"windows": [...], "total_seconds": n}."""
    raise NotImplementedError
