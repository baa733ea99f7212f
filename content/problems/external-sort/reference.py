import heapq
import json
import os
import tempfile
from itertools import islice


def _key(row):
    return (row["customer_id"], row["ts"])


def _read(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def external_sort(orders, chunk_size=5000):
    rows = iter(orders)
    with tempfile.TemporaryDirectory() as folder:
        runs = []
        while True:
            chunk = list(islice(rows, chunk_size))
            if not chunk:
                break
            chunk.sort(key=_key)
            path = os.path.join(folder, "run-%05d.jsonl" % len(runs))
            with open(path, "w", encoding="utf-8") as f:
                f.writelines(json.dumps(row, separators=(",", ":")) + "\n" for row in chunk)
            runs.append(path)
            del chunk
        yield from heapq.merge(*(_read(path) for path in runs), key=_key)
