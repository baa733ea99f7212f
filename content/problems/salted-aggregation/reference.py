def salted_totals(orders, hot_keys, salts=4):
    hot = set(hot_keys)

    # Stage 1: aggregate by (customer, salt). Only hot customers are spread over several salts.
    partial = {}
    for order in orders:
        customer = order["customer_id"]
        salt = order["order_id"] % salts if customer in hot else 0
        revenue = order["revenue"]
        acc = partial.get((customer, salt))
        if acc is None:
            partial[(customer, salt)] = [1, revenue, revenue]
        else:
            acc[0] += 1
            acc[1] += revenue
            if revenue > acc[2]:
                acc[2] = revenue
    partials = [
        {"customer_id": customer, "salt": salt, "orders": n, "revenue": total, "max_revenue": top}
        for (customer, salt), (n, total, top) in sorted(partial.items())
    ]

    # Stage 2: combine the partial rows of each customer. Counts and sums add up; the average is
    # recomputed from them, never averaged from partial averages.
    merged = {}
    for row in partials:
        acc = merged.get(row["customer_id"])
        if acc is None:
            merged[row["customer_id"]] = [row["orders"], row["revenue"], row["max_revenue"]]
        else:
            acc[0] += row["orders"]
            acc[1] += row["revenue"]
            acc[2] = max(acc[2], row["max_revenue"])
    totals = [
        {"customer_id": customer, "orders": n, "revenue": total, "avg_revenue": total / n, "max_revenue": top}
        for customer, (n, total, top) in sorted(merged.items())
    ]
    return {"partials": partials, "totals": totals}
