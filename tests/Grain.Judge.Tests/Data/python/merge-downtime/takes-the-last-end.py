# expect: fail
# group: hidden
def merge_downtime(reports):
    valid = sorted((r["start"], r["end"]) for r in reports
                   if r.get("start") is not None and r.get("end") is not None and r["end"] > r["start"])
    windows = []
    for start, end in valid:
        if windows and start <= windows[-1][1]:
            windows[-1][1] = end
        else:
            windows.append([start, end])
    return {"windows": windows, "total_seconds": sum(e - s for s, e in windows)}
