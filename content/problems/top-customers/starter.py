def top_customers(orders, n=10):
    """Return [(customer_id, total)] for the n largest revenue totals, descending, ties by smaller id."""
    raise NotImplementedError
