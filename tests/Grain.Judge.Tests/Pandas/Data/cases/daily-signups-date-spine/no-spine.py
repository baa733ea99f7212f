# expect: fail
import pandas as pd


def solution(users, events):
    counts = users.groupby("signup_date").size()
    return pd.DataFrame({"day": counts.index, "signups": counts.to_numpy()})
