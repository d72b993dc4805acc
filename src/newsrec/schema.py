"""JSON Schema (draft 2020-12) of newsrec's own JSON shape, generated from the records.

The schema is built from the record classes themselves (``attrs.fields`` and
their type hints), so it follows them: add a field to a record and the schema
has it. A type the generator does not know raises :class:`TypeError` rather
than being left loose.

>>> import newsrec, newsrec.json
>>> from newsrec.schema import json_schema
>>> schema = json_schema(newsrec.Quote)
>>> schema["required"]
['text', 'span', 'kind', 'speaker', 'speaker_span', 'cue', 'cue_span']
>>> schema["$defs"]["Span"]["properties"]["start"]
{'type': 'integer', 'minimum': 0}

What it checks
    The shape :mod:`newsrec.json` writes (see its module documentation): every
    field present (``required`` lists them all) and no other
    (``additionalProperties: false``), enums as their string values, spans as
    ``{"start", "end"}`` with offsets ``>= 0``, an ``int`` as a JSON integer, a
    ``Decimal`` as a JSON string of a decimal number, a date as
    ``"2022-01-07"`` and a datetime as ISO 8601 with its offset
    (``"2022-01-07T10:30:00+06:00"``; ``pattern`` checks both, ``format`` names
    them), ids and names not blank, ``metadata`` an object of strings. Every
    record type and enum is in ``$defs``; the root is the record asked for.

What it cannot check
    What JSON Schema cannot say: that ``end >= start``, ``high >= low`` and
    ``latest >= earliest``; that spans lie inside the body and quote texts match
    it; that speakers name existing sources (:func:`newsrec.check` does all of
    that). Nor can it tell ``3.0`` from ``3``: both are the same JSON number to a
    JSON Schema validator, while :func:`newsrec.json.loads` refuses ``3.0``.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as dt
import enum
import inspect
import json as _std
import re
import types
import typing
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, get_args, get_origin, get_type_hints

import attrs

from newsrec import _validators as v
from newsrec._convert import RECORDS
from newsrec.records import _span_check

__all__ = ["DIALECT", "dumps", "json_schema", "record_type"]

DIALECT = "https://json-schema.org/draft/2020-12/schema"
"""The ``$schema`` of every schema :func:`json_schema` makes (JSON Schema draft 2020-12).

.. versionadded:: 0.1.0
"""

_DATE = r"[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])"
_TIME = r"(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\.[0-9]{1,6})?"
# isoformat() writes the offset as +HH:MM, with seconds (and microseconds) if it has them.
_OFFSET = r"[+-](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\.[0-9]{6})?)?"
_DATE_SCHEMA: dict[str, Any] = {"type": "string", "format": "date", "pattern": f"^{_DATE}$"}
_DATETIME_SCHEMA: dict[str, Any] = {
    "type": "string",
    "format": "date-time",
    "pattern": f"^{_DATE}T{_TIME}{_OFFSET}$",
}
# str(Decimal) of a finite Decimal: "2.5", "-0", "1.50", "1E+999999", "0E-30".
_DECIMAL_SCHEMA: dict[str, Any] = {
    "type": "string",
    "pattern": r"^-?[0-9]+(?:\.[0-9]+)?(?:E[+-][0-9]+)?$",
}
_NULL: dict[str, Any] = {"type": "null"}
_ROLE = re.compile(r":[a-z]+:`~?([^`]+)`")


def record_type(name: str) -> type:
    """Return the record class called ``name``, as the command line takes it.

    Args:
        name: A record class name such as ``"Article"`` (case-insensitive).

    Raises:
        ValueError: no record has that name; the message lists the names.

    Example:
        >>> record_type("article")
        <class 'newsrec.records.Article'>

    .. versionadded:: 0.1.0
    """
    for cls in RECORDS:
        if cls.__name__.lower() == name.strip().lower():
            return cls
    names = ", ".join(c.__name__ for c in RECORDS)
    raise ValueError(f"no record type called {name!r} (choose from {names})")


def json_schema(cls: type) -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of ``cls`` in newsrec's JSON shape.

    Nested records and enums are in ``$defs`` and referred to with ``$ref``.
    Every call builds a new dict, which the caller may change.

    Args:
        cls: A newsrec record type, such as :class:`~newsrec.Article`.

    Returns:
        The schema, as plain JSON-ready data.

    Raises:
        TypeError: ``cls`` is not a newsrec record type, or one of its fields
            has a type the generator does not know.

    Example:
        >>> import newsrec
        >>> schema = json_schema(newsrec.Article)
        >>> schema["$schema"], schema["additionalProperties"]
        ('https://json-schema.org/draft/2020-12/schema', False)
        >>> sorted(schema["$defs"])[:4]
        ['DateKind', 'DateMention', 'Paragraph', 'ParagraphKind']

    .. versionadded:: 0.1.0
    """
    if cls not in RECORDS:
        names = ", ".join(c.__name__ for c in RECORDS)
        raise TypeError(f"{cls!r} is not a newsrec record type ({names})")
    defs: dict[str, dict[str, Any]] = {}
    body = _record(cls, defs)
    defs.pop(cls.__name__, None)  # the root is the record itself, not a $ref to it
    out: dict[str, Any] = {
        "$schema": DIALECT,
        "$id": f"urn:newsrec:schema:{cls.__name__}",
        "title": f"newsrec {cls.__name__}",
        **body,
    }
    if defs:
        out["$defs"] = {k: defs[k] for k in sorted(defs)}
    return out


