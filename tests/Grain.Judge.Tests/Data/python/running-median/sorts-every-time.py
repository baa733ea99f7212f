# expect: fail
# group: scale
def running_median(orders):
    values = []
    for order in orders:
        value = order.get("revenue")
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            continue
        values.append(value)
        ordered = sorted(values)
        n = len(ordered)
        mid = n // 2
        yield float(ordered[mid]) if n % 2 else (ordered[mid - 1] + ordered[mid]) / 2
