import numpy as np
import pandas as pd


def solution(accounts: pd.DataFrame, activity: pd.DataFrame, referrals: pd.DataFrame) -> pd.DataFrame:
    month = activity["activity_date"].dt.to_period("M").astype(str)

    def active(period):
        return activity.loc[month == period, "account_id"].unique()

    both = np.intersect1d(active("2024-01"), active("2024-03"))
    return pd.DataFrame({"account_id": np.setdiff1d(both, active("2024-05"))})
