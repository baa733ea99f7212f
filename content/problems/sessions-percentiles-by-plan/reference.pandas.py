import pandas as pd


def solution(accounts: pd.DataFrame, activity: pd.DataFrame, referrals: pd.DataFrame) -> pd.DataFrame:
    totals = activity.groupby("account_id")["sessions"].sum()
    usage = accounts[["account_id", "plan"]].assign(
        total=accounts["account_id"].map(totals).fillna(0).astype("int64")
    )
    by_plan = usage.groupby("plan")["total"]
    usage["share"] = by_plan.rank(method="max") / by_plan.transform("size")
    out = by_plan.size().rename("accounts").to_frame()
    out["p50"] = usage[usage["share"] >= 0.5].groupby("plan")["total"].min()
    out["p90"] = usage[usage["share"] >= 0.9].groupby("plan")["total"].min()
    return out.reset_index()[["plan", "accounts", "p50", "p90"]]
