# expect: fail
import pandas as pd


def solution(users, events):
    last_seen = events.groupby("user_id")["event_time"].max().dt.normalize()
    came_back = users["user_id"].map(last_seen) > users["signup_date"]
    flags = users.assign(retained=came_back.astype("int64"))
    out = flags.groupby("signup_date", as_index=False).agg(users=("user_id", "size"), retained=("retained", "sum"))
    out["retention"] = out["retained"] / out["users"]
    return out
