def attribute_purchases(events, max_age=3600):
    last_view = {}  # user_id -> the latest view seen so far
    held = []  # purchases of the current second, waiting for views of the same second
    current = None
    for event in events:
        ts = event["ts"]
        if held and ts != current:
            yield from _answer(held, last_view, max_age)
            held = []
        current = ts
        kind = event.get("event_type")
        if kind == "view":
            last_view[event["user_id"]] = event
        elif kind == "purchase":
            held.append(event)
    yield from _answer(held, last_view, max_age)


def _answer(held, last_view, max_age):
    for purchase in held:
        view = last_view.get(purchase["user_id"])
        if view is not None and view["ts"] >= purchase["ts"] - max_age:
            yield {"event_id": purchase["event_id"], "view_event_id": view["event_id"], "page": view["page"]}
        else:
            yield {"event_id": purchase["event_id"], "view_event_id": None, "page": None}
