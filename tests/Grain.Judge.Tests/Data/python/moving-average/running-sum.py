# expect: pass
from collections import deque


def moving_average(prices, window=7):
    recent, total = deque(), 0.0
    for p in prices:
        recent.append(p["price"])
        total += p["price"]
        if len(recent) > window:
            total -= recent.popleft()
        yield p["date"], total / len(recent)
