# expect: fail
# group: scale
# verdict: MLE
def external_sort(orders, chunk_size=5000):
    yield from sorted(orders, key=lambda r: (r["customer_id"], r["ts"]))
