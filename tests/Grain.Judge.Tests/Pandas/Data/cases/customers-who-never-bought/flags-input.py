# expect: fail
# message: in place
import pandas as pd


def solution(Customer, Item, BoughtItem):
    Customer["bought"] = Customer["id"].isin(BoughtItem["customerid"])
    return Customer.loc[~Customer["bought"], ["id", "firstname", "lastname"]]
