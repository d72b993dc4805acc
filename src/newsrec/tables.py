"""Articles as tables: one row per quote, statistic, source, mention, date or paragraph.

Each table is a flat view of one field of :class:`~newsrec.Article`, keyed by
``article_id`` and ``item``, the item's 0-based position in that field, so
``(article_id, item)`` is unique in every table and ``quotes.speaker`` joins
``sources.source_id`` within an article. The tables and their columns are
fixed, documented and only ever grow at the end (see :func:`arrow_schema`), so
Spark, DuckDB and pandas users can read the files directly.

=============== ================================================================
``articles``    one row per article: id, title, dates, url, body and counts
``paragraphs``  one row per :attr:`~newsrec.Article.paragraphs` item
``quotes``      one row per :attr:`~newsrec.Article.quotes` item
``statistics``  one row per :attr:`~newsrec.Article.statistics` item
``sources``     one row per :attr:`~newsrec.Article.sources` item
``mentions``    one row per mention of a source (``Source.mentions``)
``dates``       one row per :attr:`~newsrec.Article.dates` item
=============== ================================================================

Values, in the rows :func:`rows` yields and in Arrow:

* spans are two ``int64`` columns, ``start`` and ``end`` (``speaker_start``,
  ``cue_end`` ...), null where the span is None;
* enums are their string values (``"direct"``);
* the numbers of a statistic (``value``, ``low``, ``high``) are **strings**
  holding the exact number (``"3000"``, ``"2.5"``): newsrec numbers are exact
  ints and Decimals of any size, which no fixed ``decimal128(p, s)`` holds.
  Cast them where you need arithmetic: ``CAST(value AS DOUBLE)`` in SQL,
  ``pd.to_numeric(df["value"])`` in pandas;
* days are ``date32``; the article's publication moment is ``date`` (its day,
  as the article states it) plus ``datetime``, a ``timestamp[us, UTC]`` that is
  null when only the day is known (the original UTC offset is kept in JSON only);
* lists of names (``authors``, ``aliases``) are ``list<string>`` and
  ``Article.metadata`` is ``map<string, string>``.

CSV (:func:`to_csv`) needs nothing but the standard library: None is an empty
cell, days and moments are ISO 8601, lists and maps are JSON text.

>>> import pathlib, newsrec, newsrec.tables
>>> art = newsrec.parse_text(pathlib.Path("examples/kazakhstan.txt").read_text(encoding="utf-8"))
>>> row = next(newsrec.tables.rows(art, "quotes"))
>>> row["article_id"], row["item"], row["text"], row["speaker"], row["start"], row["end"]
('aa02d05837c55b82', 0, 'shoot to kill without warning', 'kasim-yomart-tokayev', 98, 127)

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from newsrec.records import Article, Span

if TYPE_CHECKING:  # pragma: no cover - imported for annotations only
    import pandas as pd  # type: ignore[import-untyped,import-not-found,unused-ignore]
    import pyarrow as pa  # type: ignore[import-untyped,import-not-found,unused-ignore]

__all__ = [
    "TABLES",
    "arrow_schema",
    "columns",
    "rows",
    "to_arrow",
    "to_csv",
    "to_pandas",
    "write_parquet",
]

#: The names of the tables, in the order :func:`write_parquet` writes them.
TABLES: tuple[str, ...] = (
    "articles",
    "paragraphs",
    "quotes",
    "statistics",
    "sources",
    "mentions",
    "dates",
)

_STR, _INT, _DAY, _MOMENT, _STRS, _MAP = (
    "string",
    "int64",
    "date32",
    "timestamp[us, tz=UTC]",
    "list<string>",
    "map<string, string>",
)
# Append-only: a new column goes at the end of its table, never in the middle.
# Every table starts with its key: article_id, item (not null).
_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "articles": (
        ("article_id", _STR),
        ("title", _STR),
        ("date", _DAY),
        ("datetime", _MOMENT),
        ("url", _STR),
        ("language", _STR),
        ("authors", _STRS),
        ("body", _STR),
        ("metadata", _MAP),
        ("n_paragraphs", _INT),
        ("n_quotes", _INT),
        ("n_statistics", _INT),
        ("n_sources", _INT),
        ("n_dates", _INT),
    ),
    "paragraphs": (
        ("article_id", _STR),
        ("item", _INT),
        ("kind", _STR),
        ("start", _INT),
        ("end", _INT),
    ),
    "quotes": (
        ("article_id", _STR),
        ("item", _INT),
        ("text", _STR),
        ("kind", _STR),
        ("speaker", _STR),
        ("start", _INT),
        ("end", _INT),
        ("speaker_start", _INT),
        ("speaker_end", _INT),
        ("cue", _STR),
        ("cue_start", _INT),
        ("cue_end", _INT),
    ),
    "statistics": (
        ("article_id", _STR),
        ("item", _INT),
        ("text", _STR),
        ("start", _INT),
        ("end", _INT),
        ("value", _STR),
        ("low", _STR),
        ("high", _STR),
        ("unit", _STR),
        ("counted", _STR),
        ("qualifier", _STR),
        ("trend", _STR),
        ("source", _STR),
    ),
    "sources": (
        ("article_id", _STR),
        ("item", _INT),
        ("source_id", _STR),
        ("name", _STR),
        ("kind", _STR),
        ("role", _STR),
        ("aliases", _STRS),
        ("n_mentions", _INT),
    ),
    "mentions": (
        ("article_id", _STR),
        ("source_id", _STR),
        ("item", _INT),
        ("start", _INT),
        ("end", _INT),
    ),
    "dates": (
        ("article_id", _STR),
        ("item", _INT),
        ("text", _STR),
        ("start", _INT),
        ("end", _INT),
        ("earliest", _DAY),
        ("latest", _DAY),
        ("kind", _STR),
    ),
}
_NOT_NULL = frozenset({"article_id", "item", "source_id", "start", "end", "text", "kind", "body"})
_NOT_NULL_IN = {"articles": frozenset({"article_id", "body", "authors", "metadata"})}


def _check_table(table: str) -> tuple[tuple[str, str], ...]:
    try:
        return _COLUMNS[table]
    except (KeyError, TypeError):
        names = ", ".join(TABLES)
        raise ValueError(f"'table' must be one of {names} (got {table!r})") from None


def columns(table: str) -> tuple[str, ...]:
    """Return the column names of a table, in order.

    >>> columns("dates")
    ('article_id', 'item', 'text', 'start', 'end', 'earliest', 'latest', 'kind')

    Raises:
        ValueError: ``table`` is not one of :data:`TABLES`.

    .. versionadded:: 0.1.0
    """
    return tuple(name for name, _ in _check_table(table))


def _num(n: object) -> str | None:
    return None if n is None else str(n)


def _start(span: Span | None) -> int | None:
    return None if span is None else span.start


def _end(span: Span | None) -> int | None:
    return None if span is None else span.end


def _article_rows(a: Article) -> Iterator[dict[str, Any]]:
    moment = a.date
    if isinstance(moment, dt.datetime):
        day: dt.date | None = moment.date()
        instant: dt.datetime | None = moment
    else:
        day, instant = moment, None
    yield {
        "article_id": a.id,
        "title": a.title,
        "date": day,
        "datetime": instant,
        "url": a.url,
        "language": a.language,
        "authors": a.authors,
        "body": a.body,
        "metadata": dict(a.metadata),
        "n_paragraphs": len(a.paragraphs),
        "n_quotes": len(a.quotes),
        "n_statistics": len(a.statistics),
        "n_sources": len(a.sources),
        "n_dates": len(a.dates),
    }


def _paragraph_rows(a: Article) -> Iterator[dict[str, Any]]:
    for i, p in enumerate(a.paragraphs):
        yield {
            "article_id": a.id,
            "item": i,
            "kind": p.kind.value,
            "start": p.span.start,
            "end": p.span.end,
        }


def _quote_rows(a: Article) -> Iterator[dict[str, Any]]:
    for i, q in enumerate(a.quotes):
        yield {
            "article_id": a.id,
            "item": i,
            "text": q.text,
            "kind": q.kind.value,
            "speaker": q.speaker,
            "start": q.span.start,
            "end": q.span.end,
            "speaker_start": _start(q.speaker_span),
            "speaker_end": _end(q.speaker_span),
            "cue": q.cue,
            "cue_start": _start(q.cue_span),
            "cue_end": _end(q.cue_span),
        }


def _statistic_rows(a: Article) -> Iterator[dict[str, Any]]:
    for i, s in enumerate(a.statistics):
        yield {
            "article_id": a.id,
            "item": i,
            "text": s.text,
            "start": s.span.start,
            "end": s.span.end,
            "value": _num(s.value),
            "low": _num(s.low),
            "high": _num(s.high),
            "unit": s.unit,
            "counted": s.counted,
            "qualifier": s.qualifier.value,
            "trend": None if s.trend is None else s.trend.value,
            "source": s.source,
        }


def _source_rows(a: Article) -> Iterator[dict[str, Any]]:
    for i, s in enumerate(a.sources):
        yield {
            "article_id": a.id,
            "item": i,
            "source_id": s.id,
            "name": s.name,
            "kind": s.kind.value,
            "role": s.role,
            "aliases": s.aliases,
            "n_mentions": len(s.mentions),
        }


def _mention_rows(a: Article) -> Iterator[dict[str, Any]]:
    for s in a.sources:
        for i, m in enumerate(s.mentions):
            yield {"article_id": a.id, "source_id": s.id, "item": i, "start": m.start, "end": m.end}


def _date_rows(a: Article) -> Iterator[dict[str, Any]]:
    for i, d in enumerate(a.dates):
        yield {
            "article_id": a.id,
            "item": i,
            "text": d.text,
            "start": d.span.start,
            "end": d.span.end,
            "earliest": d.earliest,
            "latest": d.latest,
            "kind": d.kind.value,
        }


_ROWS = {
    "articles": _article_rows,
    "paragraphs": _paragraph_rows,
    "quotes": _quote_rows,
    "statistics": _statistic_rows,
    "sources": _source_rows,
    "mentions": _mention_rows,
    "dates": _date_rows,
}


def rows(article: Article, table: str) -> Iterator[dict[str, Any]]:
    """Yield the rows an article contributes to a table, as flat dicts.

    Keys are :func:`columns` in order. Values are ``str``, ``int``, None,
    :class:`datetime.date` (day columns), the article's own aware
    :class:`datetime.datetime` (``articles.datetime``, which Arrow stores as
    the same instant in UTC), a tuple of ``str`` (``authors``, ``aliases``)
    or a dict of ``str`` (``metadata``).

    Args:
        article: The article.
        table: One of :data:`TABLES`.

    Raises:
        ValueError: ``table`` is not one of :data:`TABLES`.

    .. versionadded:: 0.1.0
    """
    _check_table(table)
    return _ROWS[table](article)


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, dt.date):  # datetime too
        return value.isoformat()
    if isinstance(value, tuple):
        return json.dumps(list(value), ensure_ascii=False)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def to_csv(articles: Iterable[Article], table: str, fp: IO[str]) -> int:
    """Write one table of some articles as CSV with a header line, streaming.

    Uses only the standard :mod:`csv` module. None is an empty cell; days and
    moments are ISO 8601 (``2022-01-07``, ``2022-01-07T10:30:00+06:00``, with
    the article's own offset);
    ``authors``, ``aliases`` and ``metadata`` are JSON text. Open ``fp`` with
    ``newline=""``, as the :mod:`csv` module asks.

    Args:
        articles: The articles, read once, one at a time.
        table: One of :data:`TABLES`.
        fp: An open text file.

    Returns:
        How many rows were written, not counting the header.

    Raises:
        ValueError: ``table`` is not one of :data:`TABLES`.

    >>> import io, newsrec
    >>> out = io.StringIO()
    >>> to_csv([newsrec.parse_text("date 2022-01-07 It rose 5% since Monday.")], "dates", out)
    1
    >>> print(out.getvalue().replace("\\r\\n", "\\n"), end="")
    article_id,item,text,start,end,earliest,latest,kind
    87ad82212b335eee,0,since Monday,11,23,2022-01-03,2022-01-07,interval

    .. versionadded:: 0.1.0
    """
    names = columns(table)
    writer = csv.writer(fp)
    writer.writerow(names)
    make = _ROWS[table]
    n = 0
    for article in articles:
        for row in make(article):
            writer.writerow([_cell(row[k]) for k in names])
            n += 1
    return n


def _pyarrow() -> Any:
    try:
        import pyarrow as pa  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError as e:
        msg = "Arrow tables and Parquet files need pyarrow: pip install 'newsrec[arrow]'"
        raise ImportError(msg, name="pyarrow") from e
    return pa


def _pandas() -> Any:
    try:
        import pandas as pd  # type: ignore[import-untyped,import-not-found,unused-ignore]
        import pyarrow as pa  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: F401
    except ImportError as e:
        msg = "DataFrames need pandas and pyarrow: pip install 'newsrec[pandas]'"
        raise ImportError(msg, name=e.name) from e
    return pd


def _arrow_type(pa: Any, name: str) -> Any:
    return {
        _STR: pa.string(),
        _INT: pa.int64(),
        _DAY: pa.date32(),
        _MOMENT: pa.timestamp("us", tz="UTC"),
        _STRS: pa.list_(pa.string()),
        _MAP: pa.map_(pa.string(), pa.string()),
    }[name]


_SCHEMAS: dict[str, Any] = {}


def arrow_schema(table: str) -> pa.Schema:
    """Return the Arrow schema of a table: its column names, types and nullability.

    The schemas are stable: a column is never renamed, retyped or moved, and
    new columns are only added at the end of a table, with a changelog entry.
    The schema's metadata names the table and the schema version
    (``b"newsrec.table"``, ``b"newsrec.schema_version"``).

    The ``quotes`` table, for one (``!`` marks a column that is never null;
    every schema is listed in the how-to "Get quotes, statistics, sources and
    dates as tables")::

        article_id string!, item int64!, text string!, kind string!,
        speaker string, start int64!, end int64!, speaker_start int64,
        speaker_end int64, cue string, cue_start int64, cue_end int64

    Args:
        table: One of :data:`TABLES`.

    Raises:
        ValueError: ``table`` is not one of :data:`TABLES`.
        ImportError: pyarrow is not installed (``newsrec[arrow]``).

    .. versionadded:: 0.1.0
    """
    spec = _check_table(table)
    schema = _SCHEMAS.get(table)
    if schema is None:
        pa = _pyarrow()
        not_null = _NOT_NULL_IN.get(table, _NOT_NULL)
        fields = [
            pa.field(name, _arrow_type(pa, kind), nullable=name not in not_null)
            for name, kind in spec
        ]
        meta = {"newsrec.table": table, "newsrec.schema_version": "1"}
        schema = _SCHEMAS[table] = pa.schema(fields, metadata=meta)
    return schema


def _table(pa: Any, data: list[dict[str, Any]], schema: Any) -> Any:
    for row in data:
        if "metadata" in row:  # map columns as (key, value) pairs: every pyarrow reads those
            row["metadata"] = list(row["metadata"].items())
    return pa.Table.from_pylist(data, schema=schema)


def to_arrow(articles: Iterable[Article], table: str) -> pa.Table:
    """Return one table of some articles as an Arrow table with :func:`arrow_schema`.

    Args:
        articles: The articles.
        table: One of :data:`TABLES`.

    Raises:
        ValueError: ``table`` is not one of :data:`TABLES`.
        ImportError: pyarrow is not installed (``newsrec[arrow]``).

    .. versionadded:: 0.1.0
    """
    schema = arrow_schema(table)
    make = _ROWS[table]
    pa = _pyarrow()
    return _table(pa, [r for a in articles for r in make(a)], schema)


def to_pandas(articles: Iterable[Article], table: str) -> pd.DataFrame:
    """Return one table of some articles as a pandas DataFrame.

    The columns are Arrow-backed (:class:`pandas.ArrowDtype`), so they keep
    the types of :func:`arrow_schema`: nullable ``int64[pyarrow]`` offsets,
    ``date32[day][pyarrow]`` days, ``string[pyarrow]`` text. The index is a
    plain range.

    Args:
        articles: The articles.
        table: One of :data:`TABLES`.

    Raises:
        ValueError: ``table`` is not one of :data:`TABLES`.
        ImportError: pandas or pyarrow is not installed (``newsrec[pandas]``).

    .. versionadded:: 0.1.0
    """
    _check_table(table)
    pd = _pandas()
    return to_arrow(articles, table).to_pandas(types_mapper=pd.ArrowDtype)


def write_parquet(
    articles: Iterable[Article],
    directory: str | os.PathLike[str],
    *,
    tables: Iterable[str] = TABLES,
    batch_size: int = 1000,
) -> dict[str, int]:
    """Write tables of some articles as Parquet, in one streaming pass.

    Each table goes to ``directory/<table>/part-00000.parquet``, the layout
    :func:`newsrec.dask.write_parquet` also writes (with more parts), so either
    output reads the same way: ``pyarrow.parquet.read_table("out/quotes")``,
    ``pandas.read_parquet("out/quotes")``, DuckDB's
    ``read_parquet('out/quotes/*.parquet')``, Spark's
    ``spark.read.parquet("out/quotes")``. Rows are written every
    ``batch_size`` articles, so memory stays flat on a generator of millions.
    An existing part file is replaced.

    Args:
        articles: The articles, read once, one at a time.
        directory: Where to write; created if missing.
        tables: Which of :data:`TABLES` to write.
        batch_size: How many articles to hold before writing their rows.

    Returns:
        How many rows each table got.

    Raises:
        ValueError: a name in ``tables`` is not one of :data:`TABLES`.
        ImportError: pyarrow is not installed (``newsrec[arrow]``).

    .. versionadded:: 0.1.0
    """
    names = tuple(tables)
    schemas = {t: arrow_schema(t) for t in names}
    pa = _pyarrow()
    import pyarrow.parquet as pq  # type: ignore[import-untyped,import-not-found,unused-ignore]

    root = Path(directory)
    writers = {}
    counts = dict.fromkeys(names, 0)
    try:
        for t in names:
            (root / t).mkdir(parents=True, exist_ok=True)
            writers[t] = pq.ParquetWriter(root / t / "part-00000.parquet", schemas[t])
        batch: list[Article] = []

        def flush() -> None:
            for t in names:
                data = [r for a in batch for r in _ROWS[t](a)]
                counts[t] += len(data)
                writers[t].write_table(_table(pa, data, schemas[t]))
            batch.clear()

        for article in articles:
            batch.append(article)
            if len(batch) >= batch_size:
                flush()
        if batch:
            flush()
    finally:
        for w in writers.values():
            w.close()
    return counts
