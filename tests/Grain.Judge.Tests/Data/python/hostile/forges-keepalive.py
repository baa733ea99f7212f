# problem: event-counts
# expect: fail
# verdict: TLE
# Finds the harness's channel through the garbage collector and writes call-start frames while spinning,
# with SIGXCPU ignored, then answers correctly after 8 s of CPU (the problem allows 2 s per call): a judge
# trusting the frames would never see the call run long.
import gc
import os
import signal
import time

signal.signal(signal.SIGXCPU, signal.SIG_IGN)


def count_events(events):
    prefix = next(o.prefix for o in gc.get_objects() if hasattr(o, "prefix") and hasattr(o, "fd") and isinstance(getattr(o, "prefix"), str))
    counts = {}
    for e in events:
        key = (e["user_id"], e["event_type"])
        counts[key] = counts.get(key, 0) + 1
    last = 0.0
    end = time.process_time() + 8
    while time.process_time() < end:
        if time.monotonic() - last > 0.2:
            os.write(3, (prefix + "B e0\n").encode())
            last = time.monotonic()
    return counts
