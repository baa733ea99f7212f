# problem: event-counts
# expect: fail
# verdict: WA
class Anything(dict):
    pass


class Equal:
    def __eq__(self, other):
        return True

    def __hash__(self):
        return 0


def count_events(events):
    return Equal()
