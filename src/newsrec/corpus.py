"""Parse a corpus: many texts, streaming, on several processes.

:func:`parse_many` is :func:`newsrec.parse_text` for an iterable of any size:
it reads the inputs lazily, keeps a bounded amount of work in flight, so
memory stays flat on a generator of millions, and yields the articles in
input order (or as they are done, with ``ordered=False``)::

    >>> import newsrec, newsrec.corpus
    >>> texts = ["date 2022-01-07 He left.", ("She stayed.", {"id": "b"})]
    >>> [(a.id, a.body) for a in newsrec.corpus.parse_many(texts)]
    [('7ce6575d63f3ba1f', 'He left.'), ('b', 'She stayed.')]

An input that cannot be parsed raises, or, with ``on_error``, is reported as
a :class:`ParseFailure` and the rest go on::

    >>> failed = []
    >>> arts = list(newsrec.corpus.parse_many(["Fine.", 42, "Also fine."], on_error=failed.append))
    >>> len(arts), failed[0].index, type(failed[0].error).__name__
    (2, 1, 'InputError')

With ``jobs`` above 1 the work runs in a pool of worker processes started
with the ``spawn`` method, which works the same on Linux, macOS and Windows;
as with any :mod:`multiprocessing` code, a script that calls it must guard its
entry point with ``if __name__ == "__main__":``.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import collections
import collections.abc
import concurrent.futures as cf
import datetime as dt
import itertools
import multiprocessing
import os
import pickle
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import IO, Any

import attrs

from newsrec import json as _json
from newsrec._text import parse_text
from newsrec.errors import InputError, NewsrecError
from newsrec.records import Article

__all__ = ["Input", "ParseFailure", "parse_many"]

Input = str | tuple[str, Mapping[str, Any]] | Mapping[str, Any]
"""One input of :func:`parse_many`: a text; a text and the keyword arguments
of :func:`newsrec.parse_text` for it (``("...", {"id": "a1", "date": day})``);
or a mapping with the text under ``"text"`` and those arguments beside it,
as a JSON Lines corpus gives it (``{"text": "...", "id": "a1", "date":
"2022-01-07"}``), where a ``date`` may be an ISO 8601 string."""

_SNIPPET = 120
_DEFAULT_CHUNKSIZE = 16


def _rebuild_failure(
    fields: dict[str, Any], cls: type[BaseException], args: Any, state: Any
) -> ParseFailure:
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return ParseFailure(error=error, **fields)  # type: ignore[arg-type]


@attrs.frozen(kw_only=True)
class ParseFailure:
    """An input of :func:`parse_many` that could not be parsed, and why.

    .. versionadded:: 0.1.0
    """

    index: int
    """The input's 0-based position in the iterable given to :func:`parse_many`."""
    id: str | None
    """The id the input asked for, if it gave one."""
    error: Exception
    """The error, as raised - an :class:`~newsrec.InputError` for a text newsrec cannot read,
    a :class:`~newsrec.FieldError` for a bad argument (a naive datetime), or
    whatever else :func:`newsrec.parse_text` raised on it."""
    text: str
    """The start of the input (at most 120 characters), to find it by eye."""

    def __str__(self) -> str:
        where = f"input {self.index}" + (f" (id {self.id!r})" if self.id is not None else "")
        return f"{where}: {type(self.error).__name__}: {self.error}"

    def __reduce__(self) -> tuple[Any, ...]:
        # Exceptions whose __init__ takes other arguments than their message
        # (FieldError) do not unpickle by default: rebuild them without __init__.
        e = self.error
        state = dict(getattr(e, "__dict__", {}))
        fields = {"index": self.index, "id": self.id, "text": self.text}
        return (_rebuild_failure, (fields, type(e), e.args, state))


def _snippet(item: object) -> str:
    if isinstance(item, tuple) and item:
        item = item[0]
    elif isinstance(item, Mapping):
        item = item.get("text", item)
    text = item if isinstance(item, str) else repr(item)
    return text if len(text) <= _SNIPPET else text[: _SNIPPET - 1] + "…"


def _moment(value: object) -> object:
    if not isinstance(value, str):
        return value
    if len(value) == 10:
        return dt.date.fromisoformat(value)
    if value.endswith(("Z", "z")):  # Python 3.10 does not read "Z"
        value = value[:-1] + "+00:00"
    return dt.datetime.fromisoformat(value)


