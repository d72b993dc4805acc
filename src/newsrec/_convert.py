"""The cattrs converters behind newsrec's JSON formats (private).

The JSON shape, documented in ``newsrec.json``: records are objects with every
field; enums are their string values; spans are ``{"start", "end"}``; ``int``
values are JSON integers and ``Decimal`` values JSON strings (so no JSON
parser can round them); dates and datetimes are ISO 8601 strings; tuples are
arrays; metadata is an object of strings.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import warnings
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar, get_args, get_origin

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from dateutil import parser as du_parser

from newsrec._frozen import FrozenMap
from newsrec.errors import FieldError, NewsrecWarning, Problem
from newsrec.records import (
    Article,
    DateKind,
    DateMention,
    Paragraph,
    ParagraphKind,
    Qualifier,
    Quote,
    QuoteKind,
    Source,
    SourceKind,
    Span,
    Statistic,
    Trend,
)

T = TypeVar("T")

RECORDS: tuple[type, ...] = (Span, Paragraph, Source, Quote, Statistic, DateMention, Article)
ENUMS: tuple[type[enum.Enum], ...] = (
    DateKind, ParagraphKind, Qualifier, QuoteKind, SourceKind, Trend
)
_NUMBER = int | Decimal | None
_MOMENT = dt.date | dt.datetime | None


class Bad(Exception):  # noqa: N818 - carried inside cattrs' error groups
    """A leaf value a hook refuses, with the reason."""

    def __init__(self, value: object, reason: str) -> None:
        self.value = value
        self.reason = reason
        super().__init__(reason)


class FloatSeen(Bad):
    """A float where newsrec's JSON has none.

    Either the data is wrong, or orjson read an integer over 64 bits as a
    float: the caller re-reads the document exactly before it reports an error.
    """

    def __init__(self, value: object) -> None:
        super().__init__(value, "must not be a float (newsrec writes exact numbers)")


def _type_name(v: object) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}.get(
        type(v), type(v).__name__
    )


def _repair(what: str) -> None:
    warnings.warn(f"lenient decoding: {what}", NewsrecWarning, stacklevel=2)


# -- leaves ----------------------------------------------------------------------------------


def _str(v: Any, _: Any) -> str:
    if type(v) is str:
        return v
    if type(v) is float:
        raise FloatSeen(v)
    raise Bad(v, f"must be a string, not {_type_name(v)}")


def _str_lax(v: Any, _: Any) -> str:
    if type(v) is str:
        return v
    if isinstance(v, int | float | Decimal) and type(v) is not bool:
        _repair(f"number {v!r} read as a string")
        return str(v)
    raise Bad(v, f"must be a string, not {_type_name(v)}")


def _int(v: Any, _: Any) -> int:
    if type(v) is int:
        return v
    if type(v) is float:
        raise FloatSeen(v)
    raise Bad(v, f"must be an integer, not {_type_name(v)}")


def _int_lax(v: Any, _: Any) -> int:
    if type(v) is int:
        return v
    if type(v) in (float, Decimal) and v == int(v):
        _repair(f"number {v!r} read as an integer")
        return int(v)
    if type(v) is str:
        try:
            out = int(v.strip())
        except ValueError:
            pass
        else:
            _repair(f"string {v!r} read as an integer")
            return out
    raise Bad(v, f"must be an integer, not {_type_name(v)}")


def _decimal(s: str) -> Decimal:
    try:
        d = Decimal(s)
    except (InvalidOperation, ValueError):
        raise Bad(s, "must be a decimal number written as a string, such as \"2.5\"") from None
    if not d.is_finite():
        raise Bad(s, "must be a finite number")
    return d


def _number(v: Any, _: Any) -> int | Decimal | None:
    t = type(v)
    if t is int or v is None:
        return v  # type: ignore[no-any-return]
    if t is str:
        return _decimal(v)
    if t is float:
        raise FloatSeen(v)
    raise Bad(v, f"must be an integer, a decimal string or null, not {_type_name(v)}")


def _number_lax(v: Any, _: Any) -> int | Decimal | None:
    if type(v) is Decimal:
        _repair(f"JSON number {v} read as Decimal('{v}')")
        return _decimal(str(v))
    if type(v) is float:
        _repair(f"float {v!r} read as Decimal({str(v)!r}); floats are inexact")
        return _decimal(str(v))
    if type(v) is str:
        try:
            return _decimal(v)
        except Bad:
            cleaned = v.strip().replace(",", "")
            try:
                out = _decimal(cleaned)
            except Bad:
                pass
            else:
                _repair(f"string {v!r} read as Decimal({cleaned!r})")
                return out
    return _number(v, None)


def _iso(v: Any, want_datetime: bool | None = None) -> dt.date:
    """Read an ISO 8601 date or datetime; ``want_datetime`` None means either."""
    if type(v) is not str:
        if type(v) is float:
            raise FloatSeen(v)
        raise Bad(v, f"must be an ISO 8601 date string, not {_type_name(v)}")
    is_dt = "T" in v or " " in v.strip() or len(v) > 10
    try:
        if is_dt:
            out: dt.date = dt.datetime.fromisoformat(v)
        else:
            out = dt.date.fromisoformat(v)
    except ValueError:
        try:
            out = du_parser.isoparse(v)
        except (ValueError, OverflowError):
            raise Bad(v, "must be an ISO 8601 date, such as \"2022-01-07\"") from None
        if not is_dt and out == dt.datetime(out.year, out.month, out.day):  # noqa: DTZ001
            out = out.date()
    if want_datetime is False and isinstance(out, dt.datetime):
        raise Bad(v, "must be a date without a time, such as \"2022-01-07\"")
    if isinstance(out, dt.datetime) and out.utcoffset() is None:
        raise Bad(v, "must have a time zone offset, such as \"+00:00\"")
    return out


def _moment(v: Any, _: Any) -> dt.date | None:
    return None if v is None else _iso(v)


def _moment_lax(v: Any, _: Any) -> dt.date | None:
    if v is None:
        return None
    try:
        return _iso(v)
    except Bad as bad:
        if type(v) is not str:
            raise
        try:
            out = du_parser.parse(v, fuzzy=False)
        except (ValueError, OverflowError):
            raise bad from None
        _repair(f"date {v!r} read as {out.isoformat()}")
    if out.utcoffset() is None:
        _repair(f"naive datetime {v!r} taken as UTC")
        out = out.replace(tzinfo=dt.timezone.utc)
    return out


def _day(v: Any, _: Any) -> dt.date | None:
    return None if v is None else _iso(v, want_datetime=False)


def _span(v: Any, _: Any) -> Span:
    if type(v) is dict and len(v) == 2:
        try:
            return Span(v["start"], v["end"])
        except KeyError:
            pass
        except FieldError:
            if type(v["start"]) is float or type(v["end"]) is float:
                raise FloatSeen(v) from None
            raise
    if type(v) is not dict:
        raise Bad(v, f"must be an object {{\"start\", \"end\"}}, not {_type_name(v)}")
    missing = [k for k in ("start", "end") if k not in v]
    if missing:
        raise Bad(v, f"is missing {', '.join(repr(k) for k in missing)}")
    extra = sorted(set(v) - {"start", "end"})
    raise Bad(v, f"has unknown keys {', '.join(repr(k) for k in extra)}")


def _span_lax(v: Any, _: Any) -> Span:
    if type(v) is list and len(v) == 2:
        _repair(f"span {v!r} read from a [start, end] pair")
        return Span(_int_lax(v[0], None), _int_lax(v[1], None))
    if type(v) is dict and set(v) > {"start", "end"}:
        _repair(f"unknown keys of span ignored: {sorted(set(v) - {'start', 'end'})}")
        v = {"start": v["start"], "end": v["end"]}
    if type(v) is dict:
        v = {k: _int_lax(x, None) for k, x in v.items()}
    return _span(v, None)


def _enum(v: Any, cls: type[enum.Enum]) -> enum.Enum:
    try:
        return cls(v)
    except ValueError:
        if type(v) is float:
            raise FloatSeen(v) from None
        choices = ", ".join(repr(m.value) for m in cls)
        raise Bad(v, f"must be one of {choices}") from None


def _enum_lax(v: Any, cls: type[enum.Enum]) -> enum.Enum:
    if type(v) is str:
        key = v.strip().lower().replace("-", "_").replace(" ", "_")
        for m in cls:
            if key in (m.value, m.name.lower()):
                if m.value != v:
                    _repair(f"{v!r} read as {m.value!r}")
                return m
    return _enum(v, cls)


def _tuple_hook(conv: cattrs.Converter, lax: bool) -> Callable[[Any], Any]:
    def factory(t: Any) -> Callable[[Any, Any], tuple[Any, ...]]:
        item_t = get_args(t)[0]
        item = conv.get_structure_hook(item_t)
        detailed = conv.detailed_validation

        def hook(v: Any, _: Any) -> tuple[Any, ...]:
            if type(v) is not list:
                if lax and type(v) is tuple:
                    v = list(v)
                else:
                    raise Bad(v, f"must be an array, not {_type_name(v)}")
            if not detailed:
                return tuple([item(x, item_t) for x in v])
            out, errors = [], []
            for i, x in enumerate(v):
                try:
                    out.append(item(x, item_t))
                except Exception as e:  # noqa: BLE001 - collected and re-raised as a group
                    note = IterableValidationNote(f"Structuring {t} @ index {i}", i, item_t)
                    # cattrs keeps note objects; add_note() takes str only, and is 3.11+.
                    e.__notes__ = [*getattr(e, "__notes__", []), note]  # type: ignore[attr-defined]
                    errors.append(e)
            if errors:
                raise IterableValidationError("errors in an array", errors, t)
            return tuple(out)

        return hook

    return factory


def _metadata(v: Any, _: Any) -> FrozenMap:
    if type(v) is not dict:
        raise Bad(v, f"must be an object of strings, not {_type_name(v)}")
    for k, x in v.items():
        if type(x) is not str:
            if type(x) is float:
                raise FloatSeen(x)
            raise Bad(x, f"must be a string (metadata[{k!r}]), not {_type_name(x)}")
    return FrozenMap(v)


def _metadata_lax(v: Any, _: Any) -> FrozenMap:
    if type(v) is dict and any(type(x) is not str for x in v.values()):
        _repair("non-string metadata values read as strings")
        v = {k: x if type(x) is str else str(x) for k, x in v.items()}
    return _metadata(v, None)


def _is_tuple(t: Any) -> bool:
    args = get_args(t)
    return get_origin(t) is tuple and len(args) == 2 and args[1] is Ellipsis


def _lax_record(conv: cattrs.Converter, cls: type[T]) -> Callable[[Any, Any], T]:
    """Drop unknown keys with a warning, then structure as usual."""
    names = frozenset(a.name for a in attrs.fields(cls))  # type: ignore[arg-type]
    inner = cattrs.gen.make_dict_structure_fn(cls, conv)

    def hook(v: Any, t: Any) -> T:
        if type(v) is dict and not names.issuperset(v):
            extra = sorted(set(v) - names)
            _repair(f"unknown keys of {cls.__name__} ignored: {extra}")
            v = {k: x for k, x in v.items() if k in names}
        return inner(v, t)

    return hook


# -- unstructuring ---------------------------------------------------------------------------


def _unstructure_number(v: int | Decimal | None) -> int | str | None:
    return v if v is None or type(v) is int else str(v)


def _unstructure_moment(v: dt.date | None) -> str | None:
    return None if v is None else v.isoformat()


def configure_converter(conv: cattrs.Converter, *, strict: bool = True) -> None:
    """Teach ``conv`` newsrec's JSON shape (see ``newsrec.json``)."""
    conv.register_unstructure_hook(Span, lambda s: {"start": s.start, "end": s.end})
    conv.register_unstructure_hook(_NUMBER, _unstructure_number)
    conv.register_unstructure_hook(Decimal, str)
    conv.register_unstructure_hook(_MOMENT, _unstructure_moment)
    conv.register_unstructure_hook(dt.date | None, _unstructure_moment)
    conv.register_unstructure_hook_func(lambda t: t == Mapping[str, str] or t is FrozenMap, dict)

    conv.register_structure_hook(str, _str if strict else _str_lax)
    conv.register_structure_hook(int, _int if strict else _int_lax)
    conv.register_structure_hook(_NUMBER, _number if strict else _number_lax)
    conv.register_structure_hook(_MOMENT, _moment if strict else _moment_lax)
    conv.register_structure_hook(dt.date | None, _day)
    conv.register_structure_hook(Span, _span if strict else _span_lax)
    conv.register_structure_hook_func(
        lambda t: t == Mapping[str, str], _metadata if strict else _metadata_lax
    )
    # By class, not by predicate: the enums are str subclasses, and the str hook would win.
    for e in ENUMS:
        conv.register_structure_hook(e, _enum if strict else _enum_lax)
    conv.register_structure_hook_factory(_is_tuple, _tuple_hook(conv, not strict))
    if not strict:
        for cls in RECORDS[1:]:
            conv.register_structure_hook(cls, _lax_record(conv, cls))


