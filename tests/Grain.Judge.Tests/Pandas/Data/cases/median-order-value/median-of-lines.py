# expect: fail
import pandas as pd


def solution(dim_date, dim_customer, dim_product, fact_orders):
    with_region = fact_orders.merge(dim_customer[["customer_key", "region"]], on="customer_key")
    out = with_region.groupby("region", as_index=False, dropna=False)["amount"].median()
    return out.rename(columns={"amount": "median_order_value"})
