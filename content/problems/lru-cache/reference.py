from collections import OrderedDict


def run_cache(ops, capacity):
    cache = OrderedDict()
    results = []
    for op in ops:
        key = op["key"]
        if op["op"] == "get":
            if key in cache:
                cache.move_to_end(key)
                results.append(cache[key])
            else:
                results.append(None)
        elif capacity > 0:
            cache[key] = op.get("value")
            cache.move_to_end(key)
            if len(cache) > capacity:
                cache.popitem(last=False)
    return results
