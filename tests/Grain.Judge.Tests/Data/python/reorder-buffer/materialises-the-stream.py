# expect: fail
# group: scale
# verdict: MLE
import heapq


def reorder(events, max_delay=60):
    rows = list(events)
    out, heap, high = [], [], None
    for i, e in enumerate(rows):
        ts = e["ts"]
        if high is not None and ts < high - max_delay:
            out.append(["late", e["event_id"]])
            continue
        heapq.heappush(heap, (ts, i, e["event_id"]))
        high = ts if high is None else max(high, ts)
        while heap and heap[0][0] <= high - max_delay:
            out.append(["event", heapq.heappop(heap)[2]])
    while heap:
        out.append(["event", heapq.heappop(heap)[2]])
    return out
