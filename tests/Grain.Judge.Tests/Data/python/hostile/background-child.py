# problem: event-counts
# expect: pass
import os
import sys


def count_events(events):
    if os.fork() == 0:
        os.setsid()
        os.execv(sys.executable, [sys.executable, "-c", "import time; time.sleep(60)  # grain-hostile-marker"])
    counts = {}
    for e in events:
        counts[(e["user_id"], e["event_type"])] = counts.get((e["user_id"], e["event_type"]), 0) + 1
    return counts
