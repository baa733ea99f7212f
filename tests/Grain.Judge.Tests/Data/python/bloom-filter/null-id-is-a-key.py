# expect: fail
# group: hidden
import hashlib
import math


def maybe_seen(events, expected=1000, fp_rate=0.01):
    m = math.ceil(-expected * math.log(fp_rate) / math.log(2) ** 2)
    k = max(1, round(m / expected * math.log(2)))
    bits = bytearray((m + 7) // 8)
    for event in events:
        event_id = event.get("event_id")
        digest = hashlib.sha256(str(event_id).encode("utf-8")).digest()
        h1 = int.from_bytes(digest[0:8], "big")
        h2 = int.from_bytes(digest[8:16], "big") | 1
        present = True
        for i in range(k):
            p = (h1 + i * h2) % m
            mask = 1 << (p % 8)
            if not bits[p // 8] & mask:
                present = False
                bits[p // 8] |= mask
        if present:
            yield event_id
