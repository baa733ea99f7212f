# expect: fail
# group: fault
from datetime import datetime, timezone


def process_range(events, start_date, end_date):
    counts = {}
    for e in events:
        day = datetime.fromtimestamp(e["event_ts"], tz=timezone.utc).strftime("%Y-%m-%d")
        if start_date <= day < end_date:
            counts[(day, e["user_id"])] = counts.get((day, e["user_id"]), 0) + 1
    return [{"user_id": u, "date": d, "n": n} for (d, u), n in counts.items()]
