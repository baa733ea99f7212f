import pandas as pd


def solution(employees: pd.DataFrame) -> pd.DataFrame:
    rank = employees.groupby("department")["salary"].rank(method="dense", ascending=False)
    return employees.loc[rank <= 3, ["department", "id", "name", "salary"]]
