# problem: event-counts
# expect: fail
# verdict: MLE
# Three children of 250 MB each: every process is under the 512 MB limit, together they are over it.
import os
import time


def count_events(events):
    children = []
    for _ in range(3):
        pid = os.fork()
        if pid == 0:
            hog = b"x" * (250 << 20)
            time.sleep(20)
            os._exit(len(hog) & 1)
        children.append(pid)
    for pid in children:
        os.waitpid(pid, 0)
    counts = {}
    for e in events:
        key = (e["user_id"], e["event_type"])
        counts[key] = counts.get(key, 0) + 1
    return counts
