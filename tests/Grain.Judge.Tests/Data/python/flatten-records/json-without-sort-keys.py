# expect: fail
# group: hidden
import json


def flatten(records, sep=".", max_depth=None):
    for record in records:
        out = {}
        for key, value in record.items():
            _walk(str(key), value, 1, sep, max_depth, out)
        yield out


def _walk(path, value, depth, sep, max_depth, out):
    if isinstance(value, dict):
        children = [(str(k), v) for k, v in value.items()]
    elif isinstance(value, list):
        children = [(str(i), v) for i, v in enumerate(value)]
    else:
        out[path] = value
        return
    if not children:
        out[path] = None
    elif max_depth is not None and depth >= max_depth:
        out[path] = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    else:
        for key, child in children:
            _walk(path + sep + key, child, depth + 1, sep, max_depth, out)
