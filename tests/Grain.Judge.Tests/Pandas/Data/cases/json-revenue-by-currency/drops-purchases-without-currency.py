# expect: fail
import json

import pandas as pd


def solution(raw_events, articles, signups):
    fields = pd.json_normalize([json.loads(text) for text in raw_events["payload"]])
    purchases = fields[fields["type"] == "purchase"]
    out = purchases.groupby("currency", as_index=False).agg(purchases=("type", "size"), revenue=("amount", "sum"))
    return out[["currency", "purchases", "revenue"]]
