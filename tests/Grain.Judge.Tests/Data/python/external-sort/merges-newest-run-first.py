# expect: fail
# group: hidden
import heapq
import json
import os
import tempfile
from itertools import islice


def _key(r):
    return (r["customer_id"], r["ts"])


def _read(path):
    with open(path) as f:
        for line in f:
            yield json.loads(line)


def external_sort(orders, chunk_size=5000):
    rows = iter(orders)
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        while True:
            chunk = sorted(islice(rows, chunk_size), key=_key)
            if not chunk:
                break
            paths.append(os.path.join(folder, f"{len(paths)}.jsonl"))
            with open(paths[-1], "w") as f:
                f.writelines(json.dumps(r) + "\n" for r in chunk)
        # a stack of runs, newest first: equal keys now come out in the wrong order
        yield from heapq.merge(*(_read(p) for p in reversed(paths)), key=_key)
