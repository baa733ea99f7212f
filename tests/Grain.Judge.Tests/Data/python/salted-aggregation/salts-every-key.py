# expect: fail
# group: example
def salted_totals(orders, hot_keys, salts=4):
    partial = {}
    for o in orders:
        key = (o["customer_id"], o["order_id"] % salts)  # every customer is salted
        n, total, top = partial.get(key, (0, 0.0, None))
        partial[key] = (n + 1, total + o["revenue"], o["revenue"] if top is None else max(top, o["revenue"]))
    partials = [{"customer_id": c, "salt": s, "orders": n, "revenue": t, "max_revenue": m}
                for (c, s), (n, t, m) in sorted(partial.items())]
    merged = {}
    for p in partials:
        n, t, m = merged.get(p["customer_id"], (0, 0.0, None))
        merged[p["customer_id"]] = (n + p["orders"], t + p["revenue"],
                                    p["max_revenue"] if m is None else max(m, p["max_revenue"]))
    totals = [{"customer_id": c, "orders": n, "revenue": t, "avg_revenue": t / n, "max_revenue": m}
              for c, (n, t, m) in sorted(merged.items())]
    return {"partials": partials, "totals": totals}
