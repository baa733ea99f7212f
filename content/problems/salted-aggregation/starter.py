def salted_totals(orders, hot_keys, salts=4):
    """Two-stage aggregation with salted hot keys: return {"partials": [...], "totals": [...]}."""
    raise NotImplementedError
