import hashlib
import math


def maybe_seen(events, expected=1000, fp_rate=0.01):
    """Yield the event_id of every event the Bloom filter already holds, then add the event."""
    raise NotImplementedError
