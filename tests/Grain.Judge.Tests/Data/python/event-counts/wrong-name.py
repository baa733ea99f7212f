# expect: error
def count(events):
    return {}
