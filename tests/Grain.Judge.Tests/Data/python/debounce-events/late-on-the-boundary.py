# expect: fail
# group: hidden
import heapq


def debounce(events, window=60, max_delay=60):
    last = {}  # key -> ts of the last kept event of that key
    expiry = []  # (ts, key) pushed when kept; stale entries are skipped
    high = None
    for event in events:
        ts, event_id = event.get("ts"), event.get("event_id")
        if not isinstance(ts, int) or isinstance(ts, bool):
            yield ["bad", event_id]
            continue
        if high is not None and ts <= high - max_delay:
            yield ["late", event_id]
            continue
        key = (event.get("user_id"), event.get("event_type"))
        kept = last.get(key)
        if kept is not None and abs(ts - kept) < window:
            yield ["repeat", event_id]
        else:
            last[key] = ts
            heapq.heappush(expiry, (ts, _Key(key)))
            yield ["keep", event_id]
        if high is None or ts > high:
            high = ts
        horizon = high - max_delay - window
        while expiry and expiry[0][0] <= horizon:
            ts_old, holder = heapq.heappop(expiry)
            if last.get(holder.key) == ts_old:
                del last[holder.key]


class _Key:
    __slots__ = ("key",)

    def __init__(self, key):
        self.key = key

    def __lt__(self, other):
        return False
