"""newsrec.tables: rows, CSV, Arrow, pandas and Parquet, with pinned schemas."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given

import newsrec
from newsrec import tables
from newsrec.records import Article, Source, Span, Statistic
from newsrec.strategies import articles

SAMPLE = (Path(__file__).parent.parent / "examples" / "kazakhstan.txt").read_text(encoding="utf-8")
ART = newsrec.parse_text(SAMPLE)
MOMENT = dt.datetime(2022, 1, 7, 1, 30, tzinfo=dt.timezone(dt.timedelta(hours=6)))
OTHER = Article(
    id="other",
    body="It rose 2.5 points to 10000000000000000000000000000001.",
    date=MOMENT,
    title="Title",
    authors=("A. Writer", 'B. "Quoted", Jr.'),
    url="https://example.org/a",
    language="en",
    statistics=(
        Statistic(text="2.5 points", span=Span(8, 18), value=Decimal("2.5"), unit="point"),
        Statistic(
            text="10000000000000000000000000000001",
            span=Span(22, 54),
            low=10**31 + 1,
            high=Decimal("1E+32"),
        ),
    ),
    sources=(Source(id="s", name="S", aliases=("Ess", "é,\n")),),
    metadata={"section": "World", "tags": "a,b"},
)

# Pinned: changing a name, a type, the order or nullability breaks users' files and queries.
# A new column may only be added at the end of a table, with a changelog line.
SCHEMAS = {
    "articles": [
        ("article_id", "string", False),
        ("title", "string", True),
        ("date", "date32[day]", True),
        ("datetime", "timestamp[us, tz=UTC]", True),
        ("url", "string", True),
        ("language", "string", True),
        ("authors", "list<item: string>", False),
        ("body", "string", False),
        ("metadata", "map<string, string>", False),
        ("n_paragraphs", "int64", True),
        ("n_quotes", "int64", True),
        ("n_statistics", "int64", True),
        ("n_sources", "int64", True),
        ("n_dates", "int64", True),
    ],
    "paragraphs": [
        ("article_id", "string", False),
        ("item", "int64", False),
        ("kind", "string", False),
        ("start", "int64", False),
        ("end", "int64", False),
    ],
    "quotes": [
        ("article_id", "string", False),
        ("item", "int64", False),
        ("text", "string", False),
        ("kind", "string", False),
        ("speaker", "string", True),
        ("start", "int64", False),
        ("end", "int64", False),
        ("speaker_start", "int64", True),
        ("speaker_end", "int64", True),
        ("cue", "string", True),
        ("cue_start", "int64", True),
        ("cue_end", "int64", True),
    ],
    "statistics": [
        ("article_id", "string", False),
        ("item", "int64", False),
        ("text", "string", False),
        ("start", "int64", False),
        ("end", "int64", False),
        ("value", "string", True),
        ("low", "string", True),
        ("high", "string", True),
        ("unit", "string", True),
        ("counted", "string", True),
        ("qualifier", "string", True),
        ("trend", "string", True),
        ("source", "string", True),
    ],
    "sources": [
        ("article_id", "string", False),
        ("item", "int64", False),
        ("source_id", "string", False),
        ("name", "string", True),
        ("kind", "string", False),
        ("role", "string", True),
        ("aliases", "list<item: string>", True),
        ("n_mentions", "int64", True),
    ],
    "mentions": [
        ("article_id", "string", False),
        ("source_id", "string", False),
        ("item", "int64", False),
        ("start", "int64", False),
        ("end", "int64", False),
    ],
    "dates": [
        ("article_id", "string", False),
        ("item", "int64", False),
        ("text", "string", False),
        ("start", "int64", False),
        ("end", "int64", False),
        ("earliest", "date32[day]", True),
        ("latest", "date32[day]", True),
        ("kind", "string", False),
    ],
}


def test_the_tables():
    assert tuple(SCHEMAS) == tables.TABLES


@pytest.mark.parametrize("table", tables.TABLES)
def test_columns_are_pinned(table):
    assert tables.columns(table) == tuple(name for name, _, _ in SCHEMAS[table])


@pytest.mark.parametrize("table", tables.TABLES)
def test_arrow_schemas_are_pinned(table):
    pytest.importorskip("pyarrow", reason="the Arrow schemas need pyarrow (newsrec[arrow])")
    schema = tables.arrow_schema(table)
    assert [(f.name, str(f.type), f.nullable) for f in schema] == SCHEMAS[table]
    assert schema.metadata == {b"newsrec.table": table.encode(), b"newsrec.schema_version": b"1"}


@pytest.mark.parametrize("bad", ["quote", "", None])
def test_unknown_table(bad):
    with pytest.raises(ValueError, match="'table' must be one of articles, paragraphs, quotes"):
        tables.columns(bad)
    with pytest.raises(ValueError, match="'table' must be one of"):
        tables.rows(ART, bad)


def test_rows_of_the_sample():
    quotes = list(tables.rows(ART, "quotes"))
    assert len(quotes) == len(ART.quotes)
    assert quotes[0] == {
        "article_id": ART.id,
        "item": 0,
        "text": "shoot to kill without warning",
        "kind": "partial",
        "speaker": "kasim-yomart-tokayev",
        "start": 98,
        "end": 127,
        "speaker_start": 0,
        "speaker_end": 43,
        "cue": "said",
        "cue_start": 44,
        "cue_end": 48,
    }
    stats = {r["text"]: r for r in tables.rows(ART, "statistics")}
    more = stats["More than 3,000 people"]
    assert (more["value"], more["low"], more["high"], more["qualifier"]) == (
        "3000",
        "3000",
        None,
        "more_than",
    )
    assert stats["dozens of protesters"]["source"] == "authorities"
    (article,) = tables.rows(ART, "articles")
    assert article["date"] == dt.date(2022, 1, 7)
    assert article["datetime"] is None
    assert article["n_quotes"] == len(ART.quotes)
    dates = list(tables.rows(ART, "dates"))
    assert dates[0]["earliest"] == dates[0]["latest"] == dt.date(2022, 1, 7)
    sources = list(tables.rows(ART, "sources"))
    mentions = list(tables.rows(ART, "mentions"))
    assert sum(r["n_mentions"] for r in sources) == len(mentions)
    assert {r["source_id"] for r in mentions} <= {r["source_id"] for r in sources}


def test_rows_keep_exact_numbers_and_the_moment():
    stats = list(tables.rows(OTHER, "statistics"))
    assert [(r["value"], r["low"], r["high"]) for r in stats] == [
        ("2.5", None, None),
        (None, "10000000000000000000000000000001", "1E+32"),
    ]
    (row,) = tables.rows(OTHER, "articles")
    assert row["date"] == dt.date(2022, 1, 7)  # the day where the article was published
    assert row["datetime"] == MOMENT


CONVERT = {
    "int64": int,
    "date32": dt.date.fromisoformat,
    "timestamp[us, tz=UTC]": dt.datetime.fromisoformat,
    "list<string>": lambda s: tuple(json.loads(s)),
    "map<string, string>": json.loads,
    "string": str,
}


def read_csv(text: str, table: str) -> list[dict[str, object]]:
    kinds = dict(tables._COLUMNS[table])
    reader = csv.DictReader(io.StringIO(text, newline=""))
    assert tuple(reader.fieldnames or ()) == tables.columns(table)
    return [
        {k: None if v == "" else CONVERT[kinds[k]](v) for k, v in row.items()} for row in reader
    ]


def expected_rows(arts: list[Article], table: str) -> list[dict[str, object]]:
    # CSV cannot tell an empty string from None: both are an empty cell.
    return [
        {k: None if v == "" else v for k, v in row.items()}
        for a in arts
        for row in tables.rows(a, table)
    ]


@pytest.mark.parametrize("table", tables.TABLES)
def test_csv_round_trip(table):
    out = io.StringIO(newline="")
    n = tables.to_csv(iter([ART, OTHER]), table, out)
    want = expected_rows([ART, OTHER], table)
    assert n == len(want)
    assert read_csv(out.getvalue(), table) == want


@given(articles(max_paragraphs=2, max_quotes=2, max_statistics=2, max_sources=2, max_dates=2))
def test_csv_round_trip_of_any_article(art):
    for table in tables.TABLES:
        out = io.StringIO(newline="")
        tables.to_csv([art], table, out)
        assert read_csv(out.getvalue(), table) == expected_rows([art], table)


def arrow_rows(table_rows: list[dict[str, object]]) -> list[dict[str, object]]:
    """Arrow's Python values: maps are lists of pairs, lists are lists."""
    out = []
    for row in table_rows:
        fixed = dict(row)
        for k, v in row.items():
            if isinstance(v, tuple):
                fixed[k] = list(v)
            elif isinstance(v, dict):
                fixed[k] = list(v.items())
        out.append(fixed)
    return out


