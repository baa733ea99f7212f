import pandas as pd


def solution(users: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    ordered = events.sort_values(["user_id", "event_time", "event_id"], ascending=[True, False, False])
    latest = ordered.drop_duplicates("user_id", keep="first")
    return latest[["user_id", "event_time", "event_type", "page"]]
