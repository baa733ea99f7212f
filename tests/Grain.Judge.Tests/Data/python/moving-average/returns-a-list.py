# expect: fail
# group: scale
# verdict: MLE
from collections import deque


def moving_average(prices, window=7):
    out, recent = [], deque(maxlen=window)
    for p in prices:
        recent.append(p["price"])
        out.append((p["date"], sum(recent) / len(recent)))
    return out
