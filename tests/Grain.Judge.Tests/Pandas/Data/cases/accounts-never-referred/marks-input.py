# expect: fail
# message: in place
import pandas as pd


def solution(accounts, activity, referrals):
    accounts["referred"] = accounts["account_id"].isin(referrals["referrer_id"].dropna())
    return accounts.loc[~accounts["referred"], ["account_id"]]
