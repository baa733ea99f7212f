def top_k_orders(orders, k=10):
    """Return the k orders with the largest revenue (ties: smaller order_id first), largest first."""
    raise NotImplementedError
