# expect: fail
# group: example
def salted_totals(orders, hot_keys, salts=4):
    hot = set(hot_keys)
    groups = {}
    for o in orders:
        salt = o["order_id"] % salts if o["customer_id"] in hot else 0
        groups.setdefault((o["customer_id"], salt), []).append(o["revenue"])
    partials = [{"customer_id": c, "salt": s, "orders": len(v), "revenue": sum(v), "max_revenue": max(v)}
                for (c, s), v in sorted(groups.items())]
    by_customer = {}
    for p in partials:
        by_customer.setdefault(p["customer_id"], []).append(p)
    totals = []
    for c, ps in sorted(by_customer.items()):
        totals.append({
            "customer_id": c,
            "orders": sum(p["orders"] for p in ps),
            "revenue": sum(p["revenue"] for p in ps),
            # the mean of the partial means ignores how many orders each partial holds
            "avg_revenue": sum(p["revenue"] / p["orders"] for p in ps) / len(ps),
            "max_revenue": max(p["max_revenue"] for p in ps),
        })
    return {"partials": partials, "totals": totals}
