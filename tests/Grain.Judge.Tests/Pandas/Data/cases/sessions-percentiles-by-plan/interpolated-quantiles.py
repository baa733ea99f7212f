# expect: fail
import pandas as pd


def solution(accounts, activity, referrals):
    totals = activity.groupby("account_id")["sessions"].sum()
    usage = accounts[["account_id", "plan"]].assign(total=accounts["account_id"].map(totals).fillna(0))
    by_plan = usage.groupby("plan")["total"]
    out = pd.DataFrame({"accounts": by_plan.size(), "p50": by_plan.quantile(0.5), "p90": by_plan.quantile(0.9)})
    return out.reset_index()[["plan", "accounts", "p50", "p90"]]
