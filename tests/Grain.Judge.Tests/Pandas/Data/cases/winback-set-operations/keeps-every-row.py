# expect: fail
# message: unexpected row
import pandas as pd


def solution(accounts, activity, referrals):
    month = activity["activity_date"].dt.to_period("M").astype(str)
    jan = activity[month == "2024-01"]
    march = set(activity.loc[month == "2024-03", "account_id"])
    may = set(activity.loc[month == "2024-05", "account_id"])
    keep = jan["account_id"].isin(march) & ~jan["account_id"].isin(may)
    return jan.loc[keep, ["account_id"]]
