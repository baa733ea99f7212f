# problem: event-counts
# expect: fail
# verdict: TLE
# Ignores the per-call CPU signal and answers correctly after 5 s of CPU (the problem allows 2 s per call).
import signal
import time

signal.signal(signal.SIGXCPU, signal.SIG_IGN)


def count_events(events):
    end = time.process_time() + 5
    while time.process_time() < end:
        pass
    counts = {}
    for e in events:
        key = (e["user_id"], e["event_type"])
        counts[key] = counts.get(key, 0) + 1
    return counts
