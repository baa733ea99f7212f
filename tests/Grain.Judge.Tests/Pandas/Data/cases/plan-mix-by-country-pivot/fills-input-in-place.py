# expect: fail
# message: in place
import pandas as pd


def solution(accounts, activity, referrals):
    accounts["country"] = accounts["country"].fillna("unknown")
    table = pd.crosstab(accounts["country"], accounts["plan"]).reindex(columns=["free", "pro", "team"], fill_value=0)
    table["total"] = table.sum(axis=1)
    return table.reset_index()[["country", "free", "pro", "team", "total"]]
