# expect: fail
# group: hidden
def prefix_counts(ops):
    root = {"n": 0, "kids": {}}
    answers = []
    for op in ops:
        node = root
        if op["op"] == "count":
            for ch in op["text"]:
                node = node["kids"].get(ch)
                if node is None:
                    break
            answers.append(0 if node is None else node["n"])
            continue
        step = 1 if op["op"] == "add" else -1
        node["n"] += step
        for ch in op["text"]:
            node = node["kids"].setdefault(ch, {"n": 0, "kids": {}})
            node["n"] += step
    return answers
