# expect: fail
import pandas as pd


def solution(accounts, activity, referrals):
    referrers = set(referrals["referrer_id"].astype("int64"))
    return accounts.loc[~accounts["account_id"].isin(referrers), ["account_id"]]
