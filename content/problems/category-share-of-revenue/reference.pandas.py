import pandas as pd


def solution(dim_date: pd.DataFrame, dim_customer: pd.DataFrame, dim_product: pd.DataFrame, fact_orders: pd.DataFrame) -> pd.DataFrame:
    sales = fact_orders.merge(dim_product[["product_key", "category"]], on="product_key")
    out = sales.groupby("category", as_index=False, dropna=False)["amount"].sum().rename(columns={"amount": "revenue"})
    out["pct"] = 100.0 * out["revenue"] / out["revenue"].sum()
    return out
