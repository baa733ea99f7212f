# expect: fail
# group: scale
# verdict: MLE
def top_customers(orders, n=10):
    orders = list(orders)
    totals = {}
    for o in orders:
        totals[o["customer_id"]] = totals.get(o["customer_id"], 0) + o["revenue"]
    return sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
