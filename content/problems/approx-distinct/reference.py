import hashlib
import math

P = 14
M = 1 << P
TAIL_BITS = 64 - P
TAIL_MASK = (1 << TAIL_BITS) - 1


def approx_distinct(events):
    registers = bytearray(M)
    for event in events:
        key = event.get("event_id")
        if key is None:
            continue
        x = int.from_bytes(hashlib.blake2b(str(key).encode(), digest_size=8).digest(), "big")
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
