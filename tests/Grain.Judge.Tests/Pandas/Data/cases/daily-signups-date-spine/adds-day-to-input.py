# expect: fail
# message: in place
import pandas as pd


def solution(users, events):
    users["day"] = users["signup_date"].dt.normalize()
    counts = users.groupby("day").size()
    days = pd.date_range(users["day"].min(), users["day"].max(), freq="D")
    return pd.DataFrame({"day": days, "signups": counts.reindex(days, fill_value=0).to_numpy()})
