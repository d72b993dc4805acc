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
import types
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


# The most digits a lenient integer read from a JSON number with an exponent may have: the
# limit the stdlib puts on integers written out (int(Decimal("1e1000000")) takes minutes).
_MAX_INT_DIGITS = 4300


def _int_lax(v: Any, _: Any) -> int:
    if type(v) is int:
        return v
    if type(v) in (float, Decimal):
        d = Decimal(v)  # exact for a float; NaN and infinities stay what they are
        if d.is_finite() and d == d.to_integral_value():
            if d and d.adjusted() >= _MAX_INT_DIGITS:
                raise Bad(v, f"must be an integer of at most {_MAX_INT_DIGITS} digits")
            _repair(f"number {v!r} read as an integer")
            return int(d)
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
    """The shared converters, built on first use (never at import time).

    The strict, non-detailed one (the first :func:`newsrec.json.loads` and every
    :func:`newsrec.json.dumps` use) has generated fast paths; see ``install_fast_paths``.
    """
    conv = make_converter(strict=strict, detailed=detailed)
    if strict and not detailed:
        install_fast_paths(conv)
    return conv


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


# -- fast paths ------------------------------------------------------------------------------
#
# The shared strict converter structures and unstructures records with functions generated
# here, once per record class on first use, from attrs.fields(). Structuring checks every
# invariant inline that the cattrs hooks above and the records' attrs validators check
# (exact types, never bool for int, finite Decimal, non-blank ids, 0 <= start <= end,
# high >= low, latest >= earliest, aware datetimes, enum values, known keys only) and builds
# the record without running its validators again. Anything unexpected makes it give up
# (_Miss, or any other exception) and hand the same data to the cattrs function it replaces,
# which builds the record or raises the error it always raised: so the fast path can only be
# faster, never more lenient. A field whose type and validators are not all known here
# leaves its class to cattrs.


class _Miss(Exception):  # noqa: N818 - a signal, never seen outside this module
    """The fast path cannot build this record; the cattrs path decides.

    Raised as the class, so each miss is a new instance. One shared instance
    leaked: every raise of an instance links the new frames onto the traceback it
    already carries, so a module-level one held every missed input forever.
    """


def _validators(f: attrs.Attribute[Any]) -> tuple[object, ...]:
    val = f.validator
    if val is None:
        return ()
    inner = getattr(val, "_validators", None)  # attrs' and_() of a list of validators
    return tuple(inner) if inner is not None else (val,)


def _field_kind(cls: type, f: attrs.Attribute[Any], t: Any) -> tuple[str, Any] | None:
    """How the fast path reads field ``f`` of type ``t``, or None if it does not know."""
    from newsrec import _validators as v
    from newsrec import records

    vals = _validators(f)
    conv_fn: object = f.converter
    if conv_fn is not None and not (
        conv_fn is records._freeze_metadata and t == Mapping[str, str]
    ):
        return None
    table: dict[tuple[Any, tuple[object, ...]], tuple[str, Any]] = {
        (str, (v.exactly(str),)): ("str", None),
        (str, (v.non_empty,)): ("nonempty", None),
        (str | None, (v.exactly(str, optional=True),)): ("opt_str", None),
        (Span, (v.exactly(Span),)): ("span", None),
        (Span | None, (v.exactly(Span, optional=True),)): ("opt_span", None),
        (_NUMBER, (v.number(optional=True),)): ("number", None),
        (_MOMENT, (v.moment(optional=True),)): ("moment", None),
        (dt.date | None, (v.day,)): ("day", None),
        (tuple[str, ...], (v.tuple_of(str),)): ("tuple_str", None),
        (tuple[Span, ...], (v.tuple_of(Span),)): ("tuple_span", None),
        (Mapping[str, str], (records._metadata_check,)): ("metadata", None),
    }
    for e in ENUMS:
        table[(e, (v.member(e),))] = ("enum", e)
        table[(e | None, (v.member(e, optional=True),))] = ("opt_enum", e)
    for r in RECORDS[1:]:
        table[(tuple[r, ...], (v.tuple_of(r),))] = ("tuple_rec", r)  # type: ignore[valid-type]
    names = {a.name for a in attrs.fields(cls)}
    # Validators that compare two fields: known by identity, and only where they belong.
    if cls is Statistic and f.name == "high" and {"low", "high"} <= names:
        table[(_NUMBER, (v.number(optional=True), records._bounds_check))] = ("number", "low")
    if cls is DateMention and f.name == "latest" and "earliest" in names:
        table[(dt.date | None, (records._latest_check,))] = ("day", "earliest")
    try:
        return table.get((t, vals))
    except TypeError:  # an unhashable validator: not one of ours
        return None


