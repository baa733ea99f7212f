# expect: fail
# group: fault
from itertools import islice


def summarize_batches(orders, batch_size=1000):
    rows = iter(orders)
    number = 0
    while True:
        batch = list(islice(rows, batch_size))
        if not batch:
            return
        revenue, bad = 0.0, 0
        for order in batch:
            try:
                revenue += float(order.get("revenue"))
            except (TypeError, ValueError):
                bad += 1
        yield {"batch": number, "rows": len(batch), "bad_rows": bad, "revenue": revenue,
               "customers": len({o.get("customer_id") for o in batch})}
        number += 1
