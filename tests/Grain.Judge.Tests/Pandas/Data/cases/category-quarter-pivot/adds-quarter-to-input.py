# expect: fail
# message: in place
import pandas as pd


def solution(dim_date, dim_customer, dim_product, fact_orders):
    in_2023 = dim_date[dim_date["year"] == 2023].set_index("date_key")["quarter"]
    fact_orders["quarter"] = fact_orders["date_key"].map(in_2023)
    sales = fact_orders.dropna(subset=["quarter"]).merge(dim_product[["product_key", "category"]], on="product_key")
    table = sales.pivot_table(index="category", columns="quarter", values="amount", aggfunc="sum", fill_value=0.0)
    table = table.reindex(columns=[1, 2, 3, 4], fill_value=0.0)
    table.columns = ["q1", "q2", "q3", "q4"]
    return table.reset_index()
