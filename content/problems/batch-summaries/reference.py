from itertools import islice


def _usable(value):
    return type(value) is int or type(value) is float


def summarize_batches(orders, batch_size=1000):
    rows = iter(orders)
    number = 0
    while True:
        batch = list(islice(rows, batch_size))
        if not batch:
            return
        revenue = 0.0
        bad = 0
        customers = set()
        for order in batch:
            value = order.get("revenue")
            if _usable(value):
                revenue += value
            else:
                bad += 1
            customers.add(order.get("customer_id"))
        yield {"batch": number, "rows": len(batch), "bad_rows": bad, "revenue": revenue, "customers": len(customers)}
        number += 1
