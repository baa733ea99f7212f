# expect: fail
import numpy as np
import pandas as pd


def solution(accounts, activity, referrals):
    month = activity["activity_date"].dt.to_period("M").astype(str)

    def active(period):
        return activity.loc[month == period, "account_id"].unique()

    either = np.union1d(active("2024-01"), active("2024-03"))
    return pd.DataFrame({"account_id": np.setdiff1d(either, active("2024-05"))})
