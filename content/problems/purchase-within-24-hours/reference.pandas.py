import pandas as pd


def solution(users: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    first = events.groupby("user_id")["event_time"].min().rename("first_time")
    purchases = events.loc[events["event_type"] == "purchase", ["user_id", "event_time"]].join(first, on="user_id")
    fast = purchases["event_time"] - purchases["first_time"] <= pd.Timedelta(hours=24)
    converted = users["user_id"].isin(purchases.loc[fast, "user_id"])
    out = users.assign(converted=converted).groupby("country", as_index=False).agg(
        users=("user_id", "size"), converted=("converted", "sum")
    )
    out["conversion_rate"] = out["converted"] / out["users"]
    return out[["country", "users", "converted", "conversion_rate"]]
