# expect: pass
# Correct, but sorts every event first: O(n log n) time and about twice the reference's memory. The scale memory cap
# follows the reference's measured peak, so growth and time rules decide, not a fixed address-space cap.
def dedupe(events):
    rows = list(events)
    # Best first within each id; a reversed stable sort keeps equal rows in arrival order, so the first seen wins ties.
    rows.sort(key=lambda e: (e["event_id"], e["ingested_at"], e["updated_by"] is not None), reverse=True)
    kept = []
    previous = object()
    for row in rows:
        if row["event_id"] != previous:
            kept.append(row)
            previous = row["event_id"]
    return kept
