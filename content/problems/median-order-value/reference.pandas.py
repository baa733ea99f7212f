import pandas as pd


def solution(dim_date: pd.DataFrame, dim_customer: pd.DataFrame, dim_product: pd.DataFrame, fact_orders: pd.DataFrame) -> pd.DataFrame:
    with_region = fact_orders.merge(dim_customer[["customer_key", "region"]], on="customer_key")
    orders = with_region.groupby(["region", "order_id"], as_index=False, dropna=False)["amount"].sum()
    out = orders.groupby("region", as_index=False, dropna=False)["amount"].median()
    return out.rename(columns={"amount": "median_order_value"})
