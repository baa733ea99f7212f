import pandas as pd


def solution(Customer: pd.DataFrame, Item: pd.DataFrame, BoughtItem: pd.DataFrame) -> pd.DataFrame:
    bought = BoughtItem.merge(Item[["id", "title"]], left_on="itemid", right_on="id")
    out = bought.groupby(["itemid", "title"], as_index=False)["price"].mean()
    return out.rename(columns={"price": "average"})[["title", "average"]]
