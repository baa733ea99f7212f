# expect: fail
# message: in place
import pandas as pd


def solution(prices):
    ordered = prices.sort_values(["symbol", "day"])
    prices["avg_7"] = ordered.groupby("symbol")["close"].rolling(7, min_periods=1).mean().reset_index(level=0, drop=True)
    return prices.sort_values(["symbol", "day"])[["symbol", "day", "close", "avg_7"]]
