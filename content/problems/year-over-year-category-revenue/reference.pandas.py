import pandas as pd


def solution(dim_date: pd.DataFrame, dim_customer: pd.DataFrame, dim_product: pd.DataFrame, fact_orders: pd.DataFrame) -> pd.DataFrame:
    sales = fact_orders.merge(dim_date[["date_key", "year", "month"]], on="date_key").merge(dim_product[["product_key", "category"]], on="product_key")
    monthly = sales.groupby(["category", "year", "month"], as_index=False, dropna=False)["amount"].sum().rename(columns={"amount": "revenue"})
    previous = monthly.assign(year=monthly["year"] + 1).rename(columns={"revenue": "last_year_revenue"})
    out = monthly.merge(previous, on=["category", "year", "month"], how="left")
    out["yoy_pct"] = 100.0 * (out["revenue"] - out["last_year_revenue"]) / out["last_year_revenue"]
    return out[["category", "year", "month", "revenue", "last_year_revenue", "yoy_pct"]]
