def schedule(tasks):
    """Return {"order": run order (smallest ready name first), "blocked": sorted tasks that can never run}."""
    raise NotImplementedError