def _arguments(item: object) -> tuple[object, dict[str, Any]]:
    if isinstance(item, str):
        return item, {}
    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], Mapping):
        return item[0], dict(item[1])
    if isinstance(item, Mapping):
        if "text" not in item:
            raise InputError(f"an input mapping needs a 'text' key (got keys {sorted(item)!r})")
        kwargs = {k: v for k, v in item.items() if k != "text"}
        if "date" in kwargs:
            try:
                kwargs["date"] = _moment(kwargs["date"])
            except ValueError as e:
                raise InputError(f"'date' must be an ISO 8601 date or datetime ({e})") from None
        return item["text"], kwargs
    msg = (
        "an input must be a str, a (str, dict) pair or a mapping with 'text'"
        f" (got {type(item).__name__})"
    )
    raise InputError(msg)


def _given_id(item: object) -> str | None:
    kwargs = item[1] if isinstance(item, tuple) and len(item) == 2 else item
    found = kwargs.get("id") if isinstance(kwargs, Mapping) else None
    return found if isinstance(found, str) else None


def _parse_one(index: int, item: object) -> Article | ParseFailure:
    try:
        text, kwargs = _arguments(item)
        return parse_text(text, **kwargs)  # type: ignore[arg-type]
    except Exception as e:  # noqa: BLE001 - one bad input must not stop a corpus
        return ParseFailure(index=index, id=_given_id(item), error=e, text=_snippet(item))


def _portable(result: Article | ParseFailure) -> Article | ParseFailure:
    if isinstance(result, ParseFailure):
        try:
            pickle.loads(pickle.dumps(result))  # noqa: S301 - our own data, just made
        except Exception:  # noqa: BLE001 - any error that cannot travel becomes one that can
            error = NewsrecError(f"{type(result.error).__qualname__}: {result.error}")
            result = attrs.evolve(result, error=error)
    return result


def _encode(result: Article | ParseFailure) -> str | Article | ParseFailure:
    # Articles travel back as newsrec JSON, which is lossless: writing and
    # reading it costs about half of what pickling the record tree does.
    if isinstance(result, ParseFailure):
        return _portable(result)
    try:
        return _json.dumps(result)
    except Exception:  # noqa: BLE001 - pickle is the fallback, never a lost article
        return result


def _decode(result: str | Article | ParseFailure) -> Article | ParseFailure:
    if isinstance(result, str):
        # Our own output, checked when it was made: the whole-article checks are not redone.
        return _json.loads(result, Article, validate=False)
    return result


def _parse_chunk(chunk: list[tuple[int, Input]]) -> list[str | Article | ParseFailure]:
    return [_encode(_parse_one(i, item)) for i, item in chunk]


class _Progress:
    """A one-line progress report redrawn on a terminal with plain writes."""

    _EVERY = 0.2

    def __init__(self, stream: IO[str], total: int | None) -> None:
        self.stream = stream
        self.total = total
        self.done = 0
        self.failed = 0
        self.start = self.last = time.monotonic()

    def update(self, result: Article | ParseFailure) -> None:
        self.done += 1
        self.failed += isinstance(result, ParseFailure)
        now = time.monotonic()
        if now - self.last >= self._EVERY:
            self.last = now
            self.draw(now)

    def draw(self, now: float, end: str = "") -> None:
        rate = self.done / max(now - self.start, 1e-9)
        if self.total:
            count = f"{self.done:,}/{self.total:,} ({100 * self.done / self.total:.0f}%)"
        else:
            count = f"{self.done:,}"
        failed = f", {self.failed:,} failed" if self.failed else ""
        self.stream.write(f"\rnewsrec: {count} articles{failed}, {rate:,.0f}/s\x1b[K{end}")
        self.stream.flush()

    def close(self) -> None:
        self.draw(time.monotonic(), end="\n")


def _want_progress(progress: bool | None) -> bool:
    if progress is not None:
        return progress
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):  # replaced or closed stderr
        return False


