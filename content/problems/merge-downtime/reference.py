def merge_downtime(reports):
    valid = []
    for row in reports:
        start, end = row.get("start"), row.get("end")
        if start is None or end is None or end <= start:
            continue
        valid.append((start, end))
    valid.sort()
    windows = []
    for start, end in valid:
        if windows and start <= windows[-1][1]:
            if end > windows[-1][1]:
                windows[-1][1] = end
        else:
            windows.append([start, end])
    return {"windows": windows, "total_seconds": sum(end - start for start, end in windows)}
