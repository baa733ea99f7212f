# expect: fail
# group: hidden
import hashlib

WIDTH, DEPTH = 16, 2


def _cells(key):
    d = hashlib.blake2b(repr(key).encode(), digest_size=8).digest()
    return [(r, int.from_bytes(d[4 * r:4 * r + 4], "little") % WIDTH) for r in range(DEPTH)]


def heavy_hitters(events, share=0.05):
    table = [[0] * WIDTH for _ in range(DEPTH)]
    est = lambda k: min(table[r][c] for r, c in _cells(k))
    candidates, total = set(), 0
    for e in events:
        key = e.get("user_id")
        if key is None:
            continue
        total += 1
        for r, c in _cells(key):
            table[r][c] += 1
        if est(key) >= share * total:
            candidates.add(key)
            if len(candidates) > 4 / share:
                candidates = {k for k in candidates if est(k) >= share * total}
    return [k for k in candidates if est(k) >= share * total]
