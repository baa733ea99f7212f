# expect: fail
# message: dropna=False
import pandas as pd


def solution(users, events):
    keys = ["user_id", "event_time", "event_type", "page"]
    counts = events.groupby(keys).size().reset_index(name="copies")
    return counts[counts["copies"] > 1]
