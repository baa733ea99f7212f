# expect: fail
import pandas as pd


def solution(users, events):
    first = events.groupby("user_id")["event_time"].min().rename("first_time")
    purchases = events.loc[events["event_type"] == "purchase", ["user_id", "event_time"]].join(first, on="user_id")
    fast = purchases.loc[purchases["event_time"] - purchases["first_time"] <= pd.Timedelta(hours=24)]
    joined = users.merge(fast, on="user_id", how="left")
    out = joined.groupby("country", as_index=False).agg(users=("user_id", "size"), converted=("event_time", "count"))
    out["conversion_rate"] = out["converted"] / out["users"]
    return out[["country", "users", "converted", "conversion_rate"]]
