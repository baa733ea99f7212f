# expect: fail
# group: scale
# verdict: MLE
def salted_totals(orders, hot_keys, salts=4):
    hot = set(hot_keys)
    groups = {}
    for o in orders:  # a "shuffle" that buffers every row of every group
        salt = o["order_id"] % salts if o["customer_id"] in hot else 0
        groups.setdefault((o["customer_id"], salt), []).append(o)
    partials = []
    for (c, s), rows in sorted(groups.items()):
        values = [r["revenue"] for r in rows]
        partials.append({"customer_id": c, "salt": s, "orders": len(values), "revenue": sum(values),
                         "max_revenue": max(values)})
    merged = {}
    for p in partials:
        n, t, m = merged.get(p["customer_id"], (0, 0.0, None))
        merged[p["customer_id"]] = (n + p["orders"], t + p["revenue"],
                                    p["max_revenue"] if m is None else max(m, p["max_revenue"]))
    totals = [{"customer_id": c, "orders": n, "revenue": t, "avg_revenue": t / n, "max_revenue": m}
              for c, (n, t, m) in sorted(merged.items())]
    return {"partials": partials, "totals": totals}
