# expect: fail
# message: unexpected row
import pandas as pd


def solution(dim_date, dim_customer, dim_product, fact_orders):
    lines = fact_orders[["order_id", "product_key"]].drop_duplicates()
    pairs = lines.merge(lines, on="order_id", suffixes=("_a", "_b"))
    pairs = pairs[pairs["product_key_b"] != pairs["product_key_a"]]
    counts = pairs.groupby(["product_key_a", "product_key_b"]).size().reset_index(name="orders_together")
    counts = counts.rename(columns={"product_key_a": "product_a", "product_key_b": "product_b"})
    return counts[counts["orders_together"] >= 2]
