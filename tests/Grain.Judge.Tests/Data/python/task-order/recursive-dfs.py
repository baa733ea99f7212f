# expect: fail
# group: hidden
def schedule(tasks):
    needs = {}
    for row in tasks:
        needs.setdefault(row["task"], set()).update(row.get("after") or [])
    state = {}
    order = []

    def visit(task):
        if state.get(task) == "done":
            return True
        if state.get(task) == "active" or task not in needs:
            return False
        state[task] = "active"
        ok = all([visit(dep) for dep in sorted(needs[task])])
        state[task] = "done" if ok else "bad"
        if ok:
            order.append(task)
        return ok

    for task in needs:
        if task not in state:
            visit(task)
    done = set(order)
    return {"order": order, "blocked": sorted(t for t in needs if t not in done)}
