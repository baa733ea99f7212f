def summarize_batches(orders, batch_size=1000):
    """Yield one summary dict per batch of `batch_size` consecutive orders."""
    raise NotImplementedError
