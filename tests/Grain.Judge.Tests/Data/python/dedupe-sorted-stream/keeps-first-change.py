# expect: fail
# group: example
from itertools import groupby


def latest_versions(changes):
    for _, group in groupby(changes, key=lambda c: c["order_id"]):
        first = next(group)
        if first.get("op") != "d":
            yield first