def dumps(cls: type, *, indent: int | None = 2) -> str:
    """Return :func:`json_schema` of ``cls`` as JSON text, as ``newsrec schema`` prints it.

    Args:
        cls: A newsrec record type.
        indent: Indent nested objects by this many spaces; None for one line.

    Raises:
        TypeError: ``cls`` is not a newsrec record type.

    .. versionadded:: 0.1.0
    """
    return _std.dumps(json_schema(cls), indent=indent, ensure_ascii=False)


def _summary(obj: type) -> str:
    doc = inspect.getdoc(obj) or ""
    first = doc.split("\n\n", 1)[0].replace("\n", " ").strip()
    return _ROLE.sub(r"\1", first)  # ":class:`~newsrec.Span`" -> "newsrec.Span"


def _record(cls: type, defs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    hints = get_type_hints(cls)
    props: dict[str, Any] = {}
    schema: dict[str, Any] = {
        "description": _summary(cls),
        "type": "object",
        "properties": props,
        "required": [],
        "additionalProperties": False,
    }
    defs[cls.__name__] = schema  # before the fields, so that recursion finds it
    for a in attrs.fields(cls):
        props[a.name] = _field(hints[a.name], a, defs)
        schema["required"].append(a.name)
    return schema


def _validators(a: attrs.Attribute[Any]) -> tuple[Any, ...]:
    val = a.validator
    inner = getattr(val, "_validators", None)  # attrs' and_() of a list of validators
    return tuple(inner) if inner is not None else (val,)


def _field(tp: Any, a: attrs.Attribute[Any], defs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    checks = _validators(a)
    out = _type(tp, defs)
    if v.non_empty in checks:
        out["pattern"] = r"\S"  # not empty or blank: some character str.strip() keeps
    if _span_check in checks:
        out["minimum"] = 0
    return out


def _type(tp: Any, defs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    origin = get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        return _union(get_args(tp), defs)
    if tp is type(None):
        return dict(_NULL)
    if tp is str:
        return {"type": "string"}
    if tp is int:
        return {"type": "integer"}
    if tp is Decimal:
        return dict(_DECIMAL_SCHEMA)
    if tp is dt.datetime:
        return dict(_DATETIME_SCHEMA)
    if tp is dt.date:
        return dict(_DATE_SCHEMA)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        if tp.__name__ not in defs:
            defs[tp.__name__] = {
                "description": _summary(tp),
                "type": "string",
                "enum": [m.value for m in tp],
            }
        return {"$ref": f"#/$defs/{tp.__name__}"}
    if isinstance(tp, type) and attrs.has(tp):
        if tp.__name__ not in defs:
            _record(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    args = get_args(tp)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return {"type": "array", "items": _type(args[0], defs)}
    if origin is Mapping and args == (str, str):
        return {"type": "object", "additionalProperties": {"type": "string"}}
    raise TypeError(f"newsrec.schema cannot describe the type {tp!r}")


def _union(args: tuple[Any, ...], defs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    arms = [_type(t, defs) for t in args if t is not type(None)]
    if type(None) in args:
        arms.append(dict(_NULL))
    return arms[0] if len(arms) == 1 else {"anyOf": arms}
