# expect: pass
import pandas as pd


def solution(users, events):
    ordered = events.sort_values(["event_time", "event_id"])
    latest = ordered.groupby("user_id").tail(1)
    return latest[["user_id", "event_time", "event_type", "page"]]
