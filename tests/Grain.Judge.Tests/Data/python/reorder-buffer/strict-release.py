# expect: fail
# group: hidden
import heapq


def reorder(events, max_delay=60):
    heap, high = [], None
    for i, e in enumerate(events):
        ts = e["ts"]
        if high is not None and ts < high - max_delay:
            yield ["late", e["event_id"]]
            continue
        heapq.heappush(heap, (ts, i, e["event_id"]))
        high = ts if high is None else max(high, ts)
        while heap and heap[0][0] < high - max_delay:
            yield ["event", heapq.heappop(heap)[2]]
    while heap:
        yield ["event", heapq.heappop(heap)[2]]
