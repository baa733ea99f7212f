# expect: fail
# group: scale
# verdict: MLE
def extract_page(rows, watermark=None, page_size=100):
    after = tuple(watermark) if watermark is not None else None
    ok = [
        row for row in rows
        if isinstance(row.get("ingested_at"), int) and not isinstance(row.get("ingested_at"), bool)
        and isinstance(row.get("event_id"), str)
    ]
    ok.sort(key=lambda row: (row["ingested_at"], row["event_id"]))
    page = [row for row in ok if after is None or (row["ingested_at"], row["event_id"]) > after][:page_size]
    last = [page[-1]["ingested_at"], page[-1]["event_id"]] if page else watermark
    return {"rows": [row["event_id"] for row in page], "watermark": last}
