import math

P = 14
M = 1 << P
TAIL_BITS = 64 - P
TAIL_MASK = (1 << TAIL_BITS) - 1
MASK64 = (1 << 64) - 1


def hash64(text):
    """FNV-1a over the UTF-8 bytes, then the SplitMix64 finaliser to spread the bits."""
    h = 0xCBF29CE484222325
    for byte in text.encode("utf-8"):
        h = ((h ^ byte) * 0x100000001B3) & MASK64
    h = ((h ^ (h >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
    h = ((h ^ (h >> 27)) * 0x94D049BB133111EB) & MASK64
    return h ^ (h >> 31)


def approx_distinct(events):
    registers = bytearray(M)
    for event in events:
        key = event.get("event_id")
        if key is None:
            continue
        x = hash64(str(key))
        index = x >> TAIL_BITS
        rank = TAIL_BITS - (x & TAIL_MASK).bit_length() + 1
        if rank > registers[index]:
            registers[index] = rank
    alpha = 0.7213 / (1 + 1.079 / M)
    estimate = alpha * M * M / sum(2.0 ** -r for r in registers)
    zeros = registers.count(0)
    if estimate <= 2.5 * M and zeros:
        estimate = M * math.log(M / zeros)
    return float(estimate)
