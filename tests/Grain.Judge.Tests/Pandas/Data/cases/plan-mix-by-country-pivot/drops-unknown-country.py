# expect: fail
import pandas as pd


def solution(accounts, activity, referrals):
    table = accounts.groupby(["country", "plan"]).size().unstack(fill_value=0)
    table = table.reindex(columns=["free", "pro", "team"], fill_value=0)
    table["total"] = table.sum(axis=1)
    return table.reset_index()[["country", "free", "pro", "team", "total"]]
