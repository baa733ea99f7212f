def merge_identities(accounts):
    """Group accounts that share an email (trimmed, lower-cased) or a device; return sorted groups of ids."""
    raise NotImplementedError
