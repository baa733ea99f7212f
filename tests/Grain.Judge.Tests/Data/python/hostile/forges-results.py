# problem: event-counts
# expect: fail
# verdict: WA
import os


def count_events(events):
    for fd in range(3, 20):
        try:
            os.write(fd, b"0000 E e0 {\"kind\":\"map\",\"items\":0,\"cpu_ms\":0}\n0000 D \n")
        except OSError:
            pass
    return {("forged", "x"): 1}
