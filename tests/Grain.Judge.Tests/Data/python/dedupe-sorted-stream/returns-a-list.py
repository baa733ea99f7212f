# expect: fail
# group: scale
# verdict: MLE
from itertools import groupby


def latest_versions(changes):
    kept = []
    for _, group in groupby(changes, key=lambda c: c["order_id"]):
        rows = list(group)
        if rows[-1].get("op") != "d":
            kept.append(rows[-1])
    return kept
