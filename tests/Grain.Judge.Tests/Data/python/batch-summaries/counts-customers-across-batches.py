# expect: fail
# group: example
from itertools import islice


def summarize_batches(orders, batch_size=1000):
    rows = iter(orders)
    seen = set()
    number = 0
    while True:
        batch = list(islice(rows, batch_size))
        if not batch:
            return
        revenue, bad = 0.0, 0
        for order in batch:
            value = order.get("revenue")
            if type(value) in (int, float):
                revenue += value
            else:
                bad += 1
            seen.add(order.get("customer_id"))
        yield {"batch": number, "rows": len(batch), "bad_rows": bad, "revenue": revenue, "customers": len(seen)}
        number += 1
