import pandas as pd


def solution(prices: pd.DataFrame) -> pd.DataFrame:
    ordered = prices.sort_values(["symbol", "day"])
    avg = ordered.groupby("symbol")["close"].rolling(7, min_periods=1).mean().reset_index(level=0, drop=True)
    return ordered.assign(avg_7=avg)[["symbol", "day", "close", "avg_7"]]
