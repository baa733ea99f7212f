# expect: fail
import pandas as pd


def solution(users, events):
    paged = events[events["page"].notna()]
    paged = paged.assign(day=paged["event_time"].dt.normalize()).sort_values(["user_id", "event_id"], kind="stable")
    out = paged.groupby(["user_id", "day"], as_index=False).agg(
        entry_page=("page", "first"), exit_page=("page", "last"), page_events=("page", "size")
    )
    return out[["user_id", "day", "entry_page", "exit_page", "page_events"]]
