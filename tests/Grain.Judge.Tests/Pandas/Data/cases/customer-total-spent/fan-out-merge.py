# expect: fail
# message: fans out
import pandas as pd


def solution(Customer, Item, BoughtItem):
    # Joins customers to purchases by first name instead of id: every namesake's purchases fan out.
    named = BoughtItem.merge(Customer[["id", "firstname"]], left_on="customerid", right_on="id")[["firstname", "price"]]
    out = Customer.merge(named, on="firstname", how="left")
    out["price"] = out["price"].fillna(0.0)
    return out[["id", "firstname", "price"]]
