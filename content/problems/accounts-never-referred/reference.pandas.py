import pandas as pd


def solution(accounts: pd.DataFrame, activity: pd.DataFrame, referrals: pd.DataFrame) -> pd.DataFrame:
    referrers = referrals["referrer_id"].dropna()
    return accounts.loc[~accounts["account_id"].isin(referrers), ["account_id"]]
