def process_range(events, start_date, end_date):
    counts = {}
    for event in events:
        day = event["ingested_date"]
        if start_date <= day < end_date:
            key = (day, event["user_id"])
            counts[key] = counts.get(key, 0) + 1
    return [{"user_id": user, "date": day, "n": n} for (day, user), n in counts.items()]
