# problem: event-counts
# expect: fail
# verdict: TLE
# Correct, but waits 6.5 s in every call: just under the per-call wall limit, so only a budget for the whole
# submission stops it from holding the grader.
import time


def count_events(events):
    time.sleep(6.5)
    counts = {}
    for e in events:
        key = (e["user_id"], e["event_type"])
        counts[key] = counts.get(key, 0) + 1
    return counts
