# expect: fail
# group: hidden
# verdict: TLE
from collections import Counter


def prefix_counts(ops):
    names = Counter()
    answers = []
    for op in ops:
        if op["op"] == "add":
            names[op["text"]] += 1
        elif op["op"] == "remove":
            if names[op["text"]] > 0:
                names[op["text"]] -= 1
        else:
            answers.append(sum(c for name, c in names.items() if name.startswith(op["text"])))
    return answers
