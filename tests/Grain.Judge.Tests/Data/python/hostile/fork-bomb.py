# problem: event-counts
# expect: fail
import os


def count_events(events):
    while True:
        os.fork()
