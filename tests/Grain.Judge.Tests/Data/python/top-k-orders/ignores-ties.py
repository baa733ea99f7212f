# expect: fail
# group: hidden
import heapq


def top_k_orders(orders, k=10):
    return heapq.nlargest(k, (r for r in orders if type(r.get("revenue")) in (int, float)), key=lambda r: r["revenue"])