@pytest.mark.parametrize("table", tables.TABLES)
def test_parquet_reads_back_with_pyarrow(table, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet", reason="Parquet needs pyarrow (newsrec[arrow])")
    counts = tables.write_parquet(iter([ART, OTHER, ART]), tmp_path, batch_size=2)
    back = pq.read_table(tmp_path / table)
    assert back.schema.equals(tables.arrow_schema(table))
    assert back.num_rows == counts[table]
    assert back.to_pylist() == arrow_rows(
        [r for a in (ART, OTHER, ART) for r in tables.rows(a, table)]
    )
    assert tables.to_arrow([ART, OTHER, ART], table).equals(back)


def test_write_parquet_some_tables(tmp_path):
    pytest.importorskip("pyarrow", reason="Parquet needs pyarrow (newsrec[arrow])")
    assert tables.write_parquet([], tmp_path, tables=["quotes"]) == {"quotes": 0}
    assert [p.name for p in tmp_path.iterdir()] == ["quotes"]
    with pytest.raises(ValueError, match="'table' must be one of"):
        tables.write_parquet([ART], tmp_path, tables=["quote"])


@given(articles(max_paragraphs=2, max_quotes=2, max_statistics=2, max_sources=2, max_dates=2))
def test_arrow_holds_any_article(art):
    pytest.importorskip("pyarrow", reason="Arrow tables need pyarrow (newsrec[arrow])")
    for table in tables.TABLES:
        got = tables.to_arrow([art], table).to_pylist()
        assert got == arrow_rows(list(tables.rows(art, table)))


def test_pandas_frames_keep_the_types():
    pd = pytest.importorskip("pandas", reason="DataFrames need pandas (newsrec[pandas])")
    pytest.importorskip("pyarrow", reason="DataFrames need pyarrow (newsrec[pandas])")
    df = tables.to_pandas([ART, OTHER], "dates")
    assert list(df.columns) == list(tables.columns("dates"))
    assert str(df.dtypes["earliest"]) == "date32[day][pyarrow]"
    assert str(df.dtypes["start"]) == "int64[pyarrow]"
    assert len(df) == len(ART.dates)
    stats = tables.to_pandas([OTHER], "statistics")
    assert stats["value"].iloc[0] == "2.5"
    assert stats["value"].isna().tolist() == [False, True]
    assert pd.to_numeric(stats["value"].astype("string")).iloc[0] == 2.5
    arts = tables.to_pandas([OTHER], "articles")
    assert arts["datetime"].iloc[0] == pd.Timestamp("2022-01-06T19:30:00Z")


@pytest.mark.parametrize(
    ("module", "call", "extra"),
    [
        ("pyarrow", lambda: tables.to_arrow([ART], "quotes"), "newsrec[arrow]"),
        ("pyarrow", lambda: tables.arrow_schema("dates"), "newsrec[arrow]"),
        ("pandas", lambda: tables.to_pandas([ART], "quotes"), "newsrec[pandas]"),
    ],
)
def test_a_missing_extra_is_named(monkeypatch, module, call, extra):
    monkeypatch.setitem(sys.modules, module, None)
    monkeypatch.setattr(tables, "_SCHEMAS", {})
    with pytest.raises(ImportError, match="pip install '" + re.escape(extra)):
        call()
