# expect: fail
import pandas as pd


def solution(dim_date, dim_customer, dim_product, fact_orders):
    sales = fact_orders.merge(dim_product[["product_key", "category"]], on="product_key")
    out = sales.groupby("category", as_index=False, dropna=False)["amount"].sum().rename(columns={"amount": "revenue"})
    share = sales["category"].value_counts(normalize=True)
    out["pct"] = 100.0 * out["category"].map(share)
    return out
