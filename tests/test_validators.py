"""Tests for newsrec.validators: check() and validate() on whole articles."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsrec
from newsrec import (
    Article,
    DateMention,
    NewsrecError,
    Paragraph,
    Problem,
    Quote,
    Source,
    Span,
    Statistic,
    ValidationError,
    check,
    validate,
)
from newsrec import strategies as ns

BODY = "Tokayev said “shoot to kill” on Friday; 18 police died."
#       0123456789012345678901234567890123456789012345678901234
Q = Span(14, 27)  # shoot to kill
CUE = Span(8, 12)  # said
FRI = Span(29, 38)  # on Friday
STAT = Span(40, 50)  # 18 police
WHO = Span(0, 7)  # Tokayev


def good_article(**changes) -> Article:
    fields = {
        "id": "a1",
        "body": BODY,
        "paragraphs": (Paragraph(span=Span(0, len(BODY))),),
        "sources": (Source(id="tokayev", name="Kassym-Jomart Tokayev", mentions=(WHO,)),),
        "quotes": (
            Quote(
                text=Q.slice(BODY),
                span=Q,
                speaker="tokayev",
                speaker_span=WHO,
                cue="said",
                cue_span=CUE,
            ),
        ),
        "statistics": (Statistic(text=STAT.slice(BODY), span=STAT, value=18, source="tokayev"),),
        "dates": (DateMention(text=FRI.slice(BODY), span=FRI),),
    }
    fields.update(changes)
    return Article(**fields)


def test_the_example_article_is_valid():
    assert Q.slice(BODY) == "shoot to kill"
    assert check(good_article()) == ()
    assert validate(good_article()) is None


@pytest.mark.parametrize(
    ("changes", "path"),
    [
        ({"paragraphs": (Paragraph(span=Span(0, 99)),)}, "$.paragraphs[0].span"),
        (
            {"paragraphs": (Paragraph(span=Span(5, 9)), Paragraph(span=Span(8, 10)))},
            "$.paragraphs[1].span",
        ),
        (
            {"sources": (Source(id="tokayev", name="T"), Source(id="tokayev", name="T2"))},
            "$.sources[1].id",
        ),
        (
            {"sources": (Source(id="tokayev", name="T", mentions=(WHO, Span(3, 57))),)},
            "$.sources[0].mentions[1]",
        ),
        ({"quotes": (Quote(text="shoot", span=Q),)}, "$.quotes[0].text"),
        ({"quotes": (Quote(text="", span=Span(0, 57)),)}, "$.quotes[0].span"),
        ({"quotes": (Quote(text="", span=Span(0, 0), speaker="nobody"),)}, "$.quotes[0].speaker"),
        (
            {"quotes": (Quote(text="", span=Span(0, 0), speaker_span=Span(56, 57)),)},
            "$.quotes[0].speaker_span",
        ),
        (
            {"quotes": (Quote(text="", span=Span(0, 0), cue="says", cue_span=CUE),)},
            "$.quotes[0].cue",
        ),
        (
            {"quotes": (Quote(text="", span=Span(0, 0), cue="said", cue_span=Span(8, 80)),)},
            "$.quotes[0].cue_span",
        ),
        ({"statistics": (Statistic(text="19 police", span=STAT),)}, "$.statistics[0].text"),
        ({"statistics": (Statistic(text="", span=Span(60, 60)),)}, "$.statistics[0].span"),
        (
            {"statistics": (Statistic(text="", span=Span(0, 0), source="nobody"),)},
            "$.statistics[0].source",
        ),
        ({"dates": (DateMention(text="on Monday", span=FRI),)}, "$.dates[0].text"),
        ({"dates": (DateMention(text="", span=Span(1, 100)),)}, "$.dates[0].span"),
    ],
)
def test_each_broken_invariant_is_reported_at_its_path(changes, path):
    art = good_article(**changes)
    assert [p.path for p in check(art)] == [path]
    with pytest.raises(ValidationError) as info:
        validate(art)
    assert info.value.path == path
    assert path in str(info.value)


def test_a_cue_without_its_span_or_a_span_without_its_cue_is_not_checked():
    quotes = (
        Quote(text="", span=Span(0, 0), cue="anything"),
        Quote(text="", span=Span(0, 0), cue_span=CUE),
    )
    assert check(good_article(quotes=quotes)) == ()


def test_a_span_past_the_body_is_reported_once_not_also_as_a_text_mismatch():
    art = good_article(quotes=(Quote(text="x", span=Span(50, 60)),))
    assert [p.path for p in check(art)] == ["$.quotes[0].span"]


def test_empty_paragraphs_may_touch():
    ps = (Paragraph(span=Span(3, 3)), Paragraph(span=Span(3, 3)), Paragraph(span=Span(3, 5)))
    assert check(good_article(paragraphs=ps)) == ()


def test_problems_come_in_document_order_and_all_at_once():
    art = good_article(
        sources=(Source(id="s", name="S"), Source(id="s", name="S")),
        quotes=(Quote(text="x", span=Q, speaker="nobody"),),
        dates=(DateMention(text="", span=Span(0, 999)),),
    )
    problems = check(art)
    assert [p.path for p in problems] == [
        "$.sources[1].id",
        "$.quotes[0].text",
        "$.quotes[0].speaker",
        "$.statistics[0].source",  # "tokayev" is gone from the sources
        "$.dates[0].span",
    ]
    assert all(isinstance(p, Problem) for p in problems)
    with pytest.raises(ValidationError) as info:
        validate(art)
    assert info.value.problems == problems
    assert str(info.value).startswith("Article has 5 problems")
    for p in problems:
        assert str(p) in str(info.value)


def test_problem_str_names_reason_value_and_path():
    (problem,) = check(good_article(quotes=(Quote(text="", span=Span(0, 0), speaker="x"),)))
    assert problem.value == "x"
    assert (
        str(problem) == "is not the id of a source in $.sources (got 'x') - at $.quotes[0].speaker"
    )


@given(st.one_of(ns.spans(), ns.paragraphs(), ns.sources(), ns.quotes(), ns.statistics()))
def test_records_other_than_articles_have_no_whole_record_checks(record):
    assert check(record) == ()
    assert validate(record) is None


# Properties.


@given(ns.articles())
def test_generated_articles_pass(article):
    assert check(article) == ()
    validate(article)


@given(ns.corruptions())
def test_every_single_corruption_is_caught_at_its_path(case):
    article, path = case
    problems = check(article)
    assert [p.path for p in problems] == [path]
    with pytest.raises(ValidationError) as info:
        validate(article)
    err = info.value
    assert isinstance(err, ValueError)
    assert isinstance(err, NewsrecError)
    assert err.problems == problems
    assert err.path == path
    assert path in str(err)
    assert str(err).startswith("Article has 1 problem\n")


# A tenth of the profile's examples for each kind: the mixed test above
# covers the kinds together, this makes sure none is left out.
SMALL = ns.articles(
    bodies=ns.bodies(max_size=30), max_paragraphs=2, max_quotes=2, max_statistics=2, max_dates=2
)


@pytest.mark.parametrize("kind", ns.CORRUPTION_KINDS)
@settings(max_examples=max(10, settings.default.max_examples // 10))
@given(data=st.data())
def test_each_corruption_kind_is_caught(kind, data):
    article, path = data.draw(ns.corruptions(SMALL, kinds=[kind]))
    assert [p.path for p in check(article)] == [path]


@given(ns.corruptions(ns.articles(max_quotes=0, max_statistics=0, max_sources=0, max_dates=0)))
def test_corruptions_of_bare_articles_add_what_they_break(case):
    article, path = case
    assert [p.path for p in check(article)] == [path]


def test_validate_is_exported_at_the_top():
    assert newsrec.validate is validate
    assert newsrec.check is check
