# expect: fail
import pandas as pd


def solution(employees):
    rank = employees.groupby("department")["salary"].rank(method="min", ascending=False)
    return employees.loc[rank <= 3, ["department", "id", "name", "salary"]]
