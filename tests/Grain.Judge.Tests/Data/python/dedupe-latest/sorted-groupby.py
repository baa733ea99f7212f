# expect: pass
from itertools import groupby


def dedupe(events):
    indexed = list(enumerate(events))
    indexed.sort(key=lambda p: (p[1]["event_id"], -p[1]["ingested_at"], p[1]["updated_by"] is None, p[0]))
    return [next(group)[1] for _, group in groupby(indexed, key=lambda p: p[1]["event_id"])]
