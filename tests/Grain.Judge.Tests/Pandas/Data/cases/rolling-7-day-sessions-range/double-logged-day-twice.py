# expect: fail
# message: unexpected row
import pandas as pd


def solution(accounts, activity, referrals):
    rows = activity.sort_values(["account_id", "activity_date"], kind="stable").reset_index(drop=True)
    week = rows.groupby("account_id").rolling("7D", on="activity_date")["sessions"].sum()
    rows["sessions_7d"] = week.to_numpy().astype("int64")
    return rows[["account_id", "activity_date", "sessions", "sessions_7d"]]
