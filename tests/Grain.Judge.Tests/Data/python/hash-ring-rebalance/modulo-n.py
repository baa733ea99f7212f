# expect: fail
# group: example
import hashlib


def _h(text):
    return int.from_bytes(hashlib.md5(text.encode("utf-8")).digest()[:8], "big")


def rebalance(keys, nodes, new_node, vnodes=100):
    grown = list(nodes) + [new_node]
    before = {n: 0 for n in nodes}
    after = {n: 0 for n in grown}
    moved = 0
    for row in keys:
        key = row.get("user_id")
        if key is None:
            continue
        a = nodes[_h(key) % len(nodes)]
        b = grown[_h(key) % len(grown)]
        before[a] += 1
        after[b] += 1
        moved += a != b
    return {"before": before, "after": after, "moved": moved}
