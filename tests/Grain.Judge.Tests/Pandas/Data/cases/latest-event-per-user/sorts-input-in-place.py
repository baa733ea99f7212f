# expect: fail
# message: in place
import pandas as pd


def solution(users, events):
    events.sort_values(["user_id", "event_time", "event_id"], ascending=[True, False, False], inplace=True)
    latest = events.drop_duplicates("user_id")
    return latest[["user_id", "event_time", "event_type", "page"]]
