# expect: fail
# message: unexpected row
import pandas as pd


def solution(dim_date, dim_customer, dim_product, fact_orders):
    orders = fact_orders.groupby(["order_id", "customer_key"], as_index=False)["amount"].sum().rename(columns={"amount": "order_total"})
    orders["customer_average"] = orders.groupby("customer_key")["order_total"].transform("mean")
    above = orders[orders["order_total"] >= orders["customer_average"]]
    return above[["customer_key", "order_id", "order_total", "customer_average"]]
