# expect: fail
import pandas as pd


def solution(employees):
    out = employees.groupby("department", dropna=False).agg(
        employees=("id", "size"),
        bonus_recorded=("bonus", "count"),
        with_email=("email", "count"),
        avg_bonus_recorded=("bonus", "mean"),
        avg_bonus_everyone=("bonus", "mean"),
    ).reset_index()
    out["no_email"] = out["employees"] - out["with_email"]
    return out[["department", "employees", "bonus_recorded", "no_email", "avg_bonus_recorded", "avg_bonus_everyone"]]
