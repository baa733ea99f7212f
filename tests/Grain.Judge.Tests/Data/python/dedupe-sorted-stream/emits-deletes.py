# expect: fail
# group: example
from itertools import groupby


def latest_versions(changes):
    for _, group in groupby(changes, key=lambda c: c["order_id"]):
        last = None
        for last in group:
            pass
        yield last
