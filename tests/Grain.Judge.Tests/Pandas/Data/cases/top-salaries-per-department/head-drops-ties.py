# expect: fail
# verdict: WA
import pandas as pd


def solution(employees):
    ordered = employees.sort_values(["department", "salary"], ascending=[True, False])
    return ordered.groupby("department").head(3)[["department", "id", "name", "salary"]]
