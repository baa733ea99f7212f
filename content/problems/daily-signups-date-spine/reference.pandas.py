import pandas as pd


def solution(users: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    counts = users.groupby("signup_date").size()
    days = pd.date_range(users["signup_date"].min(), users["signup_date"].max(), freq="D")
    signups = counts.reindex(days, fill_value=0)
    return pd.DataFrame({"day": days, "signups": signups.to_numpy()})
