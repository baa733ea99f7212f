# expect: fail
# group: hidden
import hashlib
from bisect import bisect_left


def _h(text):
    return int.from_bytes(hashlib.md5(text.encode("utf-8")).digest()[:8], "big")


def rebalance(keys, nodes, new_node, vnodes=100):
    rings = []
    for members in (list(nodes), list(nodes) + [new_node]):
        ring = sorted((_h(f"{n}#{i}"), n) for n in members for i in range(vnodes))
        rings.append(([p for p, _ in ring], [n for _, n in ring]))
    before = {n: 0 for n in nodes}
    after = {n: 0 for n in list(nodes) + [new_node]}
    moved = 0
    for row in keys:
        key = row.get("user_id")
        if key is None:
            continue
        p = _h(key)
        owners = []
        for points, names in rings:
            i = min(bisect_left(points, p), len(points) - 1)  # clamps instead of wrapping
            owners.append(names[i])
        before[owners[0]] += 1
        after[owners[1]] += 1
        moved += owners[0] != owners[1]
    return {"before": before, "after": after, "moved": moved}
