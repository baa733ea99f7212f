# expect: fail
# message: in place
import pandas as pd


def solution(users, events):
    events["country"] = events["user_id"].map(users.set_index("user_id")["country"])
    steps = events[events["event_type"].isin(["view", "cart", "purchase"])]
    distinct = steps.groupby(["country", "event_type"])["user_id"].nunique().unstack(fill_value=0)
    out = pd.DataFrame({"country": events["country"].dropna().drop_duplicates()}).set_index("country")
    for step, column in (("view", "viewers"), ("cart", "carters"), ("purchase", "buyers")):
        out[column] = distinct[step] if step in distinct.columns else 0
    out = out.fillna(0).astype("int64").reset_index()
    out["conversion"] = out["buyers"] / out["viewers"].where(out["viewers"] != 0)
    return out[["country", "viewers", "carters", "buyers", "conversion"]]