def _span_lines(raw: str, out: str, indent: str) -> list[str]:
    """Read the span object in ``raw`` into ``out`` (Span's own checks, inline)."""
    return [
        f"{indent}if type({raw}) is not dict or len({raw}) != 2: raise _Miss",
        f"{indent}_s = {raw}['start']; _e = {raw}['end']",
        f"{indent}if type(_s) is not int or type(_e) is not int or not 0 <= _s <= _e: raise _Miss",
        f"{indent}{out} = _new(_Span); _set_start({out}, _s); _set_end({out}, _e)",
    ]


def _value_lines(kind: str, arg: Any, raw: str, out: str, ns: dict[str, Any]) -> list[str]:
    """Check the JSON value in ``raw`` and put the field value in ``out``."""
    i = "    "
    if kind == "str":
        return [f"{i}if type({raw}) is not str: raise _Miss", f"{i}{out} = {raw}"]
    if kind == "nonempty":
        return [
            f"{i}if type({raw}) is not str or not {raw}.strip(): raise _Miss",
            f"{i}{out} = {raw}",
        ]
    if kind == "opt_str":
        return [
            f"{i}if {raw} is not None and type({raw}) is not str: raise _Miss",
            f"{i}{out} = {raw}",
        ]
    if kind == "span":
        return _span_lines(raw, out, i)
    if kind == "opt_span":
        return [
            f"{i}if {raw} is None: {out} = None",
            f"{i}else:",
            *_span_lines(raw, out, i * 2),
        ]
    if kind in ("enum", "opt_enum"):
        # The lookup Enum(value) makes: a KeyError (unknown) or TypeError (unhashable) misses.
        members = f"_members_{arg.__name__}"
        ns[members] = {m.value: m for m in arg}
        if kind == "enum":
            return [f"{i}{out} = {members}[{raw}]"]
        return [f"{i}{out} = None if {raw} is None else {members}[{raw}]"]
    if kind == "number":
        return [
            f"{i}if {raw} is None or type({raw}) is int: {out} = {raw}",
            f"{i}elif type({raw}) is str: {out} = _decimal({raw})",
            f"{i}else: raise _Miss",
        ]
    if kind == "moment":
        return [f"{i}{out} = None if {raw} is None else _iso({raw})"]
    if kind == "day":
        # "2022-01-07" as newsrec writes it, inline; anything else through _iso().
        return [
            f"{i}if {raw} is None: {out} = None",
            (
                f"{i}elif type({raw}) is str and len({raw}) == 10 and 'T' not in {raw}"
                f" and ' ' not in {raw}: {out} = _date_fromiso({raw})"
            ),
            f"{i}else:",
            f"{i}    {out} = _iso({raw}, want_datetime=False)",
            f"{i}    if type({out}) is not _date: raise _Miss",
        ]
    if kind == "tuple_str":
        return [
            f"{i}if type({raw}) is not list: raise _Miss",
            f"{i}for _x in {raw}:",
            f"{i}    if type(_x) is not str: raise _Miss",
            f"{i}{out} = tuple({raw})",
        ]
    if kind == "tuple_span":
        return [
            f"{i}if type({raw}) is not list: raise _Miss",
            f"{i}_l = []",
            f"{i}for _x in {raw}:",
            *_span_lines("_x", "_y", i * 2),
            f"{i}    _l.append(_y)",
            f"{i}{out} = tuple(_l)",
        ]
    if kind == "tuple_rec":
        return [
            f"{i}if type({raw}) is not list: raise _Miss",
            f"{i}{out} = tuple(_map(_fast_{arg.__name__}, {raw}))",
        ]
    if kind == "metadata":
        return [
            f"{i}if type({raw}) is not dict: raise _Miss",
            f"{i}for _k, _x in {raw}.items():",
            f"{i}    if type(_k) is not str or type(_x) is not str: raise _Miss",
            f"{i}{out} = _FrozenMap({raw})",
        ]
    raise AssertionError(kind)  # pragma: no cover - _field_kind only gives the kinds above


