# expect: fail
# message: in place
import numpy as np
import pandas as pd


def solution(accounts, activity, referrals):
    activity["month"] = activity["activity_date"].dt.month
    jan = activity.loc[activity["month"] == 1, "account_id"].unique()
    march = activity.loc[activity["month"] == 3, "account_id"].unique()
    may = activity.loc[activity["month"] == 5, "account_id"].unique()
    return pd.DataFrame({"account_id": np.setdiff1d(np.intersect1d(jan, march), may)})
