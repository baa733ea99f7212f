# expect: fail
# group: scale
# verdict: MLE
import random


def sample_events(events, k=5, seed=0):
    rng = random.Random(seed)
    events = list(events)
    reservoir = [e["event_id"] for e in events[:k]]
    for i in range(k, len(events)):
        j = rng.randrange(i + 1)
        if j < k:
            reservoir[j] = events[i]["event_id"]
    return reservoir
