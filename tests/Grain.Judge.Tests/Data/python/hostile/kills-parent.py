# problem: event-counts
# expect: fail
import os
import signal


def count_events(events):
    for pid in (os.getppid(), 1, -1):
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    return {}
