# expect: pass
# scale: yes
import pandas as pd


def solution(Customer, Item, BoughtItem):
    spent = BoughtItem.groupby("customerid")["price"].sum()
    return Customer.assign(total=Customer["id"].map(spent).fillna(0))[["id", "firstname", "total"]]
