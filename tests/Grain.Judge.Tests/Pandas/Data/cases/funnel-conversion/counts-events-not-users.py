# expect: fail
import pandas as pd


def solution(users, events):
    joined = events.merge(users[["user_id", "country"]], on="user_id")
    steps = joined[joined["event_type"].isin(["view", "cart", "purchase"])]
    counts = steps.groupby(["country", "event_type"]).size().unstack(fill_value=0)
    out = pd.DataFrame({"country": joined["country"].drop_duplicates()}).set_index("country")
    for step, column in (("view", "viewers"), ("cart", "carters"), ("purchase", "buyers")):
        out[column] = counts[step] if step in counts.columns else 0
    out = out.fillna(0).astype("int64").reset_index()
    out["conversion"] = out["buyers"] / out["viewers"].where(out["viewers"] != 0)
    return out[["country", "viewers", "carters", "buyers", "conversion"]]
