"""Grain's trusted Python harness (stdlib only).

Reads a nonce and a job from stdin, imports the candidate module, calls its function with a lazy
iterator over JSONL rows and streams each result as canonical JSON frames to file descriptor 3.
Every frame starts with the nonce, so lines the candidate writes to that descriptor are detected.
Nothing is compared here: the judge compares in C#.
"""
import sys
import os
import json
import json.encoder
import resource
import time
import signal
import types
import itertools
import importlib.util

# Bind what the harness relies on before any candidate code runs: later monkeypatching of
# builtins, json or os by the candidate does not change these references.
_type = type
# Harness globals shadow the builtins they name, so patching builtins does not reach the harness.
len, int, min, open, list, getattr, callable, str, iter = len, int, min, open, list, getattr, callable, str, iter
MemoryError, SystemExit, OSError, ValueError, Exception = MemoryError, SystemExit, OSError, ValueError, Exception
_issub = issubclass
_len = len
_str_of = str.__str__
_int_of = int.__int__
_float_of = float.__float__
_float_repr = float.__repr__
_int_repr = int.__repr__
_esc = json.encoder.encode_basestring_ascii
_raw_decode = json.JSONDecoder().raw_decode


def _loads(text):
    if _type(text) is bytes:
        text = text.decode("utf-8")
    return _raw_decode(text.strip())[0]


_dict_items = dict.items
_list_iter = list.__iter__
_tuple_iter = tuple.__iter__
_write = os.write
_clock = time.process_time
_isnan = float.__ne__
_setrlimit = resource.setrlimit
_getrusage = resource.getrusage
_BaseException = BaseException
_exc_str = BaseException.__str__
_GEN = types.GeneratorType
_VIEWS = (_type({}.keys()), _type({}.values()))
_ITEMS_VIEW = _type({}.items())
_ITERATORS = (
    _GEN, map, filter, zip, enumerate, reversed,
    _type(iter([])), _type(iter(())), _type(iter({})), _type(iter({}.values())), _type(iter({}.items())),
    _type(iter(range(0))), _type(iter("")),
    itertools.chain, itertools.islice, itertools.groupby, itertools.accumulate, itertools.starmap,
    itertools.takewhile, itertools.dropwhile, itertools.compress, itertools.count, itertools.zip_longest,
    itertools.filterfalse, itertools.product, itertools.permutations, itertools.combinations, itertools.tee,
)
_INF = float("inf")


class _Reject(Exception):
    pass


def _enc(x, depth=0):
    """Canonical JSON of an accepted value; raises _Reject for anything else."""
    if depth > 200:
        raise _Reject("a value nested more than 200 levels deep")
    t = _type(x)
    if x is None:
        return "null"
    if t is bool:
        return "true" if x else "false"
    if t is str:
        return _esc(x)
    if t is int:
        return _int_repr(x)
    if t is float:
        return _fenc(x)
    if t is list or t is tuple:
        return "[" + ",".join([_enc(v, depth + 1) for v in (_list_iter(x) if t is list else _tuple_iter(x))]) + "]"
    if t is dict:
        return _map(_dict_items(x), depth)
    if t in _VIEWS or t in _ITERATORS:
        return "[" + ",".join([_enc(v, depth + 1) for v in x]) + "]"
    if t is _ITEMS_VIEW:
        return "[" + ",".join(["[" + _enc(k, depth + 1) + "," + _enc(v, depth + 1) + "]" for k, v in x]) + "]"
    if _issub(t, bool):
        return "true" if x else "false"
    if _issub(t, str):
        return _esc(_str_of(x))
    if _issub(t, int):
        return _int_repr(_int_of(x))
    if _issub(t, float):
        return _fenc(_float_of(x))
    if _issub(t, dict):
        return _map(_dict_items(x), depth)
    if _issub(t, list):
        return "[" + ",".join([_enc(v, depth + 1) for v in _list_iter(x)]) + "]"
    if _issub(t, tuple):
        return "[" + ",".join([_enc(v, depth + 1) for v in _tuple_iter(x)]) + "]"
    raise _Reject(_type_name(t))


