# expect: fail
# group: example
def attribute_purchases(events, max_age=3600):
    last_view = {}
    for event in events:
        if event.get("event_type") == "view":
            last_view[event["user_id"]] = event
        elif event.get("event_type") == "purchase":
            view = last_view.get(event["user_id"])
            if view is not None and view["ts"] >= event["ts"] - max_age:
                yield {"event_id": event["event_id"], "view_event_id": view["event_id"], "page": view["page"]}
            else:
                yield {"event_id": event["event_id"], "view_event_id": None, "page": None}
