import pandas as pd


def solution(dim_date: pd.DataFrame, dim_customer: pd.DataFrame, dim_product: pd.DataFrame, fact_orders: pd.DataFrame) -> pd.DataFrame:
    dated = fact_orders.merge(dim_date[["date_key", "year", "month"]], on="date_key")
    monthly = dated.groupby(["year", "month"], as_index=False)["amount"].sum().rename(columns={"amount": "revenue"})
    monthly = monthly.sort_values(["year", "month"]).reset_index(drop=True)
    monthly["previous_revenue"] = monthly["revenue"].shift(1)
    monthly["growth_pct"] = 100.0 * (monthly["revenue"] - monthly["previous_revenue"]) / monthly["previous_revenue"]
    return monthly