def _fenc(x):
    if _isnan(x, x):
        return '{"$float":"nan"}'
    if x == _INF:
        return '{"$float":"inf"}'
    if x == -_INF:
        return '{"$float":"-inf"}'
    return _float_repr(x)


def _map(pairs, depth):
    return '{"$map":[' + ",".join(["[" + _enc(k, depth + 1) + "," + _enc(v, depth + 1) + "]" for k, v in pairs]) + "]}"


def _obj(d):
    """JSON object of a flat dict of str/int/None values (harness messages only)."""
    return "{" + ",".join([_esc(k) + ":" + _enc(v) for k, v in _dict_items(d)]) + "}"


def _type_name(t):
    try:
        return "a " + type.__getattribute__(t, "__name__") + " object"
    except _BaseException:
        return "an unknown object"


# Frame kinds: generated from Grain.Judge/Python/HarnessFrame.cs (HarnessFrame.PythonBlock), do not edit.
FRAME_READY = "R"  # the module loaded and defines the function
FRAME_COMPILE_ERROR = "CE"  # the module did not load: {type, message, line}
FRAME_BEGIN = "B"  # call <id> starts
FRAME_ITEM = "I"  # one item of a returned list or tuple
FRAME_PAIR = "P"  # one [key, value] of a returned dict
FRAME_VALUE = "V"  # a single returned value
FRAME_KEPT_ROWS = "M"  # <id> and the input rows as they were after the call (re-run check)
FRAME_END = "E"  # <id> finished: {kind, items, cpu_ms}
FRAME_ERROR = "X"  # <id> raised: {type, message, line, kind}
FRAME_DONE = "D"  # every call ran
# End of frame kinds.


class _Channel:
    """Buffered, nonce-framed writer on the result descriptor."""

    def __init__(self, fd, nonce, emit_limit):
        self.fd = fd
        self.prefix = nonce + " "
        self.buf = []
        self.size = 0
        self.limit = emit_limit

    def frame(self, tag, payload=""):
        line = self.prefix + tag + " " + payload + "\n"
        self.buf.append(line)
        self.size += _len(line)
        if self.size > 65536:
            self.flush()

    def flush(self):
        if self.buf:
            data = "".join(self.buf).encode("utf-8")
            self.buf = []
            self.size = 0
            view = memoryview(data)
            while view:
                n = _write(self.fd, view)
                view = view[n:]


def _rows(path, keep):
    with open(path, "rb") as f:
        for line in f:
            if line.strip():
                row = _loads(line)
                if keep is not None:
                    keep.append(row)
                yield row


def _error(exc, module_path):
    line = None
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == module_path:
            line = tb.tb_lineno
        tb = tb.tb_next
    name = _type_name(_type(exc))[2:].rsplit(" object", 1)[0].strip()
    try:
        text = _str_of(_exc_str(exc))[:300]
    except _BaseException:
        text = ""
    kind = "memory" if _issub(_type(exc), MemoryError) else "exception"
    if _issub(_type(exc), SystemExit):
        kind = "exit"
    return {"type": name, "message": text, "line": line, "kind": kind}


