# expect: fail
# group: scale
# verdict: WA
# Walks the stack and the heap for the harness's result channel, then writes a finished call itself and exits,
# skipping the work at scale sizes; small cases are answered properly.
import gc
import os
import sys


def _channel():
    frame = sys._getframe(1)
    while frame is not None:
        for value in frame.f_locals.values():
            if hasattr(value, "prefix") and hasattr(value, "fd"):
                return value
        frame = frame.f_back
    for obj in gc.get_objects():
        if hasattr(obj, "prefix") and hasattr(obj, "fd") and not isinstance(obj, type):
            return obj
    return None


def count_events(events):
    caller = sys._getframe(1).f_locals.get("call")
    if isinstance(caller, dict) and caller.get("id") == "s":
        ch = _channel()
        if ch is not None:
            prefix = ch.prefix
            ch.flush()
            os.write(ch.fd, (prefix + "E s {\"kind\":\"map\",\"items\":1,\"cpu_ms\":1}\n" + prefix + "D \n").encode())
            os._exit(0)
    counts = {}
    for event in events:
        key = (event["user_id"], event["event_type"])
        counts[key] = counts.get(key, 0) + 1
    return counts
