import heapq


def reorder(events, max_delay=60):
    heap = []
    high = None
    for arrival, event in enumerate(events):
        ts = event["ts"]
        if high is not None and ts < high - max_delay:
            yield ["late", event["event_id"]]
            continue
        heapq.heappush(heap, (ts, arrival, event["event_id"]))
        if high is None or ts > high:
            high = ts
        while heap and heap[0][0] <= high - max_delay:
            yield ["event", heapq.heappop(heap)[2]]
    while heap:
        yield ["event", heapq.heappop(heap)[2]]
