# expect: fail
# group: hidden
import heapq


def schedule(tasks):
    needs = {}
    for row in tasks:
        needs.setdefault(row["task"], set()).update(row.get("after") or [])
    needs = {t: {d for d in deps if d in needs} for t, deps in needs.items()}
    waiting = {t: len(d) for t, d in needs.items()}
    children = {}
    for t, deps in needs.items():
        for d in deps:
            children.setdefault(d, []).append(t)
    ready = [t for t, c in waiting.items() if c == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        t = heapq.heappop(ready)
        order.append(t)
        for c in children.get(t, ()):
            waiting[c] -= 1
            if waiting[c] == 0:
                heapq.heappush(ready, c)
    done = set(order)
    return {"order": order, "blocked": sorted(t for t in needs if t not in done)}
