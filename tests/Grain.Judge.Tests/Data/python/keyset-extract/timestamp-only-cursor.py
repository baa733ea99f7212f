# expect: fail
# group: example
import heapq


def extract_page(rows, watermark=None, page_size=100):
    after = watermark[0] if watermark is not None else None
    keys = []
    for row in rows:
        ts, event_id = row.get("ingested_at"), row.get("event_id")
        if not isinstance(ts, int) or isinstance(ts, bool) or not isinstance(event_id, str):
            continue
        if after is None or ts > after:
            keys.append((ts, event_id))
    page = heapq.nsmallest(page_size, keys)
    last = list(page[-1]) if page else watermark
    return {"rows": [event_id for _, event_id in page], "watermark": last}
