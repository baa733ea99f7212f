# expect: fail
# group: hidden
def window_counts(actions, window_seconds=300, watermark_seconds=600):
    w, state, high = window_seconds, {}, None
    for a in actions:
        start = a["ts"] // w * w
        # Classic slip: drops only windows that ended strictly before the watermark.
        if high is None or start + w >= high - watermark_seconds:
            state[(start, a["action"])] = state.get((start, a["action"]), 0) + 1
        high = a["ts"] if high is None else max(high, a["ts"])
        for key in sorted(k for k in state if k[0] + w <= high - watermark_seconds):
            yield {"window_start": key[0], "action": key[1], "count": state.pop(key)}
    for key in sorted(state):
        yield {"window_start": key[0], "action": key[1], "count": state.pop(key)}
