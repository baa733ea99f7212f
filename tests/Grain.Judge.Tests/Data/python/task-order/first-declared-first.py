# expect: fail
# group: hidden
from collections import deque


def schedule(tasks):
    needs = {}
    for row in tasks:
        needs.setdefault(row["task"], set()).update(row.get("after") or [])
    waiting = {t: len(d) for t, d in needs.items()}
    children = {}
    for t, deps in needs.items():
        for d in deps:
            children.setdefault(d, []).append(t)
    ready = deque(sorted(t for t, c in waiting.items() if c == 0))
    order = []
    while ready:
        t = ready.popleft()
        order.append(t)
        for c in children.get(t, ()):
            waiting[c] -= 1
            if waiting[c] == 0:
                ready.append(c)
    done = set(order)
    return {"order": order, "blocked": sorted(t for t in needs if t not in done)}