def _slots(cls: type) -> dict[str, Any]:
    """The slot descriptors' setters of an attrs slotted class, by field name."""
    out = {}
    for f in attrs.fields(cls):
        descr = cls.__dict__.get(f.name)
        if not isinstance(descr, types.MemberDescriptorType):
            return {}
        out[f.name] = descr.__set__
    return out


def _structure_source(cls: type, ns: dict[str, Any]) -> list[str] | None:
    """The lines of ``_fast_<cls>(o)``, or None if a field is not known to the fast path."""
    import typing

    fields = attrs.fields(cls)
    hints = typing.get_type_hints(cls)
    setters = _slots(cls)
    if not setters or hasattr(cls, "__attrs_pre_init__") or hasattr(cls, "__attrs_post_init__"):
        return None
    name = cls.__name__
    # Fetch: with as many keys as fields (as newsrec writes them), every field must be there
    # (a missing one is a KeyError) and so no key can be unknown; otherwise count.
    full = [f"    if len(o) == {len(fields)}:"]
    partial = ["    else:", "        _n = 0"]
    convert: list[str] = []  # for the partial branch: a field may be _ABSENT
    cross: list[str] = []
    for k, f in enumerate(fields):
        kind = _field_kind(cls, f, hints[f.name])
        if kind is None or not f.init or f.alias != f.name:
            return None
        out, raw = f"a{k}", f"r{k}"
        full.append(f"        {raw} = o[{f.name!r}]")
        lines = _value_lines(*kind, raw, out, ns)
        full += ["    " + line for line in lines]
        if f.default is attrs.NOTHING:
            partial += [f"        {raw} = o[{f.name!r}]", "        _n += 1"]
            convert += lines
        else:
            partial += [
                f"        if {f.name!r} in o:",
                f"            {raw} = o[{f.name!r}]",
                "            _n += 1",
                "        else:",
                f"            {raw} = _ABSENT",
            ]
            if isinstance(f.default, attrs.Factory):  # type: ignore[arg-type]
                if f.default.takes_self:
                    return None
                ns[f"_default_{name}_{k}"] = f.default.factory
                default = f"_default_{name}_{k}()"
            else:
                ns[f"_default_{name}_{k}"] = f.default
                default = f"_default_{name}_{k}"
            convert += [f"    if {raw} is _ABSENT:", f"        {out} = {default}", "    else:"]
            convert += ["    " + line for line in lines]
        if kind[0] in ("number", "day") and kind[1] is not None:  # high >= low, latest >= ...
            other = next(j for j, g in enumerate(fields) if g.name == kind[1])
            cross.append(
                f"    if a{k} is not None and a{other} is not None and a{k} < a{other}:"
                " raise _Miss"
            )
        ns[f"_set_{name}_{k}"] = setters[f.name]
    partial.append("        if _n != len(o): raise _Miss")  # an unknown key
    partial += ["    " + line for line in convert]
    ns[f"_cls_{name}"] = cls
    return [
        f"def _fast_{name}(o):",
        "    if type(o) is not dict: raise _Miss",
        *full,
        *partial,
        *cross,
        f"    inst = _new(_cls_{name})",
        *[f"    _set_{name}_{k}(inst, a{k})" for k in range(len(fields))],
        "    return inst",
    ]


def _structure_fns() -> dict[type, Callable[[Any], Any]]:
    """Generate the fast structuring functions of the records that allow one."""
    span_set = _slots(Span)
    ns: dict[str, Any] = {
        "_Miss": _Miss,
        "_ABSENT": object(),
        "_new": object.__new__,
        "_map": map,
        "_Span": Span,
        "_set_start": span_set["start"],
        "_set_end": span_set["end"],
        "_decimal": _decimal,
        "_iso": _iso,
        "_date": dt.date,
        "_date_fromiso": dt.date.fromisoformat,
        "_FrozenMap": FrozenMap,
    }
    out: dict[type, Callable[[Any], Any]] = {}
    # Innermost first: an Article's function calls its parts' functions.
    for cls in RECORDS[1:]:
        sub: dict[str, Any] = {}
        lines = _structure_source(cls, sub)
        if lines is None or any(
            f"_fast_{r.__name__}(_x)" in "\n".join(lines) and r not in out for r in RECORDS[1:]
        ):
            continue
        ns.update(sub)
        code = compile("\n".join(lines), f"<newsrec fast structure {cls.__name__}>", "exec")
        exec(code, ns)  # noqa: S102 - our own generated source, as attrs and cattrs do
        out[cls] = ns[f"_fast_{cls.__name__}"]
    return out


