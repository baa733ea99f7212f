import pandas as pd


def solution(users: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    keys = ["user_id", "event_time", "event_type", "page"]
    counts = events.groupby(keys, dropna=False).size().reset_index(name="copies")
    return counts[counts["copies"] > 1]
