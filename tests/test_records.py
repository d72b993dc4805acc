"""Tests for newsrec.records: field checks at build time, immutability, value semantics."""

from __future__ import annotations

import copy
import datetime as dt
import pickle
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsrec import (
    Article,
    DateKind,
    DateMention,
    FieldError,
    FieldTypeError,
    NewsrecError,
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
from newsrec import strategies as ns

RECORDS: dict[type, st.SearchStrategy[Any]] = {
    Span: ns.spans(),
    Paragraph: ns.paragraphs(),
    Source: ns.sources(),
    Quote: ns.quotes(),
    Statistic: ns.statistics(),
    DateMention: ns.date_mentions(),
    Article: ns.articles(max_quotes=2, max_statistics=2, max_sources=2, max_dates=2),
}
any_record = st.one_of(*RECORDS.values())


@st.composite
def record_and_field(draw: st.DrawFn) -> tuple[Any, str]:
    record = draw(any_record)
    field = draw(st.sampled_from([a.name for a in attrs.fields(type(record))]))
    return record, field


# The smallest valid record of each type, to change one field of.
SPAN = Span(0, 2)
MINIMAL: dict[type, dict[str, Any]] = {
    Span: {"start": 0, "end": 2},
    Paragraph: {"span": SPAN},
    Source: {"id": "tokayev", "name": "Kassym-Jomart Tokayev"},
    Quote: {"text": "no", "span": SPAN},
    Statistic: {"text": "18", "span": SPAN},
    DateMention: {"text": "on Friday", "span": SPAN},
    Article: {"id": "a1", "body": "He said no."},
}

NAIVE = dt.datetime(2022, 1, 7, 12, 0)
AWARE = dt.datetime(2022, 1, 7, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=6)))

# (record type, field, bad value, the error type expected)
BAD_FIELDS: list[tuple[type, str, Any, type[FieldError]]] = [
    # Span: ints only, never bool or float; not negative; end >= start.
    (Span, "start", "0", FieldTypeError),
    (Span, "start", True, FieldTypeError),
    (Span, "start", 0.0, FieldTypeError),
    (Span, "start", -1, FieldError),
    (Span, "end", False, FieldTypeError),
    (Span, "end", 2.0, FieldTypeError),
    (Span, "end", Decimal(2), FieldTypeError),
    (Span, "end", -1, FieldError),
    # Paragraph
    (Paragraph, "span", (0, 2), FieldTypeError),
    (Paragraph, "span", None, FieldTypeError),
    (Paragraph, "kind", "paragraph", FieldTypeError),
    (Paragraph, "kind", QuoteKind.DIRECT, FieldTypeError),
    # Source
    (Source, "id", "", FieldError),
    (Source, "id", " \t\u3000", FieldError),
    (Source, "id", 1, FieldTypeError),
    (Source, "id", None, FieldTypeError),
    (Source, "name", "", FieldError),
    (Source, "name", b"Tokayev", FieldTypeError),
    (Source, "kind", "person", FieldTypeError),
    (Source, "role", 1, FieldTypeError),
    (Source, "aliases", ["Tokayev"], FieldTypeError),
    (Source, "aliases", "Tokayev", FieldTypeError),
    (Source, "aliases", ("Tokayev", 1), FieldTypeError),
    (Source, "mentions", [SPAN], FieldTypeError),
    (Source, "mentions", ((0, 2),), FieldTypeError),
    # Quote
    (Quote, "text", None, FieldTypeError),
    (Quote, "text", 1, FieldTypeError),
    (Quote, "span", None, FieldTypeError),
    (Quote, "kind", "direct", FieldTypeError),
    (Quote, "kind", None, FieldTypeError),
    (Quote, "speaker", 1, FieldTypeError),
    (Quote, "speaker_span", (0, 1), FieldTypeError),
    (Quote, "cue", b"said", FieldTypeError),
    (Quote, "cue_span", 1, FieldTypeError),
    # Statistic: exact numbers only; high >= low.
    (Statistic, "text", None, FieldTypeError),
    (Statistic, "span", "0:2", FieldTypeError),
    (Statistic, "value", 1.5, FieldTypeError),
    (Statistic, "value", True, FieldTypeError),
    (Statistic, "value", "18", FieldTypeError),
    (Statistic, "value", Decimal("NaN"), FieldError),
    (Statistic, "value", Decimal("-Infinity"), FieldError),
    (Statistic, "low", 3000.0, FieldTypeError),
    (Statistic, "low", False, FieldTypeError),
    (Statistic, "high", 1e3, FieldTypeError),
    (Statistic, "high", Decimal("sNaN"), FieldError),
    (Statistic, "unit", 1, FieldTypeError),
    (Statistic, "counted", 1, FieldTypeError),
    (Statistic, "qualifier", "exact", FieldTypeError),
    (Statistic, "qualifier", None, FieldTypeError),
    (Statistic, "trend", "increase", FieldTypeError),
    (Statistic, "source", 1, FieldTypeError),
    # DateMention: plain dates only.
    (DateMention, "text", None, FieldTypeError),
    (DateMention, "span", None, FieldTypeError),
    (DateMention, "earliest", AWARE, FieldTypeError),
    (DateMention, "earliest", "2022-01-07", FieldTypeError),
    (DateMention, "latest", NAIVE, FieldTypeError),
    (DateMention, "kind", "absolute", FieldTypeError),
    # Article
    (Article, "id", "", FieldError),
    (Article, "id", "\n", FieldError),
    (Article, "id", 1, FieldTypeError),
    (Article, "body", None, FieldTypeError),
    (Article, "body", b"He said no.", FieldTypeError),
    (Article, "date", NAIVE, FieldError),
    (Article, "date", "2022-01-07", FieldTypeError),
    (Article, "date", 1641513600, FieldTypeError),
    (Article, "title", 1, FieldTypeError),
    (Article, "authors", ["A. Writer"], FieldTypeError),
    (Article, "authors", ("A. Writer", None), FieldTypeError),
    (Article, "url", 1, FieldTypeError),
    (Article, "language", 1, FieldTypeError),
    (Article, "paragraphs", (Quote(text="no", span=SPAN),), FieldTypeError),
    (Article, "quotes", [Quote(text="no", span=SPAN)], FieldTypeError),
    (Article, "statistics", (SPAN,), FieldTypeError),
    (Article, "sources", ("tokayev",), FieldTypeError),
    (Article, "dates", (None,), FieldTypeError),
    (Article, "metadata", None, FieldTypeError),
    (Article, "metadata", [("section", "World")], FieldTypeError),
]


