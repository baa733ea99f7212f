# expect: fail
# group: example
import json
import os
import tempfile
from itertools import islice


def external_sort(orders, chunk_size=5000):
    rows = iter(orders)
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        while True:
            chunk = sorted(islice(rows, chunk_size), key=lambda r: (r["customer_id"], r["ts"]))
            if not chunk:
                break
            paths.append(os.path.join(folder, f"{len(paths)}.jsonl"))
            with open(paths[-1], "w") as f:
                f.writelines(json.dumps(r) + "\n" for r in chunk)
        for path in paths:  # each run is sorted, but the runs are never merged
            with open(path) as f:
                for line in f:
                    yield json.loads(line)
