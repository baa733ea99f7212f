# expect: fail
# group: fault
import heapq


def extract_page(rows, watermark=None, page_size=100):
    after = tuple(watermark) if watermark is not None else None
    heap = []  # the page_size smallest keys after the watermark, negated into a max-heap
    for row in rows:
        ts, event_id = row.get("ingested_at"), row.get("event_id")
        if ts is None:
            continue
        key = (ts, event_id)
        if after is not None and key <= after:
            continue
        if len(heap) < page_size:
            heapq.heappush(heap, _Desc(key))
        elif page_size > 0 and key < heap[0].key:
            heapq.heapreplace(heap, _Desc(key))
    page = sorted(item.key for item in heap)
    last = list(page[-1]) if page else (list(watermark) if watermark is not None else None)
    return {"rows": [event_id for _, event_id in page], "watermark": last}


class _Desc:
    __slots__ = ("key",)

    def __init__(self, key):
        self.key = key

    def __lt__(self, other):
        return self.key > other.key
