# problem: event-counts
# expect: fail
# verdict: RTE
def count_events(events):
    for path in ("/judge/solution.py", "/usr/grain-hostile-marker", "/grain-hostile-marker"):
        with open(path, "w") as f:
            f.write("owned")
    return {}
