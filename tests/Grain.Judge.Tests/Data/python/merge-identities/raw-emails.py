# expect: fail
# group: example
def merge_identities(accounts):
    parent = {}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    emails, devices = {}, {}
    for row in accounts:
        a = row["account_id"]
        parent.setdefault(a, a)
        if row.get("email"):
            parent[find(a)] = find(emails.setdefault(row["email"], a))
        if row.get("device_id"):
            parent[find(a)] = find(devices.setdefault(row["device_id"], a))
    groups = {}
    for a in parent:
        groups.setdefault(find(a), []).append(a)
    return sorted(sorted(g) for g in groups.values())
