import heapq


def merge_files(files):
    heap = []
    for index, f in enumerate(files):
        records = f["records"]
        if records:
            heap.append((records[0]["ts"], index, 0, records))
    heapq.heapify(heap)
    current_ts = None
    seen = set()
    while heap:
        ts, index, position, records = heap[0]
        record = records[position]
        if position + 1 < len(records):
            heapq.heapreplace(heap, (records[position + 1]["ts"], index, position + 1, records))
        else:
            heapq.heappop(heap)
        if ts != current_ts:
            current_ts = ts
            seen = set()
        if record["event_id"] in seen:
            continue
        seen.add(record["event_id"])
        yield record
