# expect: fail
# message: in place
import pandas as pd


def solution(dim_date, dim_customer, dim_product, fact_orders):
    fact_orders.sort_values(["customer_key", "date_key"], inplace=True)
    months = fact_orders.merge(dim_date[["date_key", "year", "month"]], on="date_key")[["customer_key", "year", "month"]].drop_duplicates()
    months["new"] = (~months.duplicated("customer_key")).astype("int64")
    out = months.groupby(["year", "month"], as_index=False).agg(active_customers=("customer_key", "size"), new_customers=("new", "sum"))
    out = out.sort_values(["year", "month"])
    out["cumulative_customers"] = out["new_customers"].cumsum()
    return out
