# expect: pass
import pandas as pd


def solution(users, events):
    keys = ["user_id", "event_time", "event_type", "page"]
    repeated = events[events.duplicated(keys, keep=False)]
    return repeated.groupby(keys, dropna=False).size().reset_index(name="copies")
