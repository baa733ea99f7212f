# expect: fail
# group: fault
import heapq


def top_customers(orders, n=5):
    totals = {}
    for o in orders:
        totals[o["customer_id"]] = totals.get(o["customer_id"], 0) + o["revenue"]
    return heapq.nsmallest(n, totals.items(), key=lambda kv: (-kv[1], kv[0]))
