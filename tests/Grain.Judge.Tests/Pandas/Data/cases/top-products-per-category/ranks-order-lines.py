# expect: fail
import pandas as pd


def solution(dim_date, dim_customer, dim_product, fact_orders):
    sales = fact_orders.merge(dim_product[["product_key", "category"]], on="product_key")
    sales["rnk"] = sales.groupby("category")["amount"].rank(method="min", ascending=False).astype("int64")
    top = sales[sales["rnk"] <= 3]
    return top[["category", "product_key", "amount", "rnk"]].rename(columns={"amount": "revenue"})
