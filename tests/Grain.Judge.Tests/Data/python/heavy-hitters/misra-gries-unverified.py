# expect: fail
# group: hidden
def heavy_hitters(events, share=0.05):
    slots = int(1 / share)
    counters = {}
    for e in events:
        key = e.get("user_id")
        if key is None:
            continue
        if key in counters:
            counters[key] += 1
        elif len(counters) < slots:
            counters[key] = 1
        else:
            for k in list(counters):
                counters[k] -= 1
                if counters[k] == 0:
                    del counters[k]
    return list(counters)
