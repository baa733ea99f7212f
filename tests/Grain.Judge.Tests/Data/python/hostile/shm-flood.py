# problem: event-counts
# expect: fail
# Keeps 1 GiB in files under /dev/shm (memory no process owns), then answers correctly.
import os


def count_events(events):
    chunk = b"x" * (16 << 20)
    for i in range(64):
        with open("/dev/shm/grain-flood-%d" % i, "wb") as f:
            f.write(chunk)
    counts = {}
    for e in events:
        key = (e["user_id"], e["event_type"])
        counts[key] = counts.get(key, 0) + 1
    return counts
