# expect: fail
# message: Series
import pandas as pd


def solution(Customer, Item, BoughtItem):
    return BoughtItem.groupby("customerid")["price"].sum()
