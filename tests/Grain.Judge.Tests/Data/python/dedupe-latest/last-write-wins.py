# expect: fail
# group: example
def dedupe(events):
    return list({e["event_id"]: e for e in events}.values())
