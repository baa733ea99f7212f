import hashlib

WIDTH = 2048
DEPTH = 4


def _cells(key):
    digest = hashlib.blake2b(repr(key).encode(), digest_size=4 * DEPTH).digest()
    return [(row, int.from_bytes(digest[4 * row:4 * row + 4], "little") % WIDTH) for row in range(DEPTH)]


def heavy_hitters(events, share=0.05):
    table = [[0] * WIDTH for _ in range(DEPTH)]

    def estimate(key):
        return min(table[row][col] for row, col in _cells(key))

    limit = int(4 / share) + 16
    candidates = set()
    total = 0
    for event in events:
        key = event.get("user_id")
        if key is None:
            continue
        total += 1
        smallest = None
        for row, col in _cells(key):
            table[row][col] += 1
            value = table[row][col]
            if smallest is None or value < smallest:
                smallest = value
        if smallest >= share * total:
            candidates.add(key)
            if len(candidates) > limit:
                candidates = {k for k in candidates if estimate(k) >= share * total}
    return [k for k in candidates if estimate(k) >= share * total]
