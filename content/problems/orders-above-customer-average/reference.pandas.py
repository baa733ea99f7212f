import pandas as pd


def solution(dim_date: pd.DataFrame, dim_customer: pd.DataFrame, dim_product: pd.DataFrame, fact_orders: pd.DataFrame) -> pd.DataFrame:
    orders = fact_orders.groupby(["order_id", "customer_key"], as_index=False)["amount"].sum().rename(columns={"amount": "order_total"})
    orders["customer_average"] = orders.groupby("customer_key")["order_total"].transform("mean")
    above = orders[orders["order_total"] > orders["customer_average"]]
    return above[["customer_key", "order_id", "order_total", "customer_average"]]
