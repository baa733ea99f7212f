def extract_page(rows, watermark=None, page_size=100):
    """Return {"rows": [event_id, ...], "watermark": [ingested_at, event_id] or the old watermark}."""
    raise NotImplementedError
