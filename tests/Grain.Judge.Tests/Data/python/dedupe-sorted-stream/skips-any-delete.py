# expect: fail
# group: hidden
from itertools import groupby


def latest_versions(changes):
    for _, group in groupby(changes, key=lambda c: c["order_id"]):
        last = None
        deleted = False
        for last in group:
            deleted = deleted or last.get("op") == "d"
        if not deleted:
            yield last
