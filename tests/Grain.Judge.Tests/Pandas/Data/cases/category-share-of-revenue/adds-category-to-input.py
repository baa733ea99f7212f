# expect: fail
# message: in place
import pandas as pd


def solution(dim_date, dim_customer, dim_product, fact_orders):
    fact_orders["category"] = fact_orders["product_key"].map(dim_product.set_index("product_key")["category"])
    out = fact_orders.groupby("category", as_index=False, dropna=False)["amount"].sum().rename(columns={"amount": "revenue"})
    out["pct"] = 100.0 * out["revenue"] / out["revenue"].sum()
    return out
