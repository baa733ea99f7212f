# expect: fail
# group: hidden
# verdict: TLE
def run_cache(ops, capacity):
    values = {}
    recency = []
    results = []
    for op in ops:
        key = op["key"]
        if op["op"] == "get":
            if key in values:
                recency.remove(key)
                recency.append(key)
                results.append(values[key])
            else:
                results.append(None)
        elif capacity > 0:
            if key in values:
                recency.remove(key)
            values[key] = op.get("value")
            recency.append(key)
            if len(recency) > capacity:
                del values[recency.pop(0)]
    return results
