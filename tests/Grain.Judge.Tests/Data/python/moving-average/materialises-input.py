# expect: fail
# group: scale
# verdict: MLE
def moving_average(prices, window=7):
    rows = list(prices)
    for i, p in enumerate(rows):
        chunk = rows[max(0, i - window + 1):i + 1]
        yield p["date"], sum(r["price"] for r in chunk) / len(chunk)
