# expect: fail
# group: rerun
from collections import defaultdict

TALLY = defaultdict(int)


def count_events(events):
    for ev in events:
        TALLY[ev["user_id"], ev["event_type"]] += 1
    return TALLY
