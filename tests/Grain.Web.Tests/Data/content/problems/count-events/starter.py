def count_events(events):
    return {}
