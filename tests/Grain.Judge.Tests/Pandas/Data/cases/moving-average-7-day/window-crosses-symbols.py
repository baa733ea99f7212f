# expect: fail
import pandas as pd


def solution(prices):
    ordered = prices.sort_values(["symbol", "day"])
    return ordered.assign(avg_7=ordered["close"].rolling(7, min_periods=1).mean())[["symbol", "day", "close", "avg_7"]]
