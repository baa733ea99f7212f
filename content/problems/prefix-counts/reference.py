def prefix_counts(ops):
    root = {"n": 0, "kids": {}}
    exact = {}
    answers = []
    for op in ops:
        kind, text = op["op"], op["text"]
        if kind == "count":
            node = root
            for ch in text:
                node = node["kids"].get(ch)
                if node is None:
                    break
            answers.append(0 if node is None else node["n"])
        elif kind == "add":
            exact[text] = exact.get(text, 0) + 1
            node = root
            node["n"] += 1
            for ch in text:
                child = node["kids"].get(ch)
                if child is None:
                    child = node["kids"][ch] = {"n": 0, "kids": {}}
                node = child
                node["n"] += 1
        elif kind == "remove" and exact.get(text, 0) > 0:
            exact[text] -= 1
            node = root
            node["n"] -= 1
            for ch in text:
                node = node["kids"][ch]
                node["n"] -= 1
    return answers
