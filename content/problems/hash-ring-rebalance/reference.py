import hashlib
from bisect import bisect_left


def _h(text):
    return int.from_bytes(hashlib.md5(text.encode("utf-8")).digest()[:8], "big")


def _ring(nodes, vnodes):
    ring = sorted((_h(f"{node}#{i}"), node) for node in nodes for i in range(vnodes))
    return [point for point, _ in ring], [node for _, node in ring]


def _owner(ring, position):
    points, owners = ring
    index = bisect_left(points, position)
    return owners[index if index < len(points) else 0]


def rebalance(keys, nodes, new_node, vnodes=100):
    old = _ring(nodes, vnodes)
    new = _ring(list(nodes) + [new_node], vnodes)
    before = {node: 0 for node in nodes}
    after = {node: 0 for node in list(nodes) + [new_node]}
    moved = 0
    for row in keys:
        key = row.get("user_id")
        if key is None:
            continue
        position = _h(key)
        a = _owner(old, position)
        b = _owner(new, position)
        before[a] += 1
        after[b] += 1
        if a != b:
            moved += 1
    return {"before": before, "after": after, "moved": moved}
