def dedupe(events):
    """Return one event per event_id: latest ingested_at, then non-None updated_by, then first seen."""
    raise NotImplementedError
