# expect: fail
# group: example
import datetime


def plan_chunks(rows, max_rows=1000):
    counts, chunks = {}, {}
    for row in rows:
        ts = row.get("ts")
        try:
            if not isinstance(ts, int) or isinstance(ts, bool):
                raise OverflowError
            day = (datetime.date(1970, 1, 1) + datetime.timedelta(seconds=ts)).isoformat()
        except OverflowError:
            day = "__HIVE_DEFAULT_PARTITION__"
        counts[day] = counts.get(day, 0) + 1
        path = f"dt={day}/part-{counts[day] // max_rows:05d}"
        if path in chunks:
            chunks[path][0] += 1
            chunks[path][2] = row.get("event_id")
        else:
            chunks[path] = [1, row.get("event_id"), row.get("event_id")]
    return chunks
