# expect: fail
import pandas as pd


def solution(dim_date, dim_customer, dim_product, fact_orders):
    dated = fact_orders.merge(dim_date[["date_key", "year", "month"]], on="date_key")
    monthly = dated.groupby(["year", "month"], as_index=False)["amount"].sum().rename(columns={"amount": "revenue"})
    monthly = monthly.sort_values(["year", "month"]).reset_index(drop=True)
    monthly["previous_revenue"] = monthly["revenue"].shift(1)
    monthly["growth_pct"] = monthly["revenue"].pct_change()
    return monthly
