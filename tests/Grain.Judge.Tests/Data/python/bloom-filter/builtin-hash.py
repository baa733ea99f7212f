# expect: fail
import math


def maybe_seen(events, expected=1000, fp_rate=0.01):
    m = math.ceil(-expected * math.log(fp_rate) / math.log(2) ** 2)
    k = max(1, round(m / expected * math.log(2)))
    bits = bytearray((m + 7) // 8)
    for event in events:
        event_id = event.get("event_id")
        if event_id is None:
            continue
        h = hash(str(event_id))
        h1, h2 = h & 0xFFFFFFFFFFFFFFFF, (h >> 7) | 1
        positions = [(h1 + i * h2) % m for i in range(k)]
        if all(bits[p // 8] & (1 << (p % 8)) for p in positions):
            yield event_id
        for p in positions:
            bits[p // 8] |= 1 << (p % 8)
