# expect: fail
# message: in place
import pandas as pd


def solution(dim_date, dim_customer, dim_product, fact_orders):
    fact_orders["first_line"] = ~fact_orders.duplicated(["order_id", "product_key"])
    lines = fact_orders.loc[fact_orders["first_line"], ["order_id", "product_key"]]
    pairs = lines.merge(lines, on="order_id", suffixes=("_a", "_b"))
    pairs = pairs[pairs["product_key_b"] > pairs["product_key_a"]]
    counts = pairs.groupby(["product_key_a", "product_key_b"]).size().reset_index(name="orders_together")
    counts = counts.rename(columns={"product_key_a": "product_a", "product_key_b": "product_b"})
    return counts[counts["orders_together"] >= 2]
