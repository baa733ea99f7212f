import pandas as pd


def solution(Customer: pd.DataFrame, Item: pd.DataFrame, BoughtItem: pd.DataFrame) -> pd.DataFrame:
    spent = BoughtItem.groupby("customerid", as_index=False)["price"].sum()
    out = Customer.merge(spent, how="left", left_on="id", right_on="customerid")
    out["total"] = out["price"].fillna(0.0)
    return out[["id", "firstname", "total"]]
