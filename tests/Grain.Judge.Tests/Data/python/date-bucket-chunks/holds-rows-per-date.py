# expect: fail
# group: scale
# verdict: MLE
import datetime


def plan_chunks(rows, max_rows=1000):
    by_day = {}
    for row in rows:
        ts = row.get("ts")
        try:
            if not isinstance(ts, int) or isinstance(ts, bool):
                raise OverflowError
            day = (datetime.date(1970, 1, 1) + datetime.timedelta(seconds=ts)).isoformat()
        except OverflowError:
            day = "__HIVE_DEFAULT_PARTITION__"
        by_day.setdefault(day, []).append(row)
    chunks = {}
    for day, day_rows in by_day.items():
        for start in range(0, len(day_rows), max_rows):
            part = day_rows[start:start + max_rows]
            chunks[f"dt={day}/part-{start // max_rows:05d}"] = [len(part), part[0].get("event_id"), part[-1].get("event_id")]
    return chunks
