# expect: fail
import pandas as pd


def solution(assignments, conversions):
    joined = assignments.merge(conversions, on="user_id", how="left")
    counted = joined["converted_at"] >= joined["assigned_at"]
    joined = joined.assign(bought=counted, revenue=joined["revenue"].where(counted, 0.0))
    out = joined.groupby(["experiment", "variant"], as_index=False).agg(
        users=("user_id", "size"), converters=("bought", "sum"), revenue=("revenue", "sum")
    )
    out["conversion_rate"] = out["converters"] / out["users"]
    out["revenue_per_user"] = out["revenue"] / out["users"]
    return out[["experiment", "variant", "users", "converters", "conversion_rate", "revenue_per_user"]]
