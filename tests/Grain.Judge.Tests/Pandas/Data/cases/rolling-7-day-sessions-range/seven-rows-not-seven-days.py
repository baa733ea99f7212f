# expect: fail
import pandas as pd


def solution(accounts, activity, referrals):
    daily = activity.groupby(["account_id", "activity_date"], as_index=False)["sessions"].sum()
    daily = daily.rename(columns={"sessions": "day_sessions"})
    week = daily.groupby("account_id")["day_sessions"].rolling(7, min_periods=1).sum()
    daily["sessions_7d"] = week.to_numpy().astype("int64")
    return daily[["account_id", "activity_date", "day_sessions", "sessions_7d"]]
