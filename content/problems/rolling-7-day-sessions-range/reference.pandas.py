import pandas as pd


def solution(accounts: pd.DataFrame, activity: pd.DataFrame, referrals: pd.DataFrame) -> pd.DataFrame:
    daily = activity.groupby(["account_id", "activity_date"], as_index=False)["sessions"].sum()
    daily = daily.rename(columns={"sessions": "day_sessions"})
    week = daily.groupby("account_id").rolling("7D", on="activity_date")["day_sessions"].sum()
    daily["sessions_7d"] = week.to_numpy().astype("int64")
    return daily[["account_id", "activity_date", "day_sessions", "sessions_7d"]]
