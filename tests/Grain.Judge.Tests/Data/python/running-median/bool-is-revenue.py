# expect: fail
# group: fault
import heapq


def running_median(orders):
    low = []  # max-heap of the smaller half, stored negated
    high = []  # min-heap of the larger half
    for order in orders:
        value = order.get("revenue")
        if not isinstance(value, (int, float)):
            continue
        if low and value > -low[0]:
            heapq.heappush(high, value)
        else:
            heapq.heappush(low, -value)
        if len(low) > len(high) + 1:
            heapq.heappush(high, -heapq.heappop(low))
        elif len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        if len(low) > len(high):
            yield float(-low[0])
        else:
            yield (-low[0] + high[0]) / 2
