import pandas as pd


def solution(Customer: pd.DataFrame, Item: pd.DataFrame, BoughtItem: pd.DataFrame) -> pd.DataFrame:
    buyers = BoughtItem["customerid"].unique()
    return Customer.loc[~Customer["id"].isin(buyers), ["id", "firstname", "lastname"]]
