# expect: fail
import pandas as pd


def solution(assignments, conversions):
    per_user = conversions.groupby("user_id").agg(revenue=("revenue", "sum"))
    joined = assignments.merge(per_user, left_on="user_id", right_index=True, how="left")
    joined["bought"] = joined["revenue"].notna()
    joined["revenue"] = joined["revenue"].fillna(0.0)
    out = joined.groupby(["experiment", "variant"], as_index=False).agg(
        users=("user_id", "size"), converters=("bought", "sum"), revenue=("revenue", "sum")
    )
    out["conversion_rate"] = out["converters"] / out["users"]
    out["revenue_per_user"] = out["revenue"] / out["users"]
    return out[["experiment", "variant", "users", "converters", "conversion_rate", "revenue_per_user"]]
