# expect: fail
import pandas as pd


def solution(dim_date, dim_customer, dim_product, fact_orders):
    dated = fact_orders.merge(dim_date[["date_key", "full_date"]], on="date_key")
    daily = dated.groupby("full_date", as_index=False)["amount"].sum().rename(columns={"amount": "revenue"})
    daily = daily.sort_values("full_date")
    daily["running_total"] = daily["revenue"].cumsum()
    return daily