# Where the bad value is an item of a tuple or mapping, the error names the item.
ITEM_NAMES = {
    (Source, "aliases", repr(("Tokayev", 1))): "aliases[1]",
    (Source, "mentions", repr(((0, 2),))): "mentions[0]",
    (Article, "authors", repr(("A. Writer", None))): "authors[1]",
    (Article, "paragraphs", repr((Quote(text="no", span=SPAN),))): "paragraphs[0]",
    (Article, "statistics", repr((SPAN,))): "statistics[0]",
    (Article, "sources", repr(("tokayev",))): "sources[0]",
    (Article, "dates", repr((None,))): "dates[0]",
}


@pytest.mark.parametrize(
    ("cls", "field", "value", "error"),
    BAD_FIELDS,
    ids=[f"{c.__name__}.{f}={v!r}" for c, f, v, _ in BAD_FIELDS],
)
def test_bad_field_is_rejected_naming_the_field(cls, field, value, error):
    with pytest.raises(error) as info:
        cls(**{**MINIMAL[cls], field: value})
    assert type(info.value) is error
    assert info.value.name == ITEM_NAMES.get((cls, field, repr(value)), field)
    assert f"'{info.value.name}'" in str(info.value)
    assert isinstance(info.value, NewsrecError)
    assert isinstance(info.value, ValueError)
    if error is FieldTypeError:
        assert isinstance(info.value, TypeError)


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"start": 5, "end": 2}, "end"),
        ({"start": 1, "end": 0}, "end"),
    ],
)
def test_span_end_before_start(kwargs, name):
    with pytest.raises(FieldError) as info:
        Span(**kwargs)
    assert info.value.name == name
    assert info.value.value == kwargs["end"]


def test_span_is_positional_and_empty_span_is_allowed():
    assert Span(3, 3) == Span(start=3, end=3)
    assert len(Span(3, 3)) == 0
    assert Span(1, 4).slice("abcdef") == "bcd"


@pytest.mark.parametrize(
    ("low", "high"),
    [(3001, 3000), (Decimal("0.1"), 0), (0, Decimal("-0.0001")), (10**30, 10**30 - 1)],
)
def test_statistic_high_below_low(low, high):
    with pytest.raises(FieldError) as info:
        Statistic(text="18", span=SPAN, low=low, high=high)
    assert type(info.value) is FieldError
    assert info.value.name == "high"


@pytest.mark.parametrize(
    ("low", "high"),
    [(3000, 3000), (Decimal("-0"), 0), (Decimal("1.0"), 1), (None, -5), (5, None), (-(2**70), 0)],
)
def test_statistic_bounds_that_are_fine(low, high):
    stat = Statistic(text="18", span=SPAN, low=low, high=high)
    assert (stat.low, stat.high) == (low, high)


