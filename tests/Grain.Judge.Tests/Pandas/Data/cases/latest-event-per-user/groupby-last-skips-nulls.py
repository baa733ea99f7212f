# expect: fail
import pandas as pd


def solution(users, events):
    ordered = events.sort_values(["user_id", "event_time", "event_id"])
    latest = ordered.groupby("user_id", as_index=False).last()
    return latest[["user_id", "event_time", "event_type", "page"]]
