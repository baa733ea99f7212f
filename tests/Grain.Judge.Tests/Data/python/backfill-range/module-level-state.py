# expect: fail
# group: rerun
SEEN = {}


def process_range(events, start_date, end_date):
    for e in events:
        day = e["ingested_date"]
        if start_date <= day < end_date:
            SEEN[(day, e["user_id"])] = SEEN.get((day, e["user_id"]), 0) + 1
    return [{"user_id": u, "date": d, "n": n} for (d, u), n in SEEN.items() if start_date <= d < end_date]
