"""Dask: parse a corpus on a cluster and write its tables as Parquet datasets.

Needs the ``newsrec[dask]`` extra (Dask with its DataFrame and distributed
parts, pandas and pyarrow). Everything here builds lazy Dask collections; they
run on whatever scheduler is active, a :class:`dask.distributed.Client` on a
cluster included. Every worker needs newsrec installed.

The records, the tables and their schemas are exactly those of one process:
:func:`parse_bag` calls :func:`newsrec.parse_text`, and the tables are
:mod:`newsrec.tables` with its :func:`~newsrec.tables.arrow_schema`.

A corpus in JSON Lines, one input a line (``{"id": ..., "text": ..., "date":
...}``), to a Parquet dataset per table::

    import dask.bag as db
    import newsrec.dask

    inputs = db.read_text("corpus/*.jsonl", blocksize="16MiB").map(json.loads)
    newsrec.dask.write_parquet(newsrec.dask.parse_bag(inputs), "out/")

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import operator
import os
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, cast

from newsrec import jsonl, tables
from newsrec.corpus import Input, ParseFailure, _parse_one
from newsrec.records import Article

if TYPE_CHECKING:  # pragma: no cover - imported for annotations only
    import dask.bag as db  # type: ignore[import-untyped,import-not-found,unused-ignore]
    import dask.dataframe as dd  # type: ignore[import-untyped,import-not-found,unused-ignore]
    import pandas as pd  # type: ignore[import-untyped,import-not-found,unused-ignore]

__all__ = ["parse_bag", "read_jsonl_bag", "split_failures", "to_dataframes", "write_parquet"]

_EXTRA = "pip install 'newsrec[dask]'"


def _dask() -> Any:
    try:
        import dask
        import dask.bag
        import dask.dataframe  # type: ignore[import-untyped,import-not-found,unused-ignore]
        import pandas as pd  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: F401
        import pyarrow as pa  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: F401
    except ImportError as e:
        raise ImportError(f"newsrec.dask needs {e.name}: {_EXTRA}", name=e.name) from e
    return dask


def _parse_partition(items: Iterable[Input], keep_failures: bool) -> list[Article | ParseFailure]:
    out: list[Article | ParseFailure] = []
    for i, item in enumerate(items):
        result = _parse_one(i, item)
        if isinstance(result, ParseFailure) and not keep_failures:
            error = result.error
            if hasattr(error, "add_note"):  # Python 3.11+
                error.add_note(f"while parsing {result.text!r}")
            raise error
        out.append(result)
    return out


def parse_bag(bag: db.Bag, *, keep_failures: bool = False) -> db.Bag:
    """Parse every input of a Dask bag with :func:`newsrec.parse_text`.

    Args:
        bag: A bag of inputs, each as :func:`newsrec.corpus.parse_many` takes
            them: a text, a ``(text, kwargs)`` pair, or a mapping with
            ``"text"`` such as a JSON Lines line read with :func:`json.loads`.
        keep_failures: Keep each input that cannot be parsed as a
            :class:`~newsrec.corpus.ParseFailure` in the bag (its ``index`` is
            its position in its partition), to sort out with
            :func:`split_failures`; without it, the first such input fails the
            computation with its error.

    Returns:
        A bag of :class:`~newsrec.Article`, with the partitions of ``bag``.

    Raises:
        ImportError: Dask is not installed (``newsrec[dask]``).

    .. versionadded:: 0.1.0
    """
    _dask()
    inputs: Any = bag
    return cast("db.Bag", inputs.map_partitions(_parse_partition, keep_failures))


def split_failures(bag: db.Bag) -> tuple[db.Bag, db.Bag]:
    """Split the result of ``parse_bag(..., keep_failures=True)`` in two.

    Returns:
        A bag of the articles and a bag of the
        :class:`~newsrec.corpus.ParseFailure` records.

    Raises:
        ImportError: Dask is not installed (``newsrec[dask]``).

    .. versionadded:: 0.1.0
    """
    _dask()
    records: Any = bag
    return records.filter(_is_article), records.remove(_is_article)


def _is_article(record: object) -> bool:
    return isinstance(record, Article)


def _load_lines(lines: Iterable[str], strict: bool) -> list[Article]:
    return list(jsonl.read(lines, Article, strict=strict))


def read_jsonl_bag(
    paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    *,
    blocksize: int | str | None = None,
    strict: bool = True,
) -> db.Bag:
    """Read newsrec's JSON Lines of articles (:mod:`newsrec.jsonl`) into a bag.

    Args:
        paths: A path, a glob (``"corpus/*.jsonl"``), a list of them, or any
            URL :func:`dask.bag.read_text` reads.
        blocksize: Split files into partitions of about this many bytes
            (``"64MiB"``); None for one partition per file.
        strict: As for :func:`newsrec.json.loads`.

    Returns:
        A bag of :class:`~newsrec.Article`. A bad line fails the computation
        with a :class:`~newsrec.JSONLError` whose line number counts from the
        start of its partition.

    Raises:
        ImportError: Dask is not installed (``newsrec[dask]``).

    .. versionadded:: 0.1.0
    """
    dask = _dask()
    if isinstance(paths, os.PathLike):
        paths = os.fspath(paths)
    elif not isinstance(paths, str):
        paths = [os.fspath(p) for p in paths]
    lines: Any = dask.bag.read_text(paths, blocksize=blocksize, encoding="utf-8")
    return cast("db.Bag", lines.map_partitions(_load_lines, strict))


def _partition_frames(
    articles: Iterable[Article], names: tuple[str, ...]
) -> dict[str, pd.DataFrame]:
    arts = list(articles)
    return {t: tables.to_pandas(arts, t) for t in names}


def _names(which: Iterable[str]) -> tuple[str, ...]:
    names = tuple(which)
    for t in names:
        tables.columns(t)  # raises ValueError for an unknown table
    return names


def to_dataframes(bag: db.Bag, *, tables: Iterable[str] = tables.TABLES) -> dict[str, dd.DataFrame]:
    """Turn a bag of articles into one Dask DataFrame per table.

    Each frame has the columns and types of :func:`newsrec.tables.to_pandas`
    (Arrow-backed, as :func:`newsrec.tables.arrow_schema` says), one
    partition per partition of ``bag``, and a plain index that restarts in
    each partition. The frames share their work: computed together
    (``dask.compute(*frames.values())``) each article is made once; computed
    one by one, the bag is computed again for each, so ``persist()`` it first.

    Args:
        bag: A bag of :class:`~newsrec.Article`.
        tables: Which of :data:`newsrec.tables.TABLES` to make.

    Returns:
        The frames, by table name.

    Raises:
        ValueError: a name in ``tables`` is not a table.
        ImportError: Dask is not installed (``newsrec[dask]``).

    .. versionadded:: 0.1.0
    """
    dask = _dask()
    names = _names(tables)
    delayed = dask.delayed
    articles: Any = bag
    parts = [delayed(_partition_frames)(p, names) for p in articles.to_delayed()]
    return {
        t: dask.dataframe.from_delayed(
            [delayed(operator.getitem)(p, t) for p in parts],
            meta=_meta(t),
            verify_meta=False,
        )
        for t in names
    }


def _meta(table: str) -> pd.DataFrame:
    import pandas as pd  # type: ignore[import-untyped,import-not-found,unused-ignore]

    from newsrec import tables as _tables

    return _tables.arrow_schema(table).empty_table().to_pandas(types_mapper=pd.ArrowDtype)


def write_parquet(
    bag: db.Bag,
    path: str | os.PathLike[str],
    *,
    tables: Iterable[str] = tables.TABLES,
    compute: bool = True,
) -> Any:
    """Write the tables of a bag of articles as Parquet datasets, one per table.

    Table ``t`` goes to ``path/t/``, one ``part.N.parquet`` file per
    partition, with the schema :func:`newsrec.tables.arrow_schema` gives, so
    ``pyarrow.parquet.read_table("out/quotes")``, ``pandas.read_parquet``,
    DuckDB's ``read_parquet('out/quotes/*.parquet')`` and Spark read it. All
    tables are written in one pass over the bag. ``path`` may be any URL
    Dask writes to (``s3://bucket/corpus``).

    Args:
        bag: A bag of :class:`~newsrec.Article`.
        path: The folder of the datasets.
        tables: Which of :data:`newsrec.tables.TABLES` to write.
        compute: Write now (True), or return the delayed writes to compute
            later with :func:`dask.compute`.

    Returns:
        None once written, or the delayed writes if ``compute`` is False.

    Raises:
        ValueError: a name in ``tables`` is not a table.
        ImportError: Dask is not installed (``newsrec[dask]``).

    .. versionadded:: 0.1.0
    """
    dask = _dask()
    root = os.fspath(path).rstrip("/")
    frames: dict[str, Any] = to_dataframes(bag, tables=tables)
    writes = [
        df.to_parquet(
            f"{root}/{t}",
            schema=_arrow_schema(t),
            write_index=False,
            compute=False,
        )
        for t, df in frames.items()
    ]
    if not compute:
        return writes
    dask.compute(*writes)
    return None


def _arrow_schema(table: str) -> Any:
    from newsrec import tables as _tables

    return _tables.arrow_schema(table)
