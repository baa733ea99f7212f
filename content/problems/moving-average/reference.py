from collections import deque


def moving_average(prices, window=7):
    recent = deque()
    total = 0.0
    for row in prices:
        recent.append(row["price"])
        total += row["price"]
        if len(recent) > window:
            total -= recent.popleft()
        yield (row["date"], total / len(recent))