def make_converter(*, strict: bool = True, detailed: bool = False) -> cattrs.Converter:
    """Return a new converter for newsrec's JSON shape.

    Args:
        strict: Reject unknown keys and values of the wrong type; with False,
            coerce what can be read and warn (:class:`~newsrec.NewsrecWarning`).
        detailed: Collect every error with its path (slower); the fast
            converter is used first and this one only to explain a failure.
    """
    conv = cattrs.Converter(forbid_extra_keys=strict, detailed_validation=detailed)
    configure_converter(conv, strict=strict)
    return conv


@functools.cache
def converter(strict: bool, detailed: bool) -> cattrs.Converter:
    """The shared converters, built on first use (never at import time)."""
    return make_converter(strict=strict, detailed=detailed)


# -- errors ----------------------------------------------------------------------------------


def _walk(exc: BaseException, path: str, out: list[Problem]) -> None:
    if isinstance(exc, ForbiddenExtraKeysError):
        out.extend(
            Problem(path=f"{path}.{k}", value=k, reason="is not a known field")
            for k in sorted(exc.extra_fields)
        )
        return
    if isinstance(exc, ClassValidationError | IterableValidationError):
        for sub in exc.exceptions:
            _walk(sub, _extend(path, sub), out)
        return
    if isinstance(exc, Bad):
        out.append(Problem(path=path, value=exc.value, reason=exc.reason))
    elif isinstance(exc, FieldError):
        out.append(Problem(path=f"{path}.{exc.name}", value=exc.value, reason=exc.reason))
    elif isinstance(exc, KeyError):
        out.append(Problem(path=path, value=None, reason="is required but missing"))
    else:
        out.append(Problem(path=path, value=None, reason=str(exc) or type(exc).__name__))


def _extend(path: str, exc: BaseException) -> str:
    for note in getattr(exc, "__notes__", ()):
        if isinstance(note, AttributeValidationNote):
            return f"{path}.{note.name}"
        if isinstance(note, IterableValidationNote):
            return f"{path}[{note.index}]"
    return path


def problems(exc: BaseException, path: str = "$") -> list[Problem]:
    """Flatten a structuring failure into problems with JSON paths."""
    out: list[Problem] = []
    _walk(exc, path, out)
    return out
