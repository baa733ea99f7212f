import json

import pandas as pd


def solution(raw_events: pd.DataFrame, articles: pd.DataFrame, signups: pd.DataFrame) -> pd.DataFrame:
    payloads = [json.loads(text) for text in raw_events["payload"]]
    fields = pd.DataFrame.from_records(
        [(p.get("type"), p.get("currency"), p.get("amount")) if isinstance(p, dict) else (None, None, None) for p in payloads],
        columns=["type", "currency", "amount"],
    )
    purchases = fields[fields["type"] == "purchase"].assign(currency=lambda f: f["currency"].fillna("USD"))
    purchases = purchases.assign(amount=pd.to_numeric(purchases["amount"]))
    out = purchases.groupby("currency", as_index=False).agg(
        purchases=("type", "size"), revenue=("amount", lambda s: s.sum(min_count=1))
    )
    return out[["currency", "purchases", "revenue"]]