def test_date_mention_latest_before_earliest():
    with pytest.raises(FieldError) as info:
        DateMention(text="x", span=SPAN, earliest=dt.date(2022, 1, 7), latest=dt.date(2022, 1, 6))
    assert type(info.value) is FieldError
    assert info.value.name == "latest"


def test_date_mention_one_day_and_open_ends():
    day = dt.date(2022, 1, 7)
    assert DateMention(text="x", span=SPAN, earliest=day, latest=day).latest == day
    assert DateMention(text="x", span=SPAN, earliest=None, latest=day).earliest is None
    assert DateMention(text="x", span=SPAN, earliest=day).latest is None


@pytest.mark.parametrize(
    "date",
    [None, dt.date(2022, 1, 7), AWARE, dt.datetime(1, 1, 1, tzinfo=dt.timezone.utc)],
)
def test_article_date_accepts_dates_and_aware_datetimes(date):
    assert Article(id="a1", body="", date=date).date == date


def test_article_metadata_bad_key_and_value_are_named():
    with pytest.raises(FieldTypeError) as info:
        Article(id="a1", body="", metadata={1: "x"})
    assert info.value.name == "metadata[1]"
    with pytest.raises(FieldTypeError) as info:
        Article(id="a1", body="", metadata={"section": 1})
    assert info.value.name == "metadata['section']"


def test_article_metadata_is_a_read_only_copy():
    given_metadata = {"section": "World"}
    art = Article(id="a1", body="", metadata=given_metadata)
    given_metadata["section"] = "Sport"
    assert art.metadata == {"section": "World"}
    with pytest.raises(TypeError):
        art.metadata["section"] = "Sport"  # type: ignore[index]


def test_defaults():
    art = Article(id="a1", body="")
    assert art.paragraphs == art.quotes == art.statistics == art.sources == art.dates == ()
    assert art.metadata == {}
    assert art.date is art.title is art.url is art.language is None
    assert Paragraph(span=SPAN).kind is ParagraphKind.PARAGRAPH
    assert Source(id="x", name="X").kind is SourceKind.UNKNOWN
    assert Quote(text="", span=Span(0, 0)).kind is QuoteKind.DIRECT
    assert Statistic(text="", span=Span(0, 0)).qualifier is Qualifier.EXACT
    assert DateMention(text="", span=Span(0, 0)).kind is DateKind.ABSOLUTE


@pytest.mark.parametrize("cls", [c for c in MINIMAL if c is not Span])
def test_records_are_keyword_only(cls):
    with pytest.raises(TypeError):
        cls(*MINIMAL[cls].values())


def test_enums_are_str_valued():
    for enum_cls in (SourceKind, QuoteKind, Qualifier, Trend, DateKind, ParagraphKind):
        for member in enum_cls:
            assert isinstance(member, str)
            assert enum_cls(member.value) is member


# Properties over the strategies.


@given(record_and_field())
def test_records_are_frozen(case):
    record, field = case
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(record, field, getattr(record, field))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        delattr(record, field)


@given(any_record)
def test_records_are_slotted(record):
    with pytest.raises((AttributeError, TypeError)):
        record.extra = 1


@given(record_and_field())
def test_any_field_of_the_wrong_type_is_named(case):
    record, field = case
    with pytest.raises(FieldTypeError) as info:
        attrs.evolve(record, **{field: object()})
    assert info.value.name == field


@given(record_and_field())
def test_evolve_with_the_same_value_gives_an_equal_record(case):
    record, field = case
    assert attrs.evolve(record, **{field: getattr(record, field)}) == record


@given(any_record)
def test_pickle_round_trip(record):
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        again = pickle.loads(pickle.dumps(record, protocol=protocol))
        assert again == record
        assert hash(again) == hash(record)
        assert type(again) is type(record)


@given(any_record)
def test_copy_and_deepcopy(record):
    assert copy.copy(record) == record
    deep = copy.deepcopy(record)
    assert deep == record
    assert hash(deep) == hash(record)


@given(any_record, any_record)
def test_eq_and_hash_agree(a, b):
    assert a == a
    assert (a == b) == (b == a)
    if a == b:
        assert hash(a) == hash(b)
    assert a != object()


@given(ns.spans(), ns.spans())
def test_span_order_is_tuple_order(a, b):
    assert (a < b) == ((a.start, a.end) < (b.start, b.end))
    assert (a <= b) == ((a.start, a.end) <= (b.start, b.end))
