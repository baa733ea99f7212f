def moving_average(prices, window=7):
    """Yield (date, average of this price and up to window-1 previous prices) for every price."""
    raise NotImplementedError
