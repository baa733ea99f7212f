import pandas as pd


def solution(dim_date: pd.DataFrame, dim_customer: pd.DataFrame, dim_product: pd.DataFrame, fact_orders: pd.DataFrame) -> pd.DataFrame:
    sales = fact_orders.merge(dim_product[["product_key", "category"]], on="product_key")
    revenue = sales.groupby(["category", "product_key"], as_index=False, dropna=False)["amount"].sum().rename(columns={"amount": "revenue"})
    revenue["rnk"] = revenue.groupby("category", dropna=False)["revenue"].rank(method="min", ascending=False).astype("int64")
    return revenue[revenue["rnk"] <= 3]
