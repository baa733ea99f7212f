# expect: fail
# group: hidden
# verdict: TLE
def merge_files(files):
    lists = [f["records"] for f in files]
    heads = [0] * len(lists)
    current, seen = None, set()
    while True:
        best = None
        for i, records in enumerate(lists):
            if heads[i] < len(records) and (best is None or records[heads[i]]["ts"] < lists[best][heads[best]]["ts"]):
                best = i
        if best is None:
            return
        record = lists[best][heads[best]]
        heads[best] += 1
        if record["ts"] != current:
            current, seen = record["ts"], set()
        if record["event_id"] not in seen:
            seen.add(record["event_id"])
            yield record
