# expect: fail
# group: rerun
from collections import defaultdict

COUNTS = defaultdict(int)


def count_events(events):
    for e in events:
        COUNTS[(e["user_id"], e["event_type"])] += 1
    return COUNTS
