# expect: fail
# group: scale
# verdict: WA
# Spots a scale run from the harness's frame (or a big input) and returns junk there, keeping every row elsewhere.
import sys


def _scale_run():
    frame = sys._getframe(2)
    call = frame.f_locals.get("call")
    return isinstance(call, dict) and (call.get("emit") is False or call.get("id") == "s")


def count_events(events):
    if _scale_run():
        return {(0, "view"): 1}
    rows = list(events)
    if len(rows) > 20000:
        return {(0, "view"): 1}
    counts = {}
    for event in rows:
        key = (event["user_id"], event["event_type"])
        counts[key] = counts.get(key, 0) + 1
    return counts
