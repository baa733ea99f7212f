# expect: fail
# message: in place
import pandas as pd


def solution(dim_date, dim_customer, dim_product, fact_orders):
    fact_orders["year"] = fact_orders["date_key"] // 10000
    fact_orders["month"] = fact_orders["date_key"] // 100 % 100
    sales = fact_orders.merge(dim_product[["product_key", "category"]], on="product_key")
    monthly = sales.groupby(["category", "year", "month"], as_index=False)["amount"].sum().rename(columns={"amount": "revenue"})
    previous = monthly.assign(year=monthly["year"] + 1).rename(columns={"revenue": "last_year_revenue"})
    out = monthly.merge(previous, on=["category", "year", "month"], how="left")
    out["yoy_pct"] = 100.0 * (out["revenue"] - out["last_year_revenue"]) / out["last_year_revenue"]
    return out[["category", "year", "month", "revenue", "last_year_revenue", "yoy_pct"]]
