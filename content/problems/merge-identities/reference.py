def merge_identities(accounts):
    parent = {}
    size = {}

    def find(x):
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def union(a, b):
        a, b = find(a), find(b)
        if a == b:
            return
        if size[a] < size[b]:
            a, b = b, a
        parent[b] = a
        size[a] += size[b]

    owner_of_email = {}
    owner_of_device = {}
    for row in accounts:
        account = row["account_id"]
        if account not in parent:
            parent[account] = account
            size[account] = 1
        email = row.get("email")
        if email is not None:
            email = email.strip().lower()
            if email:
                union(account, owner_of_email.setdefault(email, account))
        device = row.get("device_id")
        if device is not None and device != "":
            union(account, owner_of_device.setdefault(device, account))
    groups = {}
    for account in parent:
        groups.setdefault(find(account), []).append(account)
    return sorted(sorted(members) for members in groups.values())
