# expect: fail
# group: scale
# verdict: MLE
def latest_versions(changes):
    last = {}
    for change in changes:
        last[change["order_id"]] = change
    for change in last.values():
        if change.get("op") != "d":
            yield change
