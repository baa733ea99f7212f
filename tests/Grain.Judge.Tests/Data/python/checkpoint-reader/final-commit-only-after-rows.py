# expect: fail
# group: hidden
import json


def resume(records, checkpoint=0, commit_every=100):
    offset = 0  # end of the current record in the file
    done = committed = checkpoint  # end of the last record handled in this run; last offset committed
    pending = 0  # rows yielded since the last commit
    for record in records:
        size = len(json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8")) + 1
        start, offset = offset, offset + size
        if offset <= checkpoint:
            continue
        done = offset
        if start < checkpoint:
            yield ["resync", offset]
            continue
        yield ["row", record.get("event_id")]
        pending += 1
        if pending == commit_every:
            yield ["commit", done]
            committed, pending = done, 0
    if pending and done > committed:
        yield ["commit", done]
    if checkpoint > offset:
        yield ["truncated", offset]
