# expect: fail
# group: scale
# verdict: MLE
def process_range(events, start_date, end_date):
    rows = [e for e in events]
    counts = {}
    for e in rows:
        if start_date <= e["ingested_date"] < end_date:
            key = (e["ingested_date"], e["user_id"])
            counts[key] = counts.get(key, 0) + 1
    return [{"user_id": u, "date": d, "n": n} for (d, u), n in counts.items()]
