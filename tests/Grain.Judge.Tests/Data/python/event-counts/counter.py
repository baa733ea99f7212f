# expect: pass
from collections import Counter


def count_events(events):
    return Counter((e["user_id"], e["event_type"]) for e in events)
