# problem: event-counts
# expect: fail
# verdict: RTE
import os


def count_events(events):
    for path in ("/etc/shadow", "/etc/passwd", os.path.expanduser("~/.grain/grain.db"), "/root/.grain", "/work", "/tmp/grain-host-secret"):
        try:
            with open(path, "rb") as f:
                f.read(1)
            counts = {}
            for e in events:
                counts[(e["user_id"], e["event_type"])] = counts.get((e["user_id"], e["event_type"]), 0) + 1
            return counts
        except OSError:
            pass
    raise PermissionError("nothing outside the sandbox was readable")
