import pandas as pd


def solution(dim_date: pd.DataFrame, dim_customer: pd.DataFrame, dim_product: pd.DataFrame, fact_orders: pd.DataFrame) -> pd.DataFrame:
    dated = fact_orders.merge(dim_date.loc[dim_date["year"] == 2023, ["date_key", "full_date"]], on="date_key")
    daily = dated.groupby("full_date", as_index=False)["amount"].sum().rename(columns={"amount": "revenue"})
    daily = daily.sort_values("full_date")
    daily["running_total"] = daily["revenue"].cumsum()
    return daily
