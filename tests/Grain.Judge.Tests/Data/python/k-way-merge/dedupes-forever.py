# expect: fail
# group: hidden
import heapq


def merge_files(files):
    streams = [f["records"] for f in files]
    seen = set()
    for record in heapq.merge(*streams, key=lambda r: r["ts"]):
        if record["event_id"] not in seen:
            seen.add(record["event_id"])
            yield record
