# expect: fail
# group: example
def summarize_batches(orders, batch_size=1000):
    batch = []
    number = 0
    for order in orders:
        batch.append(order)
        if len(batch) == batch_size:
            values = [o.get("revenue") for o in batch]
            good = [v for v in values if type(v) in (int, float)]
            yield {"batch": number, "rows": len(batch), "bad_rows": len(values) - len(good),
                   "revenue": float(sum(good)), "customers": len({o.get("customer_id") for o in batch})}
            number += 1
            batch = []
