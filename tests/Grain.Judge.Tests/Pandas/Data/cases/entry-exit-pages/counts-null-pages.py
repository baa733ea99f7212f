# expect: fail
import pandas as pd


def solution(users, events):
    ordered = events.assign(day=events["event_time"].dt.normalize()).sort_values(["user_id", "event_time"], kind="stable")
    out = ordered.groupby(["user_id", "day"], as_index=False).agg(
        entry_page=("page", "first"), exit_page=("page", "last"), page_events=("page", "size")
    )
    return out[["user_id", "day", "entry_page", "exit_page", "page_events"]]
