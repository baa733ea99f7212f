# expect: fail
# group: rerun
def flatten(records, sep=".", max_depth=None):
    for record in records:
        _flatten_in_place(record, sep)
        yield dict(record)


def _flatten_in_place(record, sep):
    for key in list(record):
        value = record[key]
        if isinstance(value, list):
            value = {str(i): v for i, v in enumerate(value)}
        if isinstance(value, dict):
            if not value:
                record[key] = None
                continue
            del record[key]
            _flatten_in_place(value, sep)
            for child, leaf in value.items():
                record[str(key) + sep + child] = leaf
