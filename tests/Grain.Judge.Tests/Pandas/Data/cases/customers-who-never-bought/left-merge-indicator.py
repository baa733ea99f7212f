# expect: pass
import pandas as pd


def solution(Customer, Item, BoughtItem):
    merged = Customer.merge(BoughtItem[["customerid"]].drop_duplicates(), how="left", left_on="id", right_on="customerid", indicator=True)
    return merged.loc[merged["_merge"] == "left_only", ["id", "firstname", "lastname"]]