def parse_many(
    texts: Iterable[Input],
    *,
    jobs: int | None = 1,
    ordered: bool = True,
    chunksize: int = _DEFAULT_CHUNKSIZE,
    progress: bool | None = None,
    on_error: Callable[[ParseFailure], None] | None = None,
) -> Iterator[Article]:
    """Parse many texts with :func:`newsrec.parse_text`, lazily, on ``jobs`` processes.

    The inputs are read as they are needed: at most ``2 * jobs`` chunks of
    ``chunksize`` inputs are in flight at a time, so a generator of millions
    of texts is parsed in flat memory. With ``jobs=1`` everything runs in
    this process, with no pool. Articles are identical whatever ``jobs``:
    ids derived from the body do not depend on which process made them.

    Without ``on_error`` the first input that fails raises its error (with a
    note naming the input's index); with it, each failing input is passed to
    ``on_error`` as a :class:`ParseFailure`, in the order results arrive, and
    the rest go on.

    Args:
        texts: The inputs (see :data:`Input`), read once.
        jobs: How many processes parse; None for one per CPU.
        ordered: Yield in input order (True) or as soon as each is done.
        chunksize: How many inputs a worker takes at a time; larger chunks
            cost less to send, smaller ones balance better.
        progress: Draw a progress line on standard error; None draws it only
            when standard error is a terminal.
        on_error: Called with each input that could not be parsed.

    Returns:
        An iterator of the articles, one per input that could be parsed. The
        work starts when it is first read; closing it (or leaving a ``for``
        loop early) stops the pool.

    Raises:
        ValueError: ``jobs`` or ``chunksize`` is below 1.
        InputError: an input cannot be read, without ``on_error``; or any
            other error :func:`newsrec.parse_text` raised on it.

    .. versionadded:: 0.1.0
    """
    if jobs is None:
        jobs = os.cpu_count() or 1
    if type(jobs) is not int or jobs < 1:
        raise ValueError(f"'jobs' must be an int >= 1 or None (got {jobs!r})")
    if type(chunksize) is not int or chunksize < 1:
        raise ValueError(f"'chunksize' must be an int >= 1 (got {chunksize!r})")
    total = len(texts) if isinstance(texts, collections.abc.Sized) else None
    bar = _Progress(sys.stderr, total) if _want_progress(progress) else None
    if jobs == 1:
        results = _inline(texts)
    else:
        results = _pooled(texts, jobs=jobs, ordered=ordered, size=chunksize)
    return _report(results, bar, on_error)


def _report(
    results: collections.abc.Generator[Article | ParseFailure, None, None],
    bar: _Progress | None,
    on_error: Callable[[ParseFailure], None] | None,
) -> Iterator[Article]:
    try:
        for result in results:
            if bar is not None:
                bar.update(result)
            if isinstance(result, ParseFailure):
                if on_error is None:
                    error = result.error
                    if hasattr(error, "add_note"):  # Python 3.11+
                        error.add_note(f"while parsing input {result.index}: {result.text!r}")
                    raise error
                on_error(result)
            else:
                yield result
    finally:
        results.close()
        if bar is not None:
            bar.close()


def _inline(
    texts: Iterable[Input],
) -> collections.abc.Generator[Article | ParseFailure, None, None]:
    for i, item in enumerate(texts):
        yield _parse_one(i, item)


def _pooled(
    texts: Iterable[Input], *, jobs: int, ordered: bool, size: int
) -> collections.abc.Generator[Article | ParseFailure, None, None]:
    numbered = enumerate(texts)
    limit = 2 * jobs

    def chunks() -> Iterator[list[tuple[int, Input]]]:
        while chunk := list(itertools.islice(numbered, size)):
            yield chunk

    todo = chunks()
    ctx = multiprocessing.get_context("spawn")
    pool = cf.ProcessPoolExecutor(max_workers=jobs, mp_context=ctx)
    try:
        if ordered:
            queue: collections.deque[cf.Future[list[str | Article | ParseFailure]]] = (
                collections.deque(
                    pool.submit(_parse_chunk, c) for c in itertools.islice(todo, limit)
                )
            )
            while queue:
                done = queue.popleft().result()
                for chunk in itertools.islice(todo, 1):
                    queue.append(pool.submit(_parse_chunk, chunk))
                yield from map(_decode, done)
        else:
            pending = {pool.submit(_parse_chunk, c) for c in itertools.islice(todo, limit)}
            while pending:
                finished, pending = cf.wait(pending, return_when=cf.FIRST_COMPLETED)
                for chunk in itertools.islice(todo, len(finished)):
                    pending.add(pool.submit(_parse_chunk, chunk))
                for future in finished:
                    yield from map(_decode, future.result())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
