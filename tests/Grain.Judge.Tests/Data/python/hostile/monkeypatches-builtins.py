# problem: event-counts
# expect: fail
# verdict: WA
import builtins
import json
import json.encoder


def count_events(events):
    json.dumps = lambda *a, **k: '{"$map":[]}'
    json.encoder.encode_basestring_ascii = lambda s: '"forged"'
    builtins.isinstance = lambda *a: True
    builtins.type = lambda *a: dict
    builtins.len = lambda *a: 0
    builtins.str = lambda *a: "forged"
    return {("forged", "x"): 1}
