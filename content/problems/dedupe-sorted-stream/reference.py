from itertools import groupby
from operator import itemgetter


def latest_versions(changes):
    for _, group in groupby(changes, key=itemgetter("order_id")):
        last = None
        for last in group:
            pass
        if last.get("op") != "d":
            yield last
