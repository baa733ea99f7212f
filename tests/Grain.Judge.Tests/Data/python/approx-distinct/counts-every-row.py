# expect: fail
# group: fault
import hashlib
import math

M = 1 << 14


def approx_distinct(events):
    registers = bytearray(M)
    n = 0
    for e in events:
        key = e.get("event_id")
        if key is None:
            continue
        n += 1
        # salting the hash with the row number makes every retry look new
        x = int.from_bytes(hashlib.blake2b(f"{key}#{n}".encode(), digest_size=8).digest(), "big")
        rank = 50 - (x & ((1 << 50) - 1)).bit_length() + 1
        registers[x >> 50] = max(registers[x >> 50], rank)
    alpha = 0.7213 / (1 + 1.079 / M)
    estimate = alpha * M * M / sum(2.0 ** -r for r in registers)
    zeros = registers.count(0)
    if estimate <= 2.5 * M and zeros:
        estimate = M * math.log(M / zeros)
    return estimate
