"""Tests for newsrec.strategies: valid records only, broad coverage, the registration hook."""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import subprocess
import sys
import unicodedata
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import Phase, find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import newsrec
from newsrec import (
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
    check,
)
from newsrec import strategies as ns

RECORD_TYPES = (Span, Paragraph, Source, Quote, Statistic, DateMention, Article)
BODY = "Tokayev said “shoot to kill”\u200f on 7 January 😀 e\u0301."


def reaches(strategy: st.SearchStrategy[Any], predicate, max_examples: int = 2000) -> None:
    """Fail unless ``strategy`` produces a value meeting ``predicate`` within a budget."""
    find(
        strategy,
        predicate,
        settings=settings(
            max_examples=max_examples, phases=[Phase.generate], database=None, deadline=None
        ),
    )


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )


# The registration hook.


def test_the_entry_point_names_the_hook():
    (entry,) = [
        e
        for e in importlib.metadata.entry_points(group="hypothesis")
        if e.value.startswith("newsrec")
    ]
    assert entry.load() is ns._hypothesis_setup_hook


def test_the_hook_is_idempotent():
    ns._hypothesis_setup_hook()
    ns._hypothesis_setup_hook()
    assert ns._registered


@pytest.mark.parametrize("cls", RECORD_TYPES, ids=lambda c: c.__name__)
@settings(max_examples=max(10, settings.default.max_examples // 5))
@given(data=st.data())
def test_from_type_makes_valid_records(cls, data):
    record = data.draw(st.from_type(cls))
    assert type(record) is cls
    assert check(record) == ()


@settings(max_examples=max(10, settings.default.max_examples // 5))
@given(st.builds(dict, article=st.from_type(Article), spans=st.from_type(tuple[Span, ...])))
def test_from_type_reaches_record_fields_of_other_types(value):
    assert check(value["article"]) == ()
    assert all(type(s) is Span for s in value["spans"])


def test_importing_newsrec_does_not_import_hypothesis():
    result = run_python(
        "import sys, newsrec, newsrec.json, newsrec.validators\n"
        "assert 'hypothesis' not in sys.modules, sorted(m for m in sys.modules if 'hypo' in m)\n"
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    "first", ["import newsrec.strategies", "import hypothesis", "import newsrec"]
)
def test_from_type_works_whatever_is_imported_first(first):
    result = run_python(
        f"{first}\n"
        "import hypothesis.strategies as st, newsrec\n"
        "from hypothesis import given, settings\n"
        "@settings(max_examples=5, database=None)\n"
        "@given(st.from_type(newsrec.Article))\n"
        "def test(a):\n"
        "    assert newsrec.check(a) == ()\n"
        "test()\n"
    )
    assert result.returncode == 0, result.stderr


def test_without_hypothesis_the_import_error_says_what_to_install():
    result = run_python(
        "import sys\n"
        "sys.modules['hypothesis'] = None\n"
        "try:\n"
        "    import newsrec.strategies\n"
        "except ImportError as e:\n"
        "    print(e)\n"
    )
    assert result.returncode == 0, result.stderr
    assert "pip install 'newsrec[hypothesis]'" in result.stdout


# Valid records only.


@given(ns.spans())
def test_spans(span):
    assert type(span.start) is int
    assert 0 <= span.start <= span.end


@given(ns.spans(body=BODY))
def test_spans_in_a_body(span):
    assert span.end <= len(BODY)


@given(ns.paragraphs(body=BODY))
def test_paragraphs_in_a_body(paragraph):
    assert paragraph.span.end <= len(BODY)


@given(ns.sources(body=BODY))
def test_sources_in_a_body(source):
    assert source.id.strip()
    assert source.name.strip()
    assert all(m.end <= len(BODY) for m in source.mentions)


@given(ns.quotes(body=BODY, source_ids=["tokayev", "police"]))
def test_quotes_in_a_body(quote):
    assert quote.text == quote.span.slice(BODY)
    assert quote.speaker in {None, "tokayev", "police"}
    for span in (quote.speaker_span, quote.cue_span):
        assert span is None or span.end <= len(BODY)
    if quote.cue is not None and quote.cue_span is not None:
        assert quote.cue == quote.cue_span.slice(BODY)


@given(ns.quotes(body=BODY, source_ids=()), ns.statistics(body=BODY, source_ids=()))
def test_no_source_ids_means_no_references(quote, stat):
    assert quote.speaker is None
    assert stat.source is None


@given(ns.statistics(body=BODY, source_ids=["police"]))
def test_statistics_in_a_body(stat):
    assert stat.text == stat.span.slice(BODY)
    assert stat.source in {None, "police"}


@given(ns.statistics())
def test_statistics_numbers_are_exact_and_ordered(stat):
    for n in (stat.value, stat.low, stat.high):
        assert n is None or type(n) in (int, Decimal)
        assert not isinstance(n, Decimal) or n.is_finite()
    if stat.low is not None and stat.high is not None:
        assert stat.low <= stat.high


@given(ns.date_mentions(body=BODY))
def test_date_mentions_in_a_body(mention):
    assert mention.text == mention.span.slice(BODY)
    for day in (mention.earliest, mention.latest):
        assert day is None or type(day) is dt.date
    if mention.earliest is not None and mention.latest is not None:
        assert mention.earliest <= mention.latest


@given(ns.articles())
def test_articles_are_valid_and_in_order(article):
    assert check(article) == ()
    for items in (article.quotes, article.statistics, article.dates):
        assert [x.span for x in items] == sorted(x.span for x in items)
    if isinstance(article.date, dt.datetime):
        assert article.date.utcoffset() is not None


@given(
    ns.articles(
        min_paragraphs=1,
        max_paragraphs=2,
        min_quotes=2,
        max_quotes=3,
        min_statistics=0,
        max_statistics=0,
        min_sources=3,
        max_sources=3,
        min_dates=1,
        max_dates=1,
        bodies=st.just(BODY),
    )
)
def test_article_sizes_and_bodies(article):
    assert article.body == BODY
    assert 1 <= len(article.paragraphs) <= 2
    assert 2 <= len(article.quotes) <= 3
    assert article.statistics == ()
    assert len(article.sources) == 3
    assert len(article.dates) == 1


@given(ns.texts(min_size=3, max_size=7), ns.bodies(min_size=1, max_size=4), ns.ids(max_size=5))
def test_text_sizes(text, body, id_):
    assert 3 <= len(text) <= 7
    assert 1 <= len(body) <= 4
    assert 1 <= len(id_) <= 5
    assert id_.strip()


@given(ns.texts(max_size=None))
def test_texts_never_hold_lone_surrogates(text):
    text.encode("utf-8")


@given(ns.aware_datetimes())
def test_aware_datetimes_have_whole_minute_offsets(moment):
    offset = moment.utcoffset()
    assert offset is not None
    assert offset % dt.timedelta(minutes=1) == dt.timedelta(0)
    assert dt.datetime.fromisoformat(moment.isoformat()) == moment


@pytest.mark.parametrize(
    "call",
    [
        lambda: ns.texts(min_size=3, max_size=2),
        lambda: ns.bodies(min_size=3, max_size=2),
        lambda: ns.ids(max_size=2),
        lambda: ns.articles(min_quotes=3, max_quotes=2),
        lambda: ns.articles(min_sources=-1),
        lambda: ns.corruptions(kinds=[]),
        lambda: ns.corruptions(kinds=["no_such_kind"]),
    ],
)
def test_bad_arguments(call):
    with pytest.raises(InvalidArgument):
        call()


def test_public_names():
    assert sorted(ns.__all__) == ns.__all__
    for name in ns.__all__:
        assert getattr(ns, name).__doc__ or name == "CorruptionKind"
    assert set(ns.CORRUPTION_KINDS) == {
        "span_out_of_body",
        "mention_out_of_body",
        "quote_text",
        "cue_text",
        "statistic_text",
        "date_text",
        "unknown_speaker",
        "unknown_statistic_source",
        "duplicate_source_id",
        "paragraph_order",
    }


# Coverage: what round trips and user code must meet does come up.

SMALL_ARTICLES = ns.articles(max_paragraphs=1, max_quotes=1, max_statistics=1, max_dates=1)


@pytest.mark.parametrize(
    ("what", "predicate"),
    [
        ("an astral character", lambda s: any(ord(c) > 0xFFFF for c in s)),
        ("a combining mark", lambda s: any(unicodedata.combining(c) for c in s)),
        (
            "a right-to-left letter",
            lambda s: any(unicodedata.bidirectional(c) in {"R", "AL"} for c in s),
        ),
        ("a zero-width character", lambda s: any(c in "\u200b\u200c\u200d\u2060\ufeff" for c in s)),
        ("a bidi control", lambda s: any(unicodedata.category(c) == "Cf" for c in s)),
        ("a NUL", lambda s: "\x00" in s),
        ("a line break other than \\n", lambda s: any(c in "\r\x85\u2028\u2029" for c in s)),
        ("a curly quotation mark", lambda s: "\u201c" in s or "\u201d" in s),
        ("a backslash", lambda s: "\\" in s),
        ("nothing", lambda s: s == ""),
    ],
)
def test_bodies_reach(what, predicate):
    reaches(ns.bodies(), predicate)


@pytest.mark.parametrize(
    ("what", "predicate"),
    [
        ("a big int", lambda n: type(n) is int and abs(n) > 2**64),
        ("a negative int", lambda n: type(n) is int and n < 0),
        ("zero", lambda n: type(n) is int and n == 0),
        ("a negative zero", lambda n: isinstance(n, Decimal) and n.is_zero() and n.is_signed()),
        (
            "trailing zeros",
            lambda n: isinstance(n, Decimal) and str(n).endswith("0") and "." in str(n),
        ),
        ("a huge exponent", lambda n: isinstance(n, Decimal) and n.as_tuple().exponent > 10_000),
        ("a tiny exponent", lambda n: isinstance(n, Decimal) and n.as_tuple().exponent < -10_000),
        ("many digits", lambda n: isinstance(n, Decimal) and len(n.as_tuple().digits) > 20),
    ],
)
def test_numbers_reach(what, predicate):
    reaches(ns.numbers(), predicate)


@pytest.mark.parametrize(
    ("what", "predicate"),
    [
        ("no date", lambda a: a.date is None),
        ("a plain date", lambda a: type(a.date) is dt.date),
        ("a UTC datetime", lambda a: isinstance(a.date, dt.datetime) and not a.date.utcoffset()),
        (
            "a negative offset",
            lambda a: isinstance(a.date, dt.datetime) and a.date.utcoffset() < dt.timedelta(0),
        ),
        ("microseconds", lambda a: isinstance(a.date, dt.datetime) and a.date.microsecond),
        (
            "an empty article",
            lambda a: not (a.paragraphs or a.quotes or a.statistics or a.sources or a.dates),
        ),
        (
            "every part",
            lambda a: a.paragraphs and a.quotes and a.statistics and a.sources and a.dates,
        ),
        ("metadata", lambda a: len(a.metadata) >= 2),
        ("every optional text", lambda a: None not in (a.title, a.url, a.language)),
        ("authors", lambda a: len(a.authors) >= 2),
        ("a speaker", lambda a: any(q.speaker for q in a.quotes)),
        ("no speaker", lambda a: any(q.speaker is None for q in a.quotes)),
        ("a cue at its span", lambda a: any(q.cue is not None and q.cue_span for q in a.quotes)),
        ("a statistic's source", lambda a: any(s.source for s in a.statistics)),
        (
            "both bounds",
            lambda a: any(s.low is not None and s.high is not None for s in a.statistics),
        ),
        ("a closed date range", lambda a: any(d.earliest and d.latest for d in a.dates)),
        ("an empty quote", lambda a: any(q.span.start == q.span.end for q in a.quotes)),
    ],
)
def test_articles_reach(what, predicate):
    reaches(SMALL_ARTICLES, predicate)


ENUM_FIELDS = [
    (ns.paragraphs(), "kind", ParagraphKind),
    (ns.sources(), "kind", SourceKind),
    (ns.quotes(), "kind", QuoteKind),
    (ns.statistics(), "qualifier", Qualifier),
    (ns.statistics(), "trend", Trend),
    (ns.date_mentions(), "kind", DateKind),
]


@pytest.mark.parametrize(
    ("strategy", "field", "member"),
    [(s, f, m) for s, f, e in ENUM_FIELDS for m in e],
    ids=lambda x: str(x.value) if isinstance(x, str) and hasattr(x, "value") else None,
)
def test_every_enum_member_comes_up(strategy, field, member):
    reaches(strategy, lambda r: getattr(r, field) is member)


@pytest.mark.parametrize("cls", RECORD_TYPES[1:], ids=lambda c: c.__name__)
def test_every_optional_field_is_both_unset_and_set(cls):
    strategy = {
        Paragraph: ns.paragraphs(),
        Source: ns.sources(),
        Quote: ns.quotes(),
        Statistic: ns.statistics(),
        DateMention: ns.date_mentions(),
        Article: SMALL_ARTICLES,
    }[cls]
    optional = [a.name for a in attrs.fields(cls) if a.default is None]
    for name in optional:
        reaches(strategy, lambda r, name=name: getattr(r, name) is None)
        reaches(strategy, lambda r, name=name: getattr(r, name) is not None)


def test_newsrec_is_the_package_under_test():
    assert ns.Article is newsrec.Article
