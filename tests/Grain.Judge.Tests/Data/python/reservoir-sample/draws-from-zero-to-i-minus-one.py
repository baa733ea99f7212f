# expect: fail
# group: example
import random


def sample_events(events, k=5, seed=0):
    rng = random.Random(seed)
    reservoir = []
    for i, event in enumerate(events):
        if i < k:
            reservoir.append(event["event_id"])
            continue
        j = rng.randrange(i)
        if j < k:
            reservoir[j] = event["event_id"]
    return reservoir
