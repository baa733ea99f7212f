import heapq


def schedule(tasks):
    needs = {}  # task -> set of dependency names
    for row in tasks:
        needs.setdefault(row["task"], set()).update(row.get("after") or [])
    waiting = {task: len(deps) for task, deps in needs.items()}
    children = {}
    for task, deps in needs.items():
        for dep in deps:
            children.setdefault(dep, []).append(task)
    ready = [task for task, count in waiting.items() if count == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        task = heapq.heappop(ready)
        order.append(task)
        for child in children.get(task, ()):
            waiting[child] -= 1
            if waiting[child] == 0:
                heapq.heappush(ready, child)
    done = set(order)
    return {"order": order, "blocked": sorted(task for task in needs if task not in done)}
