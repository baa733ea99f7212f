# expect: fail
# group: hidden
import datetime
import math
import re

_INT = re.compile(r"[+-]?[0-9]+")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TRUE = {"true", "t", "yes", "y", "1"}
_FALSE = {"false", "f", "no", "n", "0"}


class _Bad(Exception):
    pass


def validate(rows, schema):
    for number, row in enumerate(rows):
        clean, errors = {}, []
        for field, kind, required in schema:
            value = row.get(field)
            if _is_missing(value):
                if required:
                    errors.append([field, "missing"])
                clean[field] = None
                continue
            try:
                clean[field] = _COERCE[kind](value)
            except _Bad:
                errors.append([field, "bad_" + kind])
        if errors:
            yield ["bad", number, errors]
        else:
            yield ["ok", clean]


def _is_missing(value):
    return value is None or (isinstance(value, str) and value.strip().lower() in ("", "null"))


def _to_int(value):
    if isinstance(value, bool):
        raise _Bad
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            raise _Bad from None
        if math.isfinite(number) and number.is_integer():
            return int(number)
    raise _Bad


def _to_float(value):
    if isinstance(value, bool):
        raise _Bad
    if isinstance(value, (int, float)):
        result = float(value)
    elif isinstance(value, str):
        try:
            result = float(value.strip())
        except ValueError:
            raise _Bad from None
    else:
        raise _Bad
    if not math.isfinite(result):
        raise _Bad
    return result


def _to_bool(value):
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return value == 1
    if isinstance(value, str):
        text = value.strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
    raise _Bad


def _to_str(value):
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise _Bad


def _to_date(value):
    if isinstance(value, str) and _DATE.fullmatch(value.strip()):
        try:
            return datetime.date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            raise _Bad from None
    raise _Bad


_COERCE = {"int": _to_int, "float": _to_float, "bool": _to_bool, "str": _to_str, "date": _to_date}
