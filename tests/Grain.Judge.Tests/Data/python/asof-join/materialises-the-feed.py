# expect: fail
# group: scale
# verdict: MLE
def attribute_purchases(events, max_age=3600):
    feed = list(events)
    out = []
    last_view = {}
    held = []
    for i, event in enumerate(feed):
        if held and event["ts"] != held[0]["ts"]:
            out.extend(_answer(held, last_view, max_age))
            held = []
        if event.get("event_type") == "view":
            last_view[event["user_id"]] = event
        elif event.get("event_type") == "purchase":
            held.append(event)
    out.extend(_answer(held, last_view, max_age))
    return out


def _answer(held, last_view, max_age):
    for p in held:
        v = last_view.get(p["user_id"])
        if v is not None and v["ts"] >= p["ts"] - max_age:
            yield {"event_id": p["event_id"], "view_event_id": v["event_id"], "page": v["page"]}
        else:
            yield {"event_id": p["event_id"], "view_event_id": None, "page": None}
