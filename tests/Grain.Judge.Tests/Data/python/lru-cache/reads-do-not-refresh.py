# expect: fail
# group: example
def run_cache(ops, capacity):
    cache = {}
    results = []
    for op in ops:
        key = op["key"]
        if op["op"] == "get":
            results.append(cache.get(key))
        elif capacity > 0:
            cache.pop(key, None)
            cache[key] = op.get("value")
            if len(cache) > capacity:
                del cache[next(iter(cache))]
    return results
