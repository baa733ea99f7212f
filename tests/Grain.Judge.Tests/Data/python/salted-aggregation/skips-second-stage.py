# expect: fail
# group: example
def salted_totals(orders, hot_keys, salts=4):
    hot = set(hot_keys)
    partial = {}
    for o in orders:
        key = (o["customer_id"], o["order_id"] % salts if o["customer_id"] in hot else 0)
        n, total, top = partial.get(key, (0, 0.0, None))
        partial[key] = (n + 1, total + o["revenue"], o["revenue"] if top is None else max(top, o["revenue"]))
    partials = [{"customer_id": c, "salt": s, "orders": n, "revenue": t, "max_revenue": m}
                for (c, s), (n, t, m) in sorted(partial.items())]
    # the salted rows are reported as final totals: a hot customer appears once per salt
    totals = [{"customer_id": p["customer_id"], "orders": p["orders"], "revenue": p["revenue"],
               "avg_revenue": p["revenue"] / p["orders"], "max_revenue": p["max_revenue"]} for p in partials]
    return {"partials": partials, "totals": totals}
