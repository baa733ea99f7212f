# expect: fail
# group: example
from collections import deque


def moving_average(prices, window=7):
    recent = deque(maxlen=window)
    for p in prices:
        recent.append(p["price"])
        yield p["date"], sum(recent) / window
