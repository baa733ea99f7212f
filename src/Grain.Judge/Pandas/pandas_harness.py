"""Grain's trusted pandas harness.

Reads a nonce and a job from stdin, loads each case's tables from JSONL files into DataFrames with the
declared dtypes (before any timing), imports the candidate module, calls its function with one keyword
argument per table and streams the returned frame (columns, dtypes, typed rows) as nonce-framed lines
to file descriptor 3. For re-run checks it also reports whether the input frames changed during the call
and a digest of a second call's result. Nothing is compared here: the judge compares in C#.
"""
import sys
import os

# One BLAS thread: the sandbox limits processes, and the judge measures one core.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_name] = "1"

import json
import resource
import time
import signal
import hashlib
import importlib.util

_write = os.write
_clock = time.process_time
_dumps = json.JSONEncoder(ensure_ascii=True, allow_nan=False, separators=(",", ":")).encode


class _Reject(Exception):
    pass


class _Channel:
    """Buffered, nonce-framed writer on the result descriptor."""

    def __init__(self, fd, nonce):
        self.fd = fd
        self.prefix = nonce + " "
        self.buf = []
        self.size = 0

    def frame(self, tag, payload=""):
        line = self.prefix + tag + " " + payload + "\n"
        self.buf.append(line)
        self.size += len(line)
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


def _load_table(pd, path, columns):
    """A DataFrame with the declared dtypes from a JSONL file of rows (one JSON array per line)."""
    rows = []
    with open(path, "rb") as f:
        for line in f:
            if line.strip():
                rows.append(json.loads(line))
    data = {}
    for i, (name, dtype) in enumerate(columns):
        values = [r[i] for r in rows]
        if dtype == "datetime64[ns]":
            data[name] = pd.to_datetime(pd.Series(values, dtype=object), errors="raise")
        elif dtype == "float64":
            data[name] = pd.Series([float("nan") if v is None else float(v) for v in values], dtype="float64")
        elif dtype == "object":
            data[name] = pd.Series(values, dtype=object)
        else:
            data[name] = pd.Series(values, dtype=dtype)
    frame = pd.DataFrame(data, columns=[c[0] for c in columns])
    return frame


def _digest_frame(pd, frame):
    h = hashlib.sha256()
    h.update(repr((list(map(str, frame.columns)), [str(t) for t in frame.dtypes], frame.shape)).encode())
    try:
        h.update(pd.util.hash_pandas_object(frame, index=True).values.tobytes())
    except Exception:
        h.update(frame.to_csv().encode())
    return h.hexdigest()


def _digest_inputs(pd, frames):
    return ",".join(name + ":" + _digest_frame(pd, frames[name]) for name in sorted(frames))


def _is_null(v):
    if v is None:
        return True
    try:
        return bool(v != v)
    except Exception:
        return False


def _value(v, pd, np):
    """One cell as a JSON-ready value: None, bool, int, float (non-finite as a tagged object) or str."""
    if v is None or v is pd.NA or v is pd.NaT:
        return None
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (int, np.integer)):
        return int(v)
    if isinstance(v, (float, np.floating)):
        f = float(v)
        if f != f:
            return None
        if f in (float("inf"), float("-inf")):
            return {"$float": "inf" if f > 0 else "-inf"}
        return f
    if isinstance(v, str):
        return v
    if isinstance(v, pd.Timestamp):
        return v.strftime("%Y-%m-%d %H:%M:%S") if v.microsecond == 0 else v.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(v, np.datetime64):
        return None if np.isnat(v) else _value(pd.Timestamp(v), pd, np)
    import datetime
    import decimal
    if isinstance(v, datetime.datetime):
        return _value(pd.Timestamp(v), pd, np)
    if isinstance(v, datetime.date):
        return v.isoformat()
    if isinstance(v, decimal.Decimal):
        return float(v)
    if isinstance(v, pd.Timedelta):
        return str(v)
    raise _Reject("a cell holding a " + type(v).__name__ + " object")


def _serialise(result, pd, np):
    """(columns, dtypes, rows) of a returned DataFrame; raises _Reject for anything else."""
    if isinstance(result, pd.Series):
        raise _Reject("returned a pandas Series, not a DataFrame: turn it into one (series.to_frame() or series.reset_index())")
    if isinstance(result, (list, tuple)):
        raise _Reject("returned a " + type(result).__name__ + " of rows, not a DataFrame: build one with pd.DataFrame(rows, columns=[...])")
    if not isinstance(result, pd.DataFrame):
        raise _Reject("returned " + ("None" if result is None else "a " + type(result).__name__ + " object") + ", not a DataFrame")
    columns = [str(c) if not isinstance(c, tuple) else "_".join(map(str, c)) for c in result.columns]
    dtypes = [str(t) for t in result.dtypes]
    cells = []
    for i in range(result.shape[1]):
        col = result.iloc[:, i]
        if str(col.dtype).startswith("datetime64"):
            text = col.dt.strftime("%Y-%m-%d %H:%M:%S")
            cells.append([None if _is_null(t) else t for t in text.tolist()])
        else:
            cells.append([_value(v, pd, np) for v in col.tolist()])
    rows = [list(r) for r in zip(*cells)] if cells else [[] for _ in range(result.shape[0])]
    return columns, dtypes, rows


def _error(exc, module_path):
    line = None
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == module_path:
            line = tb.tb_lineno
        tb = tb.tb_next
    kind = "memory" if isinstance(exc, MemoryError) else "exit" if isinstance(exc, SystemExit) else "exception"
    try:
        text = str(exc)[:300]
    except BaseException:
        text = ""
    return {"type": type(exc).__name__, "message": text, "line": line, "kind": kind}


