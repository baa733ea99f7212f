def latest_records(records):
    """Return the record with the greatest updated_at per customer_id (last seen wins on a tie)."""
    raise NotImplementedError
