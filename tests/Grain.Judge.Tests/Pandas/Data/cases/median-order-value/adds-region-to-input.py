# expect: fail
# message: in place
import pandas as pd


def solution(dim_date, dim_customer, dim_product, fact_orders):
    fact_orders["region"] = fact_orders["customer_key"].map(dim_customer.set_index("customer_key")["region"])
    orders = fact_orders.groupby(["region", "order_id"], as_index=False, dropna=False)["amount"].sum()
    out = orders.groupby("region", as_index=False, dropna=False)["amount"].median()
    return out.rename(columns={"amount": "median_order_value"})
