# expect: fail
# verdict: WA
# Infinity equals only infinity: the right customers with inf totals are still wrong.
def top_customers(orders, n=10):
    totals = {}
    for order in orders:
        cid = order["customer_id"]
        totals[cid] = totals.get(cid, 0.0) + order["revenue"]
    ranked = sorted(totals.items(), key=lambda item: (-item[1], item[0]))
    return [(cid, float("inf")) for cid, total in ranked[:n]]
