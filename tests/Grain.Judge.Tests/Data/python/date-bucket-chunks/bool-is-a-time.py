# expect: fail
# group: fault
import datetime

DEFAULT_PARTITION = "__HIVE_DEFAULT_PARTITION__"
EPOCH = datetime.date(1970, 1, 1)


def plan_chunks(rows, max_rows=1000):
    counts = {}  # partition -> rows placed so far
    chunks = {}
    for row in rows:
        day = _day(row.get("ts"))
        placed = counts.get(day, 0)
        counts[day] = placed + 1
        path = f"dt={day}/part-{placed // max_rows:05d}"
        chunk = chunks.get(path)
        if chunk is None:
            chunks[path] = [1, row.get("event_id"), row.get("event_id")]
        else:
            chunk[0] += 1
            chunk[2] = row.get("event_id")
    return chunks


def _day(ts):
    if not isinstance(ts, int):
        return DEFAULT_PARTITION
    try:
        return (EPOCH + datetime.timedelta(seconds=ts)).isoformat()
    except OverflowError:
        return DEFAULT_PARTITION