def _fast_structure_hook(
    fast: Callable[[Any], T], slow: Callable[[Any, Any], T]
) -> Callable[[Any, Any], T]:
    def hook(v: Any, t: Any) -> T:
        try:
            return fast(v)
        except Exception:  # noqa: BLE001 - cattrs decides, and raises its own error
            return slow(v, t)

    return hook


def _span_fast(v: Any, t: Any) -> Span:
    if type(v) is dict and len(v) == 2:
        s = v.get("start")
        e = v.get("end")
        if type(s) is int and type(e) is int and 0 <= s <= e:
            out: Span = object.__new__(Span)
            _SPAN_SET[0](out, s)
            _SPAN_SET[1](out, e)
            return out
    return _span(v, t)


_SPAN_SET: list[Callable[[Any, Any], None]] = []


def _unstructure_source(cls: type, ns: dict[str, Any]) -> list[str] | None:
    """The lines of ``_dump_<cls>(r)``: the record as JSON-ready builtins."""
    import typing

    hints = typing.get_type_hints(cls)
    name = cls.__name__
    items = []
    pre = []
    for k, f in enumerate(attrs.fields(cls)):
        t = hints[f.name]
        get = f"r.{f.name}"
        if t is str or t == str | None:
            items.append(f"{f.name!r}: {get}")
        elif t is Span:
            pre.append(f"    s{k} = {get}")
            items.append(f"{f.name!r}: {{'start': s{k}.start, 'end': s{k}.end}}")
        elif t == Span | None:
            pre.append(f"    s{k} = {get}")
            items.append(
                f"{f.name!r}: None if s{k} is None else {{'start': s{k}.start, 'end': s{k}.end}}"
            )
        elif t in ENUMS:
            # _value_, the documented slot behind Enum.value: .value is a slow descriptor.
            items.append(f"{f.name!r}: {get}._value_")
        elif t in {e | None for e in ENUMS}:
            pre.append(f"    e{k} = {get}")
            items.append(f"{f.name!r}: None if e{k} is None else e{k}._value_")
        elif t == _NUMBER:
            pre.append(f"    n{k} = {get}")
            items.append(f"{f.name!r}: n{k} if n{k} is None or type(n{k}) is int else str(n{k})")
        elif t in (_MOMENT, dt.date | None):
            pre.append(f"    d{k} = {get}")
            items.append(f"{f.name!r}: None if d{k} is None else d{k}.isoformat()")
        elif t == tuple[str, ...]:
            items.append(f"{f.name!r}: list({get})")
        elif t == tuple[Span, ...]:
            items.append(f"{f.name!r}: [{{'start': x.start, 'end': x.end}} for x in {get}]")
        elif _is_tuple(t) and get_args(t)[0] in RECORDS[1:]:
            items.append(f"{f.name!r}: [_dump_{get_args(t)[0].__name__}(x) for x in {get}]")
        elif t == Mapping[str, str]:
            items.append(f"{f.name!r}: dict({get})")
        else:
            return None
    return [f"def _dump_{name}(r):", *pre, "    return {" + ", ".join(items) + "}"]


def _unstructure_fns() -> dict[type, Callable[[Any], dict[str, Any]]]:
    ns: dict[str, Any] = {}
    out: dict[type, Callable[[Any], dict[str, Any]]] = {}
    for cls in RECORDS[1:]:
        lines = _unstructure_source(cls, ns)
        if lines is None or any(
            f"_dump_{r.__name__}(x)" in "\n".join(lines) and r not in out for r in RECORDS[1:]
        ):
            continue
        code = compile("\n".join(lines), f"<newsrec fast unstructure {cls.__name__}>", "exec")
        exec(code, ns)  # noqa: S102 - our own generated source, as attrs and cattrs do
        out[cls] = ns[f"_dump_{cls.__name__}"]
    return out


def install_fast_paths(conv: cattrs.Converter) -> None:
    """Register the generated functions in ``conv``, a strict, non-detailed converter."""
    if not _SPAN_SET:
        setters = _slots(Span)
        _SPAN_SET.extend((setters["start"], setters["end"]))
    conv.register_structure_hook(Span, _span_fast)
    for cls, fast in _structure_fns().items():
        slow = conv.get_structure_hook(cls)
        conv.register_structure_hook(cls, _fast_structure_hook(fast, slow))
    for cls, dump in _unstructure_fns().items():
        conv.register_unstructure_hook(cls, dump)
