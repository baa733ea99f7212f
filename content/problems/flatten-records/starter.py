import json


def flatten(records, sep=".", max_depth=None):
    """Yield one flat dict per record, with key paths joined by sep."""
    raise NotImplementedError
