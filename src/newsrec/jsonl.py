"""JSON Lines: any number of records, one per line, in constant memory.

Each line is what :func:`newsrec.json.dumps` writes for one record.

Reading stops at the first bad line, or keeps going and reports every one::

    >>> import io, newsrec, newsrec.jsonl
    >>> data = io.StringIO(
    ...     '{"start": 0, "end": 2}\\n'
    ...     'not json\\n'
    ...     '{"start": 5, "end": 1}\\n'
    ...     '{"start": 3, "end": 4}\\n'
    ... )
    >>> result = newsrec.jsonl.read_all(data, newsrec.Span)
    >>> result.records
    (Span(start=0, end=2), Span(start=3, end=4))
    >>> [bad.line for bad in result.bad_lines]
    [2, 3]

Writing a file is atomic: the records go to a temporary file beside the
target, which replaces the target only once everything is written and flushed
to disk, so a crash never leaves a half-written file in place of the old one.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any, Generic, TypeVar

import attrs

from newsrec import json as _json
from newsrec.errors import DecodeError, JSONLError, NewsrecError, ValidationError
from newsrec.records import Article

__all__ = ["BadLine", "ReadResult", "dump", "dumps", "loads", "read", "read_all", "write"]

T = TypeVar("T")

Source = str | os.PathLike[str] | IO[str] | IO[bytes] | Iterable[str] | Iterable[bytes]
"""Where :func:`read` reads: a path, an open file (text or binary), or an iterable of lines."""

_SNIPPET = 120
# What a blank line may hold, the same for text and bytes (str.strip() would also take
# U+3000, U+0085, "\x1c" ..., which are not JSON white space: such a line is a bad line).
_WHITESPACE = b" \t\r\n\f\v"
_WHITESPACE_STR = _WHITESPACE.decode()


@attrs.frozen(kw_only=True)
class BadLine:
    """A line of a JSON Lines stream that could not be read into a record.

    .. versionadded:: 0.1.0
    """

    line: int
    """The 1-based line number."""
    error: NewsrecError
    """Why — a :class:`~newsrec.DecodeError` or a :class:`~newsrec.ValidationError`."""
    text: str
    """The start of the line (at most 120 characters), to find it by eye."""

    def __str__(self) -> str:
        return f"line {self.line}: {self.error}"


@attrs.frozen(kw_only=True)
class ReadResult(Generic[T]):
    """Everything :func:`read_all` read: the good records and the bad lines.

    .. versionadded:: 0.1.0
    """

    records: tuple[T, ...]
    """Every record read, in file order."""
    bad_lines: tuple[BadLine, ...]
    """Every line that could not be read, in file order."""

    @property
    def ok(self) -> bool:
        """True if no line was bad."""
        return not self.bad_lines


def _lines(source: Source) -> Iterator[str | bytes]:
    if isinstance(source, str | os.PathLike):
        with Path(source).open("rb") as f:
            yield from f
    else:
        yield from source


def _snippet(raw: str | bytes) -> str:
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
    text = text.rstrip("\r\n")
    return text if len(text) <= _SNIPPET else text[: _SNIPPET - 1] + "…"


def read(
    source: Source,
    cls: type[T] = Article,  # type: ignore[assignment]
    *,
    strict: bool = True,
    validate: bool = True,
    on_error: Callable[[BadLine], None] | None = None,
) -> Iterator[T]:
    """Yield the records of a JSON Lines stream one by one, in constant memory.

    Blank lines are skipped. Without ``on_error`` the first bad line raises
    :class:`~newsrec.JSONLError` with its line number; with it, each bad line
    is passed to ``on_error`` as a :class:`BadLine` and reading goes on.

    Args:
        source: A path, an open text or binary file, or an iterable of lines.
        cls: The record type of every line.
        strict: As for :func:`newsrec.json.loads`.
        validate: As for :func:`newsrec.json.loads`.
        on_error: Called with each bad line; reading continues after it.

    Raises:
        JSONLError: a bad line, if there is no ``on_error``.
        OSError: the file cannot be opened or read.

    .. versionadded:: 0.1.0
    """
    for n, raw in enumerate(_lines(source), 1):
        # Only ASCII white space makes a line blank, whether it is text or bytes.
        kept = raw.strip(_WHITESPACE) if isinstance(raw, bytes) else raw.strip(_WHITESPACE_STR)
        if not kept:
            continue
        try:
            yield _json.loads(raw, cls, strict=strict, validate=validate)
        except (DecodeError, ValidationError) as e:
            if on_error is None:
                raise _line_error(e, n) from e
            if isinstance(e, DecodeError):  # its line is the line within the line: drop it
                e = DecodeError(_message(e), column=e.column, path=e.path)
            on_error(BadLine(line=n, error=e, text=_snippet(raw)))


def _message(e: DecodeError) -> str:
    return str(e).rsplit(" - ", 1)[0]


def _line_error(e: DecodeError | ValidationError, n: int) -> JSONLError:
    if isinstance(e, ValidationError):
        return JSONLError(str(e), line=n, path=e.path)
    return JSONLError(_message(e), line=n, column=e.column, path=e.path)


def read_all(
    source: Source,
    cls: type[T] = Article,  # type: ignore[assignment]
    *,
    strict: bool = True,
    validate: bool = True,
) -> ReadResult[T]:
    """Read every good record of a JSON Lines stream and report every bad line.

    Never raises for a bad line: check :attr:`ReadResult.bad_lines`.

    Args:
        source: A path, an open text or binary file, or an iterable of lines.
        cls: The record type of every line.
        strict: As for :func:`newsrec.json.loads`.
        validate: As for :func:`newsrec.json.loads`.

    Raises:
        OSError: the file cannot be opened or read.

    .. versionadded:: 0.1.0
    """
    bad: list[BadLine] = []
    records = tuple(read(source, cls, strict=strict, validate=validate, on_error=bad.append))
    return ReadResult(records=records, bad_lines=tuple(bad))


def dump(records: Iterable[Any], fp: IO[str]) -> int:
    """Write records to an open text file, one JSON document a line.

    Returns:
        How many records were written.

    .. versionadded:: 0.1.0
    """
    n = 0
    for r in records:
        fp.write(_json.dumps(r))
        fp.write("\n")
        n += 1
    return n


def write(path: str | os.PathLike[str], records: Iterable[Any]) -> int:
    """Write records to the file at ``path`` atomically, one a line.

    The records stream to a temporary file in the same folder, which is
    flushed to disk and then renamed over ``path``. If anything fails on the
    way (a bad record, a full disk, the process killed), ``path`` keeps its
    old content and the temporary file is removed where possible.

    Returns:
        How many records were written.

    Raises:
        TypeError: a record is not a newsrec record (nothing is replaced).
        OSError: the folder is not writable.

    .. versionadded:: 0.1.0
    """
    target = Path(path)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            n = dump(records, f)
            f.flush()
            os.fsync(f.fileno())
        try:
            mode = target.stat().st_mode & 0o777
        except FileNotFoundError:
            mode = 0o644
        Path(tmp).chmod(mode)
        Path(tmp).replace(target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return n


def dumps(records: Iterable[Any]) -> str:
    """Return records as JSON Lines text (each line ends with a newline).

    .. versionadded:: 0.1.0
    """
    return "".join(_json.dumps(r) + "\n" for r in records)


def loads(
    data: str | bytes,
    cls: type[T] = Article,  # type: ignore[assignment]
    *,
    strict: bool = True,
    validate: bool = True,
) -> list[T]:
    """Read all records of JSON Lines text; the first bad line raises.

    Raises:
        JSONLError: with the line number of the first bad line.

    .. versionadded:: 0.1.0
    """
    # Lines end at "\n" only, as in a file: str.splitlines() would also split at U+2028,
    # U+0085 and other breaks that JSON strings hold as themselves.
    lines = data.split("\n") if isinstance(data, str) else data.split(b"\n")
    return list(read(lines, cls, strict=strict, validate=validate))
