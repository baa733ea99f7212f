# expect: fail
# group: scale
# verdict: MLE
def top_k_orders(orders, k=10):
    rows = [r for r in orders if type(r.get("revenue")) in (int, float)]
    rows.sort(key=lambda r: (-r["revenue"], r["order_id"]))
    return rows[:k]
