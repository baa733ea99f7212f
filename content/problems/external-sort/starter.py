def external_sort(orders, chunk_size=5000):
    """Yield the orders sorted by (customer_id, ts), holding at most chunk_size rows in memory."""
    raise NotImplementedError
