# expect: fail
# group: hidden
def maybe_seen(events, expected=1000, fp_rate=0.01):
    seen = set()
    for event in events:
        event_id = event.get("event_id")
        if event_id is None:
            continue
        key = str(event_id)
        if key in seen:
            yield event_id
        seen.add(key)
