import pandas as pd


def solution(accounts: pd.DataFrame, activity: pd.DataFrame, referrals: pd.DataFrame) -> pd.DataFrame:
    country = accounts["country"].fillna("unknown").rename("country")
    table = pd.crosstab(country, accounts["plan"]).reindex(columns=["free", "pro", "team"], fill_value=0)
    table["total"] = table.sum(axis=1)
    return table.reset_index()[["country", "free", "pro", "team", "total"]]