def _run_call(ch, fn, call, module_path, cpu_per_call, cpu_hard):
    used = _getrusage(resource.RUSAGE_SELF)
    spent = used.ru_utime + used.ru_stime
    soft = min(int(spent) + cpu_per_call + 1, cpu_hard)
    try:
        _setrlimit(resource.RLIMIT_CPU, (soft, cpu_hard))
    except _BaseException:
        pass
    cid = call["id"]
    keep = [] if call.get("keep_rows") else None
    ch.frame(FRAME_BEGIN, cid)
    ch.flush()
    start = _clock()
    items = 0
    kind = "scalar"
    try:
        rows = _rows(call["input"], keep)
        result = fn(rows, **call.get("args", {}))
        t = _type(result)
        if t is dict or (t is not str and _issub(t, dict)):
            kind = "map"
            for k, v in _dict_items(result):
                line = "[" + _enc(k) + "," + _enc(v) + "]"
                items += 1
                ch.frame(FRAME_PAIR, line)
        elif t is list or t is tuple or t in _VIEWS or t in _ITERATORS or t is _ITEMS_VIEW or (
                t is not str and (_issub(t, list) or _issub(t, tuple))):
            kind = "tuple" if (t is tuple or (t is not list and _issub(t, tuple))) else "list"
            it = _list_iter(result) if _issub(t, list) else _tuple_iter(result) if _issub(t, tuple) else result
            if t is _ITEMS_VIEW:
                it = (list(p) for p in result)
            for v in it:
                line = _enc(v)
                items += 1
                ch.frame(FRAME_ITEM, line)
        else:
            line = _enc(result)
            items = 1
            ch.frame(FRAME_VALUE, line)
    except _Reject as r:
        ch.frame(FRAME_ERROR, cid + " " + _obj({"type": "output", "message": "returned " + r.args[0], "line": None, "kind": "output"}))
        ch.flush()
        return
    except _BaseException as e:
        ch.frame(FRAME_ERROR, cid + " " + _obj(_error(e, module_path)))
        ch.flush()
        return
    cpu = int((_clock() - start) * 1000)
    if keep is not None:
        # Rows never handed out are unchanged: read them too, so the host can expect exactly the file's row count.
        try:
            for _ in rows:
                pass
        except _BaseException:
            pass
        ch.frame(FRAME_KEPT_ROWS, cid + " " + "[" + ",".join([_enc(r) for r in keep]) + "]")
    ch.frame(FRAME_END, cid + " " + _obj({"kind": kind, "items": items, "cpu_ms": cpu}))
    ch.flush()


def main():
    stdin = sys.stdin.buffer
    nonce = stdin.readline().decode("ascii").strip()
    job = _loads(stdin.readline())
    try:
        os.close(0)
    except OSError:
        pass
    ch = _Channel(3, nonce, 0)
    limits = job.get("limits", {})
    cpu_hard = int(limits.get("cpu_seconds", 10))
    cpu_per_call = int(limits.get("cpu_per_call", cpu_hard))
    for name, value in (("RLIMIT_CORE", 0), ("RLIMIT_FSIZE", limits.get("file_bytes")), ("RLIMIT_NPROC", limits.get("processes"))):
        if value is not None:
            try:
                _setrlimit(getattr(resource, name), (int(value), int(value)))
            except (ValueError, OSError):
                pass
    if limits.get("memory_bytes"):
        # Grace for the interpreter: the address space already mapped is allowed on top of the limit.
        mapped = 0
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmSize:"):
                    mapped = int(line.split()[1]) * 1024
        cap = mapped + int(limits["memory_bytes"])
        _setrlimit(resource.RLIMIT_AS, (cap, cap))
    _setrlimit(resource.RLIMIT_CPU, (cpu_hard, cpu_hard + 1))
    # The per-call soft limit raises SIGXCPU; as PID 1 of the sandbox the default action would be ignored.
    signal.signal(signal.SIGXCPU, lambda *_: os._exit(128 + 24))
    module_path = job["module"]
    try:
        spec = importlib.util.spec_from_file_location("solution", module_path)
        module = importlib.util.module_from_spec(spec)
        sys.modules["solution"] = module
        spec.loader.exec_module(module)
    except SyntaxError as e:
        ch.frame(FRAME_COMPILE_ERROR, _obj({"type": "SyntaxError", "message": _str_of(e.msg or "invalid syntax"), "line": e.lineno}))
        ch.flush()
        return
    except _BaseException as e:
        info = _error(e, module_path)
        info["message"] = "importing the module raised " + info["type"] + (": " + info["message"] if info["message"] else "")
        ch.frame(FRAME_COMPILE_ERROR, _obj(info))
        ch.flush()
        return
    fn = getattr(module, job["function"], None)
    if fn is None or not callable(fn):
        ch.frame(FRAME_COMPILE_ERROR, _obj({"type": "missing", "message": "the file defines no function " + job["function"] + "()", "line": None}))
        ch.flush()
        return
    ch.frame(FRAME_READY)
    ch.flush()
    for call in job["calls"]:
        _run_call(ch, fn, call, module_path, cpu_per_call, cpu_hard)
    try:
        sys.stdout.flush()
    except _BaseException:
        pass
    ch.frame(FRAME_DONE)
    ch.flush()


if __name__ == "__main__":
    main()
