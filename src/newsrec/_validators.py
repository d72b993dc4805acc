"""Private attrs validator factories: each returns a frozen callable with a repr."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import Any

import attrs

from newsrec.errors import FieldError, FieldTypeError


def _tname(t: type | tuple[type, ...]) -> str:
    if isinstance(t, tuple):
        return " or ".join(x.__name__ for x in t)
    return t.__name__


@attrs.frozen(repr=False)
class _Exactly:
    types: tuple[type, ...]
    optional: bool

    def __call__(self, inst: object, a: attrs.Attribute[Any], value: object) -> None:
        if value is None and self.optional:
            return
        # bool is an int subclass: never accept it where a number is meant.
        if type(value) not in self.types and (
            type(value) is bool or not isinstance(value, self.types)
        ):
            want = _tname(self.types) + (" or None" if self.optional else "")
            raise FieldTypeError(a.name, value, f"must be {want}")

    def __repr__(self) -> str:
        return f"<exactly {_tname(self.types)}{' or None' if self.optional else ''}>"


def exactly(*types: type, optional: bool = False) -> _Exactly:
    """Values of these types (never ``bool`` for a number), or None if optional."""
    return _Exactly(types, optional)


@attrs.frozen(repr=False)
class _NonEmpty:
    def __call__(self, inst: object, a: attrs.Attribute[Any], value: object) -> None:
        if type(value) is not str:
            raise FieldTypeError(a.name, value, "must be str")
        if not value.strip():
            raise FieldError(a.name, value, "must not be empty or blank")

    def __repr__(self) -> str:
        return "<non-empty str>"


non_empty = _NonEmpty()


@attrs.frozen(repr=False)
class _Member:
    enum: type[enum.Enum]
    optional: bool

    def __call__(self, inst: object, a: attrs.Attribute[Any], value: object) -> None:
        if value is None and self.optional:
            return
        if not isinstance(value, self.enum):
            choices = ", ".join(repr(m.value) for m in self.enum)
            raise FieldTypeError(a.name, value, f"must be a {self.enum.__name__} ({choices})")

    def __repr__(self) -> str:
        return f"<member of {self.enum.__name__}>"


def member(e: type[enum.Enum], *, optional: bool = False) -> _Member:
    """A member of the enum ``e`` (or None if optional)."""
    return _Member(e, optional)


@attrs.frozen(repr=False)
class _TupleOf:
    types: tuple[type, ...]

    def __call__(self, inst: object, a: attrs.Attribute[Any], value: object) -> None:
        if type(value) is not tuple:
            raise FieldTypeError(a.name, value, f"must be a tuple of {_tname(self.types)}")
        for i, item in enumerate(value):
            if not isinstance(item, self.types) or type(item) is bool:
                raise FieldTypeError(
                    f"{a.name}[{i}]", item, f"must be {_tname(self.types)}"
                )

    def __repr__(self) -> str:
        return f"<tuple of {_tname(self.types)}>"


def tuple_of(*types: type) -> _TupleOf:
    """A tuple whose items are all of ``types``."""
    return _TupleOf(types)


@attrs.frozen(repr=False)
class _Number:
    optional: bool

    def __call__(self, inst: object, a: attrs.Attribute[Any], value: object) -> None:
        if value is None and self.optional:
            return
        if type(value) is int:
            return
        if type(value) is Decimal:
            if not value.is_finite():
                raise FieldError(a.name, value, "must be a finite number")
            return
        want = "int or Decimal" + (" or None" if self.optional else "")
        raise FieldTypeError(a.name, value, f"must be {want} (never float: it is inexact)")

    def __repr__(self) -> str:
        return "<int or Decimal>"


def number(*, optional: bool = False) -> _Number:
    """An exact number: ``int`` or a finite ``Decimal``."""
    return _Number(optional)


@attrs.frozen(repr=False)
class _Moment:
    optional: bool

    def __call__(self, inst: object, a: attrs.Attribute[Any], value: object) -> None:
        if value is None and self.optional:
            return
        if isinstance(value, dt.datetime):
            if value.utcoffset() is None:
                raise FieldError(a.name, value, "must be an aware datetime (naive given)")
            return
        if not isinstance(value, dt.date):
            want = "date or aware datetime" + (" or None" if self.optional else "")
            raise FieldTypeError(a.name, value, f"must be {want}")

    def __repr__(self) -> str:
        return "<date or aware datetime>"


def moment(*, optional: bool = False) -> _Moment:
    """A ``date``, or a ``datetime`` with a time zone."""
    return _Moment(optional)


@attrs.frozen(repr=False)
class _Day:
    def __call__(self, inst: object, a: attrs.Attribute[Any], value: object) -> None:
        if value is None:
            return
        if type(value) is not dt.date:
            raise FieldTypeError(a.name, value, "must be a date (not a datetime) or None")

    def __repr__(self) -> str:
        return "<date or None>"


day = _Day()
