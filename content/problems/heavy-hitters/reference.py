WIDTH_BITS = 11
WIDTH = 1 << WIDTH_BITS
MASK64 = (1 << 64) - 1
# One odd 64-bit multiplier per sketch row: multiply-shift hashing gives each row its own hash.
MULTIPLIERS = (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93)


def _cells(key):
    h = hash(key) & MASK64
    return [(row, ((h * a) & MASK64) >> (64 - WIDTH_BITS)) for row, a in enumerate(MULTIPLIERS)]


def heavy_hitters(events, share=0.05):
    table = [[0] * WIDTH for _ in MULTIPLIERS]

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
