# expect: fail
# group: example
import heapq


def running_median(orders):
    low, high = [], []
    for order in orders:
        value = order.get("revenue")
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            continue
        heapq.heappush(low, -value)
        heapq.heappush(high, -heapq.heappop(low))
        if len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        yield float(-low[0]) if len(low) > len(high) else float(high[0])
