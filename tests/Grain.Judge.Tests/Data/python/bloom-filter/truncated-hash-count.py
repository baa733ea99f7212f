# expect: fail
# group: hidden
import hashlib
import math


def maybe_seen(events, expected=1000, fp_rate=0.01):
    m = math.ceil(-expected * math.log(fp_rate) / math.log(2) ** 2)
    k = max(1, int(m / expected * math.log(2)))
    bits = bytearray((m + 7) // 8)
    for event in events:
        event_id = event.get("event_id")
        if event_id is None:
            continue
        d = hashlib.sha256(str(event_id).encode("utf-8")).digest()
        h1, h2 = int.from_bytes(d[0:8], "big"), int.from_bytes(d[8:16], "big") | 1
        positions = [(h1 + i * h2) % m for i in range(k)]
        if all(bits[p // 8] & (1 << (p % 8)) for p in positions):
            yield event_id
        for p in positions:
            bits[p // 8] |= 1 << (p % 8)
