# expect: fail
import pandas as pd


def solution(dim_date, dim_customer, dim_product, fact_orders):
    line_average = fact_orders.groupby("customer_key")["amount"].mean().rename("customer_average")
    orders = fact_orders.groupby(["order_id", "customer_key"], as_index=False)["amount"].sum().rename(columns={"amount": "order_total"})
    orders = orders.join(line_average, on="customer_key")
    above = orders[orders["order_total"] > orders["customer_average"]]
    return above[["customer_key", "order_id", "order_total", "customer_average"]]
