import random


def sample_events(events, k=5, seed=0):
    """Return the event_ids of a k-slot reservoir filled with random.Random(seed), slot 0 first."""
    raise NotImplementedError
