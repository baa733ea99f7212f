# expect: fail
# message: in place
import pandas as pd


def solution(users, events):
    users["day"] = users["signup_date"] + pd.Timedelta(days=1)
    active = events.assign(day=events["event_time"].dt.normalize())[["user_id", "day"]].drop_duplicates()
    came_back = users[["user_id", "day"]].merge(active, on=["user_id", "day"])["user_id"]
    flags = users.assign(retained=users["user_id"].isin(came_back).astype("int64"))
    out = flags.groupby("signup_date", as_index=False).agg(users=("user_id", "size"), retained=("retained", "sum"))
    out["retention"] = out["retained"] / out["users"]
    return out
