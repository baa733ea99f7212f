# problem: event-counts
# expect: fail
# verdict: TLE
import time


def count_events(events):
    time.sleep(3600)
