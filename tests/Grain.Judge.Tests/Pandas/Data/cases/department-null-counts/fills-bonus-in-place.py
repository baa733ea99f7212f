# expect: fail
# message: in place
import pandas as pd


def solution(employees):
    recorded = employees["bonus"].notna()
    employees["bonus"] = employees["bonus"].fillna(0.0)
    grouped = employees.assign(recorded=recorded, kept=employees["bonus"].where(recorded)).groupby("department", dropna=False)
    out = grouped.agg(
        employees=("id", "size"),
        bonus_recorded=("recorded", "sum"),
        with_email=("email", "count"),
        avg_bonus_recorded=("kept", "mean"),
        avg_bonus_everyone=("bonus", "mean"),
    ).reset_index()
    out["no_email"] = out["employees"] - out["with_email"]
    return out[["department", "employees", "bonus_recorded", "no_email", "avg_bonus_recorded", "avg_bonus_everyone"]]
