# expect: fail
import pandas as pd


def solution(dim_date, dim_customer, dim_product, fact_orders):
    sales = fact_orders.merge(dim_date[["date_key", "year", "month"]], on="date_key").merge(dim_product[["product_key", "category"]], on="product_key")
    monthly = sales.groupby(["category", "year", "month"], as_index=False)["amount"].sum().rename(columns={"amount": "revenue"})
    previous = monthly.assign(year=monthly["year"] + 1).rename(columns={"revenue": "last_year_revenue"})
    out = monthly.merge(previous, on=["category", "year", "month"])
    out["yoy_pct"] = 100.0 * (out["revenue"] - out["last_year_revenue"]) / out["last_year_revenue"]
    return out[["category", "year", "month", "revenue", "last_year_revenue", "yoy_pct"]]
