# expect: fail
# message: in place
import pandas as pd


def solution(Customer, Item, BoughtItem):
    Item.set_index("id", inplace=True)
    bought = BoughtItem.merge(Item[["title"]], left_on="itemid", right_index=True)
    out = bought.groupby(["itemid", "title"], as_index=False)["price"].mean()
    return out.rename(columns={"price": "average"})[["title", "average"]]
