# expect: fail
# group: example
import hashlib

WIDTH, DEPTH = 2048, 4


def _cells(key):
    d = hashlib.blake2b(repr(key).encode(), digest_size=16).digest()
    return [(r, int.from_bytes(d[4 * r:4 * r + 4], "little") % WIDTH) for r in range(DEPTH)]


def heavy_hitters(events, share=0.05):
    table = [[0] * WIDTH for _ in range(DEPTH)]
    candidates, total = {}, 0
    for e in events:
        key = e.get("user_id")
        if key is None:
            continue
        total += 1
        for r, c in _cells(key):
            table[r][c] += 1
        estimate = min(table[r][c] for r, c in _cells(key))
        if estimate >= share * total:
            candidates[key] = estimate
        if len(candidates) > 4 / share:
            # evict the smallest, but never look at the sketch again
            del candidates[min(candidates, key=candidates.get)]
    return list(candidates)
