# expect: fail
# group: hidden
def top_customers(orders, n=10):
    totals = {}
    for o in orders:
        totals[o["customer_id"]] = totals.get(o["customer_id"], 0) + o["revenue"]
    return sorted(totals.items(), key=lambda kv: (kv[1], kv[0]), reverse=True)[:n]
