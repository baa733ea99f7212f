# expect: fail
# group: scale
# verdict: MLE
from collections import Counter


def count_events(events):
    rows = list(events)
    return Counter((e["user_id"], e["event_type"]) for e in rows)
