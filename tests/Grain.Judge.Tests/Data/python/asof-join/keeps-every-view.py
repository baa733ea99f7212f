# expect: fail
# group: scale
# verdict: MLE
def attribute_purchases(events, max_age=3600):
    views = {}
    purchases = []
    for event in events:
        if event.get("event_type") == "view":
            views.setdefault(event["user_id"], []).append(event)
        elif event.get("event_type") == "purchase":
            purchases.append(event)
    for p in purchases:
        best = None
        for v in views.get(p["user_id"], []):
            if p["ts"] - max_age <= v["ts"] <= p["ts"]:
                best = v
        yield {"event_id": p["event_id"], "view_event_id": best and best["event_id"], "page": best and best["page"]}