def _run_call(ch, pd, np, fn, call, schema, module_path, cpu_per_call, cpu_hard):
    cid = call["id"]
    frames = {t["name"]: _load_table(pd, t["file"], schema[t["name"]]) for t in call["tables"]}
    # Scale calls are only timed: their inputs are not checked for changes.
    before = None if call.get("scale") else _digest_inputs(pd, frames)
    copies = {name: frame.copy(deep=True) for name, frame in frames.items()} if call.get("rerun") else None
    used = resource.getrusage(resource.RUSAGE_SELF)
    spent = used.ru_utime + used.ru_stime
    try:
        resource.setrlimit(resource.RLIMIT_CPU, (min(int(spent) + cpu_per_call + 1, cpu_hard), cpu_hard))
    except BaseException:
        pass
    ch.frame("B", cid)
    ch.flush()
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = _clock()
    try:
        result = fn(**frames)
        cpu = int((_clock() - start) * 1000)
        grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before
        if call.get("scale"):
            # Scale calls are timed, not compared: only the kind of the result is checked.
            if not isinstance(result, pd.DataFrame):
                raise _Reject("returned " + type(result).__name__ + ", not a DataFrame")
            ch.frame("C", cid + " " + _dumps({"columns": [], "dtypes": []}))
            ch.frame("E", cid + " " + _dumps({"rows": 0, "cpu_ms": cpu, "peak_kb": grown, "input_changed": False}))
            ch.flush()
            return
        columns, dtypes, rows = _serialise(result, pd, np)
    except _Reject as r:
        ch.frame("X", cid + " " + _dumps({"type": "output", "message": r.args[0], "line": None, "kind": "output"}))
        ch.flush()
        return
    except BaseException as e:
        ch.frame("X", cid + " " + _dumps(_error(e, module_path)))
        ch.flush()
        return
    ch.frame("C", cid + " " + _dumps({"columns": columns, "dtypes": dtypes}))
    h = hashlib.sha256()
    for row in rows:
        line = _dumps(row)
        h.update(line.encode())
        ch.frame("W", line)
    end = {"rows": len(rows), "cpu_ms": cpu, "peak_kb": grown, "input_changed": _digest_inputs(pd, frames) != before}
    if copies is not None:
        try:
            again = _serialise(fn(**copies), pd, np)
            h2 = hashlib.sha256()
            for row in again[2]:
                h2.update(_dumps(row).encode())
            end["rerun_same"] = again[0] == columns and h2.hexdigest() == h.hexdigest()
        except BaseException as e:
            end["rerun_error"] = type(e).__name__ + ": " + str(e)[:200]
    ch.frame("E", cid + " " + _dumps(end))
    ch.flush()


def main():
    stdin = sys.stdin.buffer
    nonce = stdin.readline().decode("ascii").strip()
    job = json.loads(stdin.readline())
    try:
        os.close(0)
    except OSError:
        pass
    ch = _Channel(3, nonce)
    for path in job.get("paths", []):
        if path not in sys.path:
            sys.path.append(path)
    try:
        import numpy as np
        import pandas as pd
    except BaseException as e:
        ch.frame("IE", _dumps({"message": "pandas does not import in the sandbox: " + type(e).__name__ + ": " + str(e)[:200]}))
        ch.flush()
        return
    limits = job.get("limits", {})
    cpu_hard = int(limits.get("cpu_seconds", 10))
    cpu_per_call = int(limits.get("cpu_per_call", cpu_hard))
    for name, value in (("RLIMIT_CORE", 0), ("RLIMIT_FSIZE", limits.get("file_bytes")), ("RLIMIT_NPROC", limits.get("processes"))):
        if value is not None:
            try:
                resource.setrlimit(getattr(resource, name), (int(value), int(value)))
            except (ValueError, OSError):
                pass
    if limits.get("memory_bytes"):
        # Grace for the interpreter and pandas: the address space already mapped is allowed on top of the limit.
        mapped = 0
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmSize:"):
                    mapped = int(line.split()[1]) * 1024
        cap = mapped + int(limits["memory_bytes"])
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_hard, cpu_hard + 1))
    signal.signal(signal.SIGXCPU, lambda *_: os._exit(128 + 24))
    module_path = job["module"]
    try:
        spec = importlib.util.spec_from_file_location("solution", module_path)
        module = importlib.util.module_from_spec(spec)
        sys.modules["solution"] = module
        spec.loader.exec_module(module)
    except SyntaxError as e:
        ch.frame("CE", _dumps({"type": "SyntaxError", "message": str(e.msg or "invalid syntax"), "line": e.lineno}))
        ch.flush()
        return
    except BaseException as e:
        info = _error(e, module_path)
        info["message"] = "importing the module raised " + info["type"] + (": " + info["message"] if info["message"] else "")
        ch.frame("CE", _dumps(info))
        ch.flush()
        return
    fn = getattr(module, job["function"], None)
    if fn is None or not callable(fn):
        ch.frame("CE", _dumps({"type": "missing", "message": "the file defines no function " + job["function"] + "()", "line": None}))
        ch.flush()
        return
    ch.frame("R")
    ch.flush()
    schema = {name: [tuple(c) for c in cols] for name, cols in job["schema"].items()}
    for call in job["calls"]:
        _run_call(ch, pd, np, fn, call, schema, module_path, cpu_per_call, cpu_hard)
    try:
        sys.stdout.flush()
    except BaseException:
        pass
    ch.frame("D")
    ch.flush()


if __name__ == "__main__":
    main()
