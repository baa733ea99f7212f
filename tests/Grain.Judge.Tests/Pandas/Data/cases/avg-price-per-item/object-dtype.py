# expect: fail
# message: object dtype
import pandas as pd


def solution(Customer, Item, BoughtItem):
    bought = BoughtItem.merge(Item, left_on="itemid", right_on="id", suffixes=("", "_item"))
    out = bought.groupby(["itemid", "title"], as_index=False)["price"].mean()
    out["average"] = out["price"].map(lambda v: f"{v:.4f}")
    return out[["title", "average"]]
