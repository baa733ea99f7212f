# expect: fail
# group: hidden
# verdict: TLE
def merge_downtime(reports):
    windows = []
    for r in reports:
        start, end = r.get("start"), r.get("end")
        if start is None or end is None or end <= start:
            continue
        keep = []
        for s, e in windows:
            if s <= end and start <= e:
                start, end = min(s, start), max(e, end)
            else:
                keep.append([s, e])
        keep.append([start, end])
        windows = keep
    windows.sort()
    return {"windows": windows, "total_seconds": sum(e - s for s, e in windows)}
