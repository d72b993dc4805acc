"""JSON for newsrec records: lossless, strict by default, fast.

>>> import newsrec, newsrec.json
>>> q = newsrec.Quote(text="no", span=newsrec.Span(9, 11), speaker="tokayev")
>>> s = newsrec.json.dumps(q)
>>> s
'{"text":"no","span":{"start":9,"end":11},"kind":"direct","speaker":"tokayev","speaker_span":null,"cue":null,"cue_span":null}'
>>> newsrec.json.loads(s, newsrec.Quote) == q
True

The shape
    Every record is a JSON object with all its fields, in the order the record
    declares them. Enums are their string values (``"direct"``); a
    :class:`~newsrec.Span` is ``{"start": 9, "end": 11}``; tuples are arrays;
    ``Article.metadata`` is an object of strings. Numbers are exact: an ``int``
    is a JSON integer and a ``Decimal`` a JSON string (``"2.5"``), so that no JSON
    parser rounds it. A date is ``"2022-01-07"`` and a datetime
    ``"2022-01-07T10:30:00+06:00"`` (ISO 8601, always with its offset).

Strict and lenient
    :func:`loads` is strict by default: unknown keys, values of the wrong type
    and broken invariants raise :class:`~newsrec.ValidationError` with every
    problem and its path (``$.quotes[2].span.end``). With ``strict=False`` it
    coerces what it can read (``"3"`` for 3, ``[0, 5]`` for a span, a float for
    a Decimal, ``"Direct"`` for ``"direct"``, a naive datetime taken as UTC) and
    drops unknown keys, warning with :class:`~newsrec.NewsrecWarning` for each
    repair: it never changes or drops data silently.

Whole-article checks (quote text equal to its span, speaker ids that exist)
are made by :func:`newsrec.validate`; :func:`loads` makes them too unless
``validate=False``.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import json as _std
import re
import sys
import warnings
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from newsrec import _convert
from newsrec._convert import RECORDS, FloatSeen, configure_converter, make_converter
from newsrec.errors import DecodeError, NewsrecWarning, Problem, ValidationError
from newsrec.validators import check

try:
    import orjson as _orjson
except ImportError:  # pragma: no cover - orjson is installed wherever it has a wheel
    _orjson = None  # type: ignore[assignment]

__all__ = [
    "configure_converter",
    "dumps",
    "from_builtins",
    "loads",
    "make_converter",
    "to_builtins",
]

T = TypeVar("T")

#: JSON nested deeper than this is refused (newsrec's own shape is 4 levels deep).
MAX_DEPTH = 64


def _check_record_type(cls: type) -> None:
    if cls not in RECORDS:
        names = ", ".join(c.__name__ for c in RECORDS)
        raise TypeError(f"{cls!r} is not a newsrec record type ({names})")


def to_builtins(record: object) -> dict[str, Any]:
    """Return ``record`` as plain JSON-ready Python data (dicts, lists, str, int).

    Args:
        record: A newsrec record.

    Raises:
        TypeError: ``record`` is not a newsrec record.

    .. versionadded:: 0.1.0
    """
    cls = type(record)
    _check_record_type(cls)
    out: dict[str, Any] = _convert.converter(strict=True, detailed=False).unstructure(record, cls)
    return out


def dumps(record: object, *, indent: int | None = None) -> str:
    """Serialize a record to a JSON string.

    Args:
        record: A newsrec record.
        indent: Indent nested objects by this many spaces; compact by default.

    Returns:
        The JSON text; any Unicode is written as itself, not as escapes.

    Raises:
        TypeError: ``record`` is not a newsrec record.
        ValidationError: a string holds a high surrogate right before a low
            one as two code points (``"\\ud800\\udc9c"`` in Python). JSON
            reads that pair as one character, so no JSON text gives it back.

    .. versionadded:: 0.1.0
    """
    data = to_builtins(record)
    if _orjson is not None and indent is None:
        try:
            return _orjson.dumps(data).decode()
        except TypeError:  # an integer over 64 bits, or a lone surrogate: see below
            pass
    if indent is None:
        out = _std.dumps(data, ensure_ascii=False, separators=(",", ":"))
    else:
        out = _std.dumps(data, ensure_ascii=False, indent=indent)
    # A lone surrogate (from text decoded with "surrogateescape", say) cannot be
    # written as UTF-8: write it as a \uXXXX escape, which JSON allows and reads back.
    # Surrogates are never JSON syntax, so a pair in ``out`` is a pair in one string.
    if _SURROGATE_PAIR.search(out) is not None:
        _refuse_pairs(data, type(record).__name__)
    return _SURROGATE.sub(_escape, out)


_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")


def _refuse_pairs(data: Any, what: str) -> None:
    """Raise a ValidationError naming every string that holds a split surrogate pair."""
    found: list[Problem] = []
    stack: list[tuple[Any, str]] = [(data, "$")]
    while stack:
        o, path = stack.pop()
        if type(o) is str:
            m = _SURROGATE_PAIR.search(o)
            if m is not None:
                reason = (
                    f"holds U+{ord(m[0][0]):04X} then U+{ord(m[0][1]):04X} at index {m.start()},"
                    " which JSON reads back as one character"
                )
                found.append(Problem(path=path, value=m[0], reason=reason))
        elif type(o) is dict:
            stack.extend((v, f"{path}.{k}") for k, v in reversed(o.items()))
        elif type(o) is list:
            stack.extend((v, f"{path}[{i}]") for i, v in reversed(list(enumerate(o))))
    raise ValidationError(found, what=f"{what}, as JSON,")


def _escape(m: re.Match[str]) -> str:
    return f"\\u{ord(m.group()):04x}"


def _depth_ok(obj: Any, limit: int = MAX_DEPTH) -> bool:
    stack = [(obj, 1)]
    while stack:
        o, d = stack.pop()
        if d > limit:
            return False
        if type(o) is dict:
            stack.extend((v, d + 1) for v in o.values())
        elif type(o) is list:
            stack.extend((v, d + 1) for v in o)
    return True


def _decimal(literal: str) -> Decimal:
    """A JSON number with a fraction or exponent, exactly, as lenient decoding reads it."""
    try:
        return Decimal(literal)
    except InvalidOperation:  # an exponent past what Decimal holds: 1E+1000000000000000000
        shown = literal if len(literal) <= 40 else f"{literal[:37]}..."
        raise ValueError(f"the number {shown} has an exponent out of range") from None


def decode(data: str | bytes, *, exact: bool = False, lenient: bool = False) -> Any:
    """Parse JSON text into Python data, raising :class:`~newsrec.DecodeError`.

    Args:
        data: JSON text, or UTF-8 bytes.
        exact: Use the standard library, which keeps integers over 64 bits exact.
        lenient: Read numbers with a fraction as ``Decimal`` (implies exact).
    """
    if not isinstance(data, (str, bytes, bytearray, memoryview)):
        raise TypeError(f"JSON data must be str or bytes, not {type(data).__name__}")
    if _orjson is not None and not (exact or lenient):
        try:
            return _orjson.loads(data)
        except _orjson.JSONDecodeError as e:
            msg = e.msg.lower()
            if "recursion" in msg or "depth" in msg:
                raise DecodeError(f"JSON nested deeper than {MAX_DEPTH} levels") from None
            if "infinity" not in msg and "surrogate" not in msg:
                raise DecodeError(
                    f"invalid JSON: {e.msg}", line=e.lineno, column=e.colno
                ) from None
            # An integer past the range of a double, which the stdlib reads exactly (or
            # refuses past sys.get_int_max_str_digits()), or an escaped lone surrogate.
    try:
        obj = _std.loads(data, parse_float=_decimal if lenient else float)
    except _std.JSONDecodeError as e:
        raise DecodeError(f"invalid JSON: {e.msg}", line=e.lineno, column=e.colno) from None
    except UnicodeDecodeError as e:
        raise DecodeError(f"invalid UTF-8 at byte {e.start}: {e.reason}") from None
    except RecursionError:
        raise DecodeError(f"JSON nested deeper than {MAX_DEPTH} levels") from None
    except ValueError as e:  # e.g. an integer with more digits than Python converts
        if "digits" in str(e):
            limit = getattr(sys, "get_int_max_str_digits", lambda: 4300)()
            raise DecodeError(f"invalid JSON: a number with more than {limit} digits") from None
        raise DecodeError(f"invalid JSON: {e}") from None
    if not _depth_ok(obj):
        raise DecodeError(f"JSON nested deeper than {MAX_DEPTH} levels")
    return obj


def _explain(obj: Any, cls: type, strict: bool, exc: Exception) -> ValidationError:
    conv = _convert.converter(strict, detailed=True)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", NewsrecWarning)  # already warned once
            conv.structure(obj, cls)
    except Exception as detailed:  # noqa: BLE001 - every failure becomes problems
        return ValidationError(_convert.problems(detailed), what=cls.__name__)
    return ValidationError(_convert.problems(exc), what=cls.__name__)


def from_builtins(
    obj: Any, cls: type[T], *, strict: bool = True, validate: bool = True
) -> T:
    """Build a record of type ``cls`` from plain Python data (as from ``json.loads``).

    Args:
        obj: Dicts, lists, strings and integers in newsrec's JSON shape.
        cls: The record type, such as :class:`~newsrec.Article`.
        strict: See the module documentation; with False, repairs warn.
        validate: Also run the whole-article checks of :func:`newsrec.check`.

    Raises:
        ValidationError: with every problem and its path.
        TypeError: ``cls`` is not a newsrec record type.

    .. versionadded:: 0.1.0
    """
    _check_record_type(cls)
    if not isinstance(obj, dict):
        raise ValidationError(
            [Problem(path="$", value=obj, reason=f"must be an object for {cls.__name__}")],
            what=cls.__name__,
        )
    try:
        record: T = _convert.converter(strict, detailed=False).structure(obj, cls)
    except Exception as e:  # noqa: BLE001 - any failure is explained by the detailed converter
        raise _explain(obj, cls, strict, e) from None
    if validate:
        problems = check(record)
        if problems:
            raise ValidationError(problems, what=cls.__name__)
    return record


def loads(
    data: str | bytes, cls: type[T], *, strict: bool = True, validate: bool = True
) -> T:
    """Read a record of type ``cls`` from JSON text.

    ``loads(dumps(x), type(x)) == x`` for every record ``x``.

    Args:
        data: JSON text, or UTF-8 bytes.
        cls: The record type, such as :class:`~newsrec.Article`.
        strict: See the module documentation; with False, repairs warn.
        validate: Also run the whole-article checks of :func:`newsrec.check`.

    Raises:
        DecodeError: ``data`` is not JSON (with line and column).
        ValidationError: the JSON is not a valid record (with every path).
        TypeError: ``cls`` is not a newsrec record type.

    .. versionadded:: 0.1.0
    """
    _check_record_type(cls)
    obj = decode(data, lenient=not strict)
    try:
        return from_builtins(obj, cls, strict=strict, validate=validate)
    except ValidationError as e:
        # No valid record nests deeper than 5 levels, so checking the depth of the
        # documents that fail only gives the same answer as checking every document.
        if not _depth_ok(obj):
            raise DecodeError(f"JSON nested deeper than {MAX_DEPTH} levels") from None
        if _orjson is None or not strict or not any(
            isinstance(p.value, float) or "float" in p.reason for p in e.problems
        ):
            raise
    # orjson reads integers over 64 bits as floats: read the text again, exactly.
    return from_builtins(decode(data, exact=True), cls, strict=strict, validate=validate)


del FloatSeen  # used by the converters only
