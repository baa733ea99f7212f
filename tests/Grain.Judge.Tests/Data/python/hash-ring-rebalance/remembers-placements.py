# expect: fail
# group: scale
# verdict: MLE
import hashlib
from bisect import bisect_left


def _h(text):
    return int.from_bytes(hashlib.md5(text.encode("utf-8")).digest()[:8], "big")


def _place(nodes, vnodes, positions):
    ring = sorted((_h(f"{n}#{i}"), n) for n in nodes for i in range(vnodes))
    points = [p for p, _ in ring]
    return [ring[bisect_left(points, p) % len(ring)][1] for p in positions]


def rebalance(keys, nodes, new_node, vnodes=100):
    rows = [r for r in keys if r.get("user_id") is not None]
    positions = [_h(r["user_id"]) for r in rows]
    old = _place(nodes, vnodes, positions)
    new = _place(list(nodes) + [new_node], vnodes, positions)
    before = {n: old.count(n) for n in nodes}
    after = {n: new.count(n) for n in list(nodes) + [new_node]}
    return {"before": before, "after": after, "moved": sum(a != b for a, b in zip(old, new))}
