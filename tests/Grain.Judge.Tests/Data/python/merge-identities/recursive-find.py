# expect: fail
# group: hidden
def merge_identities(accounts):
    parent = {}

    def find(x):
        if parent[x] != x:
            parent[x] = find(parent[x])
        return parent[x]

    emails, devices = {}, {}
    for row in accounts:
        a = row["account_id"]
        parent.setdefault(a, a)
        email = (row.get("email") or "").strip().lower()
        if email:
            parent[find(emails.setdefault(email, a))] = find(a)
        device = row.get("device_id")
        if device:
            parent[find(devices.setdefault(device, a))] = find(a)
    groups = {}
    for a in parent:
        groups.setdefault(find(a), []).append(a)
    return sorted(sorted(g) for g in groups.values())
