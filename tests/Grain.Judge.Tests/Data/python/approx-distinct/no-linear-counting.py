# expect: fail
# group: example
import hashlib

M = 1 << 14


def approx_distinct(events):
    registers = bytearray(M)
    for e in events:
        key = e.get("event_id")
        if key is None:
            continue
        x = int.from_bytes(hashlib.blake2b(str(key).encode(), digest_size=8).digest(), "big")
        rank = 50 - (x & ((1 << 50) - 1)).bit_length() + 1
        registers[x >> 50] = max(registers[x >> 50], rank)
    alpha = 0.7213 / (1 + 1.079 / M)
    return alpha * M * M / sum(2.0 ** -r for r in registers)
