# expect: fail
# message: in place
import pandas as pd


def solution(users, events):
    events["page"] = events["page"].fillna("")
    keys = ["user_id", "event_time", "event_type", "page"]
    counts = events.groupby(keys).size().reset_index(name="copies")
    counts["page"] = counts["page"].replace("", None)
    return counts[counts["copies"] > 1]
