# expect: fail
# group: scale
# verdict: MLE
def summarize_batches(orders, batch_size=1000):
    rows = list(orders)
    for number, start in enumerate(range(0, len(rows), batch_size)):
        batch = rows[start:start + batch_size]
        good = [o.get("revenue") for o in batch if type(o.get("revenue")) in (int, float)]
        yield {"batch": number, "rows": len(batch), "bad_rows": len(batch) - len(good),
               "revenue": float(sum(good)), "customers": len({o.get("customer_id") for o in batch})}
