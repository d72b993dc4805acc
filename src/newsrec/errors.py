"""Errors and warnings raised by newsrec.

Every exception newsrec raises on purpose derives from :class:`NewsrecError`,
and each also subclasses the builtin a caller would naturally catch, so
``except ValueError`` keeps working::

    NewsrecError
    ├── FieldError(ValueError)            one bad field of one record, at build time
    │   └── FieldTypeError(TypeError)     ... of the wrong type
    ├── ValidationError(ValueError)       one or more problems found in a record
    ├── DecodeError(ValueError)           data that is not valid JSON / JSON Lines
    │   └── JSONLError                    bad lines of a JSON Lines stream
    └── InputError(ValueError)            text newsrec cannot read (e.g. too large)

    NewsrecWarning(UserWarning)           a lenient repair, or a broken quotation mark

Each error carries the place it happened (``path``, in the ``$.quotes[2].speaker``
form, or a line number) and the offending ``value`` as attributes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs

__all__ = [
    "DecodeError",
    "FieldError",
    "FieldTypeError",
    "InputError",
    "JSONLError",
    "NewsrecError",
    "NewsrecWarning",
    "Problem",
    "ValidationError",
]

_MISSING: Any = object()


class NewsrecError(Exception):
    """The root of every error newsrec raises on purpose.

    .. versionadded:: 0.1.0
    """


class FieldError(NewsrecError, ValueError):
    """A record was built with a field value that breaks one of its invariants.

    Args:
        name: The field's name.
        value: The offending value.
        reason: Why it is wrong, completing "'<name>' must ...".

    .. versionadded:: 0.1.0
    """

    def __init__(self, name: str, value: object, reason: str) -> None:
        self.name = name
        self.value = value
        self.reason = reason
        super().__init__(f"'{name}' {reason} (got {value!r})")


class FieldTypeError(FieldError, TypeError):
    """A record was built with a field value of the wrong type.

    .. versionadded:: 0.1.0
    """


@attrs.frozen(kw_only=True)
class Problem:
    """One problem found by :func:`newsrec.check`: where, what, and why.

    .. versionadded:: 0.1.0
    """

    path: str
    """Where the problem is, as a JSON path such as ``$.quotes[2].speaker``."""
    value: Any
    """The offending value."""
    reason: str
    """Why it is a problem, as a phrase — ``"is not the id of a source"``."""

    def __str__(self) -> str:
        return f"{self.reason} (got {self.value!r}) - at {self.path}"


class ValidationError(NewsrecError, ValueError):
    """A record, or data meant to become one, has one or more problems.

    All problems are reported at once in ``problems``; the message lists
    each of them with its path.

    Args:
        problems: The problems found, at least one.
        what: What was being validated, for the first line of the message.

    .. versionadded:: 0.1.0
    """

    def __init__(self, problems: Sequence[Problem], what: str = "record") -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        n = len(self.problems)
        head = f"{what} has {n} problem{'s' if n != 1 else ''}"
        super().__init__(head + "".join(f"\n  {p}" for p in self.problems))

    @property
    def path(self) -> str:
        """The path of the first problem."""
        return self.problems[0].path if self.problems else "$"


class DecodeError(NewsrecError, ValueError):
    """Input that is not valid JSON, or not of the shape newsrec expects.

    Args:
        message: What is wrong.
        path: Where, as a JSON path (``$`` for the whole document).
        line: The 1-based line number, where the input has lines.
        column: The 1-based column, where known.

    .. versionadded:: 0.1.0
    """

    def __init__(
        self,
        message: str,
        *,
        path: str = "$",
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        self.path = path
        self.line = line
        self.column = column
        parts = [f"line {line}"] if line is not None else []
        if column is not None:
            parts.append(f"column {column}")
        if path != "$" or not parts:
            parts.append(f"at {path}")
        where = ", ".join(parts)
        super().__init__(f"{message} - {where}")


class JSONLError(DecodeError):
    """One or more lines of a JSON Lines stream could not be read.

    Raised by the strict reader at the first bad line; the lenient reader
    collects every bad line instead (see :class:`newsrec.jsonl.BadLine`).

    .. versionadded:: 0.1.0
    """

    def __init__(
        self, message: str, *, line: int, column: int | None = None, path: str = "$"
    ) -> None:
        super().__init__(message, path=path, line=line, column=column)
        where = f"line {line}" + (f", column {column}" if column is not None else "")
        self.args = (f"{where}: {message}",)


class InputError(NewsrecError, ValueError):
    """Text newsrec refuses to read, such as input over the size limit.

    .. versionadded:: 0.1.0
    """


class NewsrecWarning(UserWarning):
    """A lenient repair newsrec made, or something it could not fully read.

    Emitted (never silently) by lenient decoding (``strict=False``) and by the
    extractors for unbalanced quotation marks.

    .. versionadded:: 0.1.0
    """
