import heapq


def top_k_orders(orders, k=10):
    if k <= 0:
        for _ in orders:
            pass
        return []
    heap = []  # (revenue, -order_id, seq, row): the root is the worst of the current top k
    for seq, row in enumerate(orders):
        revenue = row.get("revenue")
        if type(revenue) not in (int, float):
            continue
        entry = (revenue, -row["order_id"], seq, row)
        if len(heap) < k:
            heapq.heappush(heap, entry)
        elif entry[:2] > heap[0][:2]:
            heapq.heapreplace(heap, entry)
    heap.sort(reverse=True)
    return [entry[3] for entry in heap]
