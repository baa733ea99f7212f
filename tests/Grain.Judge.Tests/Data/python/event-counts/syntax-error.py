# expect: error
def count_events(events)
    return {}
