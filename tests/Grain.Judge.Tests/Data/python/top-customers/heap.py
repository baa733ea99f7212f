# expect: pass
import heapq
from collections import defaultdict


def top_customers(orders, n=10):
    totals = defaultdict(float)
    for o in orders:
        totals[o["customer_id"]] += o["revenue"]
    return heapq.nsmallest(n, totals.items(), key=lambda kv: (-kv[1], kv[0]))
