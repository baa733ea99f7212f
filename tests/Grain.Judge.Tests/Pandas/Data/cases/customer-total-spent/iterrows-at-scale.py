# expect: fail
# verdict: TLE
# message: iterrows
# scale: yes
import pandas as pd


def solution(Customer, Item, BoughtItem):
    totals = {}
    for _, row in BoughtItem.iterrows():
        totals[row["customerid"]] = totals.get(row["customerid"], 0.0) + row["price"]
    rows = [(r["id"], r["firstname"], totals.get(r["id"], 0.0)) for _, r in Customer.iterrows()]
    return pd.DataFrame(rows, columns=["id", "firstname", "total"])
