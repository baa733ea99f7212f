# problem: event-counts
# expect: fail
# verdict: MLE
def count_events(events):
    hog = []
    while True:
        hog.append(bytearray(50 * 1024 * 1024))
