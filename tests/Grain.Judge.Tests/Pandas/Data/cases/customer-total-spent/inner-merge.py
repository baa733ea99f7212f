# expect: fail
# message: how='left'
import pandas as pd


def solution(Customer, Item, BoughtItem):
    out = Customer.merge(BoughtItem, left_on="id", right_on="customerid")
    return out.groupby(["id", "firstname"], as_index=False)["price"].sum()
