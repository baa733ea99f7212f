# expect: fail
# message: in place
import pandas as pd


def solution(dim_date, dim_customer, dim_product, fact_orders):
    fact_orders["category"] = fact_orders["product_key"].map(dim_product.set_index("product_key")["category"])
    revenue = fact_orders.groupby(["category", "product_key"], as_index=False)["amount"].sum().rename(columns={"amount": "revenue"})
    revenue["rnk"] = revenue.groupby("category")["revenue"].rank(method="min", ascending=False).astype("int64")
    return revenue[revenue["rnk"] <= 3]
