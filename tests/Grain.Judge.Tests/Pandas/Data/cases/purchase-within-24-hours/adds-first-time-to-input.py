# expect: fail
# message: in place
import pandas as pd


def solution(users, events):
    events["first_time"] = events.groupby("user_id")["event_time"].transform("min")
    fast = (events["event_type"] == "purchase") & (events["event_time"] - events["first_time"] <= pd.Timedelta(hours=24))
    converted = users["user_id"].isin(events.loc[fast, "user_id"])
    out = users.assign(converted=converted).groupby("country", as_index=False).agg(
        users=("user_id", "size"), converted=("converted", "sum")
    )
    out["conversion_rate"] = out["converted"] / out["users"]
    return out[["country", "users", "converted", "conversion_rate"]]
