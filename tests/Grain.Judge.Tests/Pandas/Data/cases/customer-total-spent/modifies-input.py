# expect: fail
# message: in place
import pandas as pd


def solution(Customer, Item, BoughtItem):
    spent = BoughtItem.groupby("customerid")["price"].sum()
    Customer["total"] = Customer["id"].map(spent).fillna(0.0)
    return Customer[["id", "firstname", "total"]]
