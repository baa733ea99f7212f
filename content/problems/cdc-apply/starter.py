def apply_changes(log, table, applied_lsn):
    """Apply c/r/u/d changes with lsn above applied_lsn; return rows, skipped, orphans and the new applied_lsn."""
    raise NotImplementedError
