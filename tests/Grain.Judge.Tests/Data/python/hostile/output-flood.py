# problem: event-counts
# expect: fail
# verdict: OLE
def count_events(events):
    while True:
        print("spam " * 1000)
