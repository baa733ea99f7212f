# expect: fail
# message: in place
import pandas as pd


def solution(dim_date, dim_customer, dim_product, fact_orders):
    in_2023 = dim_date[dim_date["year"] == 2023].set_index("date_key")["full_date"]
    fact_orders["full_date"] = fact_orders["date_key"].map(in_2023)
    daily = fact_orders.dropna(subset=["full_date"]).groupby("full_date", as_index=False)["amount"].sum()
    daily = daily.rename(columns={"amount": "revenue"}).sort_values("full_date")
    daily["running_total"] = daily["revenue"].cumsum()
    return daily
