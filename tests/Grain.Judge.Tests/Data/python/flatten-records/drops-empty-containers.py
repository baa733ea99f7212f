# expect: fail
# group: example
def flatten(records, sep=".", max_depth=None):
    for record in records:
        out = {}
        stack = [(str(k), v, 1) for k, v in reversed(list(record.items()))]
        while stack:
            path, value, depth = stack.pop()
            if isinstance(value, dict):
                stack.extend((path + sep + str(k), v, depth + 1) for k, v in reversed(list(value.items())))
            elif isinstance(value, list):
                stack.extend((path + sep + str(i), v, depth + 1) for i, v in reversed(list(enumerate(value))))
            else:
                out[path] = value
        yield out
