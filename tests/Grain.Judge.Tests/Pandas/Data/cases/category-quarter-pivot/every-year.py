# expect: fail
import pandas as pd


def solution(dim_date, dim_customer, dim_product, fact_orders):
    dated = fact_orders.merge(dim_date[["date_key", "quarter"]], on="date_key")
    sales = dated.merge(dim_product[["product_key", "category"]], on="product_key")
    table = sales.pivot_table(index="category", columns="quarter", values="amount", aggfunc="sum", fill_value=0.0)
    table = table.reindex(columns=[1, 2, 3, 4], fill_value=0.0)
    table.columns = ["q1", "q2", "q3", "q4"]
    return table.reset_index()
