# expect: fail
# message: in place
import json

import pandas as pd


def solution(raw_events, articles, signups):
    raw_events["payload"] = raw_events["payload"].map(json.loads)
    fields = pd.DataFrame({
        "type": raw_events["payload"].map(lambda p: p.get("type")),
        "currency": raw_events["payload"].map(lambda p: p.get("currency")).fillna("USD"),
        "amount": raw_events["payload"].map(lambda p: p.get("amount")),
    })
    purchases = fields[fields["type"] == "purchase"]
    out = purchases.groupby("currency", as_index=False).agg(
        purchases=("type", "size"), revenue=("amount", lambda s: pd.to_numeric(s).sum(min_count=1))
    )
    return out[["currency", "purchases", "revenue"]]
