# expect: fail
# message: not a DataFrame
import pandas as pd


def solution(Customer, Item, BoughtItem):
    never = Customer[~Customer["id"].isin(BoughtItem["customerid"])]
    return never.values.tolist()
