# problem: event-counts
# expect: fail
# verdict: TLE
def count_events(events):
    n = 0
    while True:
        n += 1
