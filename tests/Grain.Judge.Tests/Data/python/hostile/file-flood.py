# problem: event-counts
# expect: fail
# verdict: RTE
def count_events(events):
    with open("/tmp/grain-hostile-flood", "wb") as f:
        while True:
            f.write(b"x" * 1024 * 1024)
