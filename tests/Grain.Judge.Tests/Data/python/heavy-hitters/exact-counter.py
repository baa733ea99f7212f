# expect: fail
# group: scale
# verdict: MLE
from collections import Counter


def heavy_hitters(events, share=0.05):
    counts = Counter(e.get("user_id") for e in events)
    counts.pop(None, None)
    total = sum(counts.values())
    return [k for k, v in counts.items() if v >= share * total]
