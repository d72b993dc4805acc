"""Date mentions: the sample article, every supported form, and the false friends."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import pytest

from newsrec import DateKind, DateMention, Span, parse_text
from newsrec._dates import _DATES, _resolve, extract_dates

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "kazakhstan.txt"

FRI = dt.date(2022, 1, 7)  # the sample's date, a Friday
D = dt.date


def one(text, date=FRI, **kw):
    found = extract_dates(text, date=date, **kw)
    assert len(found) == 1, found
    m = found[0]
    return m.text, m.earliest, m.latest, m.kind


# --- the sample ------------------------------------------------------------

SAMPLE_DATES = [
    ("on Friday", D(2022, 1, 7), D(2022, 1, 7), DateKind.RELATIVE),
    ("since the weekend", D(2022, 1, 1), D(2022, 1, 7), DateKind.INTERVAL),
    ("this Friday morning", D(2022, 1, 7), D(2022, 1, 7), DateKind.RELATIVE),
    ("since Wednesday", D(2022, 1, 5), D(2022, 1, 7), DateKind.INTERVAL),
    ("this Friday", D(2022, 1, 7), D(2022, 1, 7), DateKind.RELATIVE),
    ("In recent days", None, D(2022, 1, 7), DateKind.VAGUE),
    ("this Friday", D(2022, 1, 7), D(2022, 1, 7), DateKind.RELATIVE),
    ("7 January", D(2022, 1, 7), D(2022, 1, 7), DateKind.ABSOLUTE),
]


def test_sample_all_eight_body_mentions():
    art = parse_text(SAMPLE.read_text(encoding="utf-8"))
    got = [(d.text, d.earliest, d.latest, d.kind) for d in art.dates]
    assert got == SAMPLE_DATES
    for d in art.dates:
        assert art.text_of(d.span) == d.text


# The project's own copy of the hand-checked offsets (in the file's text, header included).
SAMPLE_OFFSETS = [(66, 75), (326, 343), (661, 680), (904, 919), (1021, 1032), (1035, 1049),
                  (1239, 1250), (1734, 1743)]


def test_sample_offsets_in_the_file():
    text = SAMPLE.read_text(encoding="utf-8")
    art = parse_text(text)
    shift = text.find(art.body)
    got = [(d.span.start + shift, d.span.end + shift) for d in art.dates]
    assert got == SAMPLE_OFFSETS


def test_sample_we_is_never_wednesday():
    body = parse_text(SAMPLE.read_text(encoding="utf-8")).body
    assert body.lower().count("we ") >= 3
    assert all("we" not in d.text.lower().split() for d in extract_dates(body, date=FRI))


# --- absolute dates --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("7 January", D(2022, 1, 7)),
        ("7 January 2022", D(2022, 1, 7)),
        ("7th January", D(2022, 1, 7)),
        ("the 7th of January", D(2022, 1, 7)),
        ("January 7", D(2022, 1, 7)),
        ("January 7, 2022", D(2022, 1, 7)),
        ("Jan. 7, 2022", D(2022, 1, 7)),
        ("Jan 7th", D(2022, 1, 7)),
        ("Sept. 3, 2021", D(2021, 9, 3)),
        ("2022-01-07", D(2022, 1, 7)),
        ("2022/1/7", D(2022, 1, 7)),
        ("Friday, 7 January 2022", D(2022, 1, 7)),
        ("Fri, 7 Jan 2022", D(2022, 1, 7)),
        ("7 JANUARY", D(2022, 1, 7)),
        ("25/12/2022", D(2022, 12, 25)),
        ("12/25/2022", D(2022, 12, 25)),
        ("1/1/2022", D(2022, 1, 1)),
        ("28 December", D(2021, 12, 28)),  # nearest to the article date: last year
        ("3 June", D(2022, 6, 3)),
    ],
)
def test_absolute(text, day):
    assert one(text) == (text, day, day, DateKind.ABSOLUTE)


@pytest.mark.parametrize(
    ("day_first", "day"),
    [(True, D(2022, 1, 7)), (False, D(2022, 7, 1)), (None, None)],
)
def test_numeric_follows_day_first(day_first, day):
    assert one("7/1/2022", day_first=day_first) == ("7/1/2022", day, day, DateKind.ABSOLUTE)


def test_no_year_and_no_article_date_is_found_unresolved():
    assert one("7 January", date=None) == ("7 January", None, None, DateKind.ABSOLUTE)
    assert one("7 January 2022", date=None)[1] == D(2022, 1, 7)


def test_leap_day_without_year_takes_the_nearest_leap_year():
    assert one("29 February", date=D(2024, 1, 10))[1] == D(2024, 2, 29)
    assert one("29 February", date=D(2023, 1, 10))[1] == D(2024, 2, 29)  # within a year either way
    assert one("29 February", date=D(2022, 6, 1)) == ("29 February", None, None, DateKind.ABSOLUTE)


@pytest.mark.parametrize("text", ["31 February 2022", "31 April", "2022-13-01", "32/1/2022", "13/13/2022"])
def test_impossible_days_are_not_dates(text):
    assert extract_dates(text, date=FRI) == ()


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("January 2022", D(2022, 1, 1), D(2022, 1, 31)),
        ("in March 2021", D(2021, 3, 1), D(2021, 3, 31)),
        ("in May", D(2022, 5, 1), D(2022, 5, 31)),
        ("in November", D(2021, 11, 1), D(2021, 11, 30)),  # nearest November
        ("last May", D(2021, 5, 1), D(2021, 5, 31)),
        ("next March", D(2022, 3, 1), D(2022, 3, 31)),
        ("since March", D(2021, 3, 1), D(2022, 1, 7)),
        ("mid-January", D(2022, 1, 1), D(2022, 1, 31)),
        ("in 2022", D(2022, 1, 1), D(2022, 12, 31)),
        ("during 1999", D(1999, 1, 1), D(1999, 12, 31)),
        ("since 2020", D(2020, 1, 1), D(2022, 1, 7)),
    ],
)
def test_months_and_years_are_intervals(text, first, last):
    assert one(text) == (text, first, last, DateKind.INTERVAL)


# --- relative dates --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("on Friday", D(2022, 1, 7)),  # the article's own day, never a week before
        ("Friday", D(2022, 1, 7)),
        ("on Saturday", D(2022, 1, 1)),
        ("on Thursday", D(2022, 1, 6)),
        ("this Friday", D(2022, 1, 7)),
        ("this Friday morning", D(2022, 1, 7)),
        ("on Wednesday evening", D(2022, 1, 5)),
        ("this Monday", D(2022, 1, 3)),
        ("this Sunday", D(2022, 1, 9)),
        ("last Friday", D(2021, 12, 31)),
        ("next Friday", D(2022, 1, 14)),
        ("next Monday", D(2022, 1, 10)),
        ("yesterday", D(2022, 1, 6)),
        ("Yesterday", D(2022, 1, 6)),
        ("today", D(2022, 1, 7)),
        ("tonight", D(2022, 1, 7)),
        ("tomorrow", D(2022, 1, 8)),
        ("the day before yesterday", D(2022, 1, 5)),
        ("last night", D(2022, 1, 6)),
        ("this morning", D(2022, 1, 7)),
        ("3 days ago", D(2022, 1, 4)),
        ("two weeks ago", D(2021, 12, 24)),
        ("a month ago", D(2021, 12, 7)),
        ("a year ago", D(2021, 1, 7)),
    ],
)
def test_relative_days(text, day):
    assert one(text) == (text, day, day, DateKind.RELATIVE)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("since Wednesday", D(2022, 1, 5), D(2022, 1, 7)),
        ("since Friday", D(2022, 1, 7), D(2022, 1, 7)),
        ("since the weekend", D(2022, 1, 1), D(2022, 1, 7)),
        ("since yesterday", D(2022, 1, 6), D(2022, 1, 7)),
        ("since last week", D(2021, 12, 27), D(2022, 1, 7)),
        ("since 7 January", D(2022, 1, 7), D(2022, 1, 7)),
        ("since 28 December", D(2021, 12, 28), D(2022, 1, 7)),
        ("over the weekend", D(2022, 1, 1), D(2022, 1, 2)),
        ("this weekend", D(2022, 1, 8), D(2022, 1, 9)),
        ("last weekend", D(2022, 1, 1), D(2022, 1, 2)),
        ("last week", D(2021, 12, 27), D(2022, 1, 2)),
        ("this week", D(2022, 1, 3), D(2022, 1, 9)),
        ("next week", D(2022, 1, 10), D(2022, 1, 16)),
        ("earlier this week", D(2022, 1, 3), D(2022, 1, 7)),
        ("later this week", D(2022, 1, 7), D(2022, 1, 9)),
        ("last month", D(2021, 12, 1), D(2021, 12, 31)),
        ("next month", D(2022, 2, 1), D(2022, 2, 28)),
        ("earlier this month", D(2022, 1, 1), D(2022, 1, 7)),
        ("last year", D(2021, 1, 1), D(2021, 12, 31)),
        ("earlier this year", D(2022, 1, 1), D(2022, 1, 7)),
        ("the past week", D(2021, 12, 31), D(2022, 1, 7)),
        ("in the past 3 days", D(2022, 1, 4), D(2022, 1, 7)),
        ("over the last two weeks", D(2021, 12, 24), D(2022, 1, 7)),
    ],
)
def test_relative_spans(text, first, last):
    assert one(text) == (text, first, last, DateKind.INTERVAL)


@pytest.mark.parametrize(
    "text", ["In recent days", "in recent weeks", "over the past few days", "in the past several months"]
)
def test_vague_spans_are_open_at_the_start(text):
    assert one(text) == (text, None, FRI, DateKind.VAGUE)


def test_article_datetime_counts_by_its_own_day():
    aware = dt.datetime(2022, 1, 7, 23, 30, tzinfo=dt.timezone.utc)
    assert one("yesterday", date=aware)[1] == D(2022, 1, 6)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("on Friday", DateKind.RELATIVE),
        ("yesterday", DateKind.RELATIVE),
        ("3 days ago", DateKind.RELATIVE),
        ("since Wednesday", DateKind.INTERVAL),
        ("last week", DateKind.INTERVAL),
        ("in May", DateKind.INTERVAL),
        ("In recent days", DateKind.VAGUE),
    ],
)
def test_without_article_date_relative_mentions_are_found_unresolved(text, kind):
    assert one(text, date=None) == (text, None, None, kind)


# --- false friends ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "we said we would go",
        "We will see",
        "it may rain",
        "May I ask?",
        "Theresa May said",
        "protesters march on the capital",
        "the March on Washington",
        "he sat down",
        "the sun rose",
        "The Sun reported",
        "Will Smith arrived",
        "Jan Kowalski said",  # "Jan" is a date only next to a day number or a year
        "Wed to the idea",
        "Sat on the fence",
        "The Sunday Times reported",
        "in 2,000 cases",
        "More than 3,000 people",
        "at about 5% of normal",
        "a total of 2,500 troops",
        "in 12 cities",
        "since 1,200 arrests",
        "24/7 coverage",
        "version 1.2",
    ],
)
def test_false_friends_are_not_dates(text):
    assert extract_dates(text, date=FRI) == ()


def test_may_and_march_are_months_with_a_cue_or_a_number():
    assert one("in May")[0] == "in May"
    assert one("May 5")[1] == D(2022, 5, 5)
    assert one("on 3 March")[0] == "3 March"


# --- the contract of the result --------------------------------------------


def test_results_are_ordered_and_do_not_overlap():
    body = "Since Wednesday, and yesterday, 7 January 2022 and last week; in 2021."
    found = extract_dates(body, date=FRI)
    assert [d.text for d in found] == [
        "Since Wednesday",
        "yesterday",
        "7 January 2022",
        "last week",
        "in 2021",
    ]
    ends = [0]
    for d in found:
        assert d.span.start >= ends[-1]
        ends.append(d.span.end)


@pytest.mark.parametrize(
    "body",
    [
        "",
        " ",
        "7",
        "2022",
        "since",
        "since since since",
        "Friday" * 1000,
        "9999-12-31 and tomorrow",
        "0001-01-01, 3 years ago",
        "the day after tomorrow",
        "\u00e9t\u00e9 7 janvier",
        "\ud800 7 January",
        "1" * 10_000,
        "the " * 5000 + "weekend",
    ],
)
def test_never_raises(body):
    extract_dates(body, date=FRI)
    extract_dates(body, date=D(9999, 12, 31))
    extract_dates(body, date=D(1, 1, 1))
    extract_dates(body)


def test_matches_a_plain_left_to_right_scan():
    text = SAMPLE.read_text(encoding="utf-8") + (
        " On Friday, 7 January 2022, the 7th of January. Since the weekend; over the past few"
        " days; two weeks ago; Jan. 7; mid-January 2021; in 2020; earlier this month."
    )
    slow = []
    for m in _DATES.finditer(text):
        days = _resolve(m, FRI, None)
        if days is not None:
            slow.append((m.start(), m.end(), *days))
    fast = [(d.span.start, d.span.end, d.kind, d.earliest, d.latest) for d in extract_dates(text, date=FRI)]
    assert fast == slow


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Yesterday, talks resumed.", ["Yesterday"]),  # a core at the very start
        ("talks resume tomorrow", ["tomorrow"]),  # and at the very end
        ("(Friday) and “Wednesday”", ["Friday", "Wednesday"]),
        ("FRIDAY", ["FRIDAY"]),
        ("FRiday or friDAY", []),  # a name counts Capitalised or in capitals only
        ("COVID19 days ago, covid-19 cases", []),  # no number inside a word
        ("19 days ago", ["19 days ago"]),
        ("every day, for years, all weekend", []),  # a unit alone is no mention
        ("\u00e9t\u00e9 7 January", ["7 January"]),
        ("mid-January", ["mid-January"]),
    ],
)
def test_cores_anywhere_in_the_text(text, found):
    assert [d.text for d in extract_dates(text, date=FRI)] == found


def test_mentions_are_the_records_their_constructor_builds():
    """The extractor builds mentions without re-running their validators: same records."""
    body = SAMPLE.read_text(encoding="utf-8") + " since 2020; 25/12/2022; 3 days ago; in May."
    found = extract_dates(body, date=FRI)
    assert len(found) == 13  # the header date too
    for d in found:
        rebuilt = DateMention(
            text=d.text,
            span=Span(d.span.start, d.span.end),
            earliest=d.earliest,
            latest=d.latest,
            kind=d.kind,
        )
        assert rebuilt == d
        assert hash(rebuilt) == hash(d)
        assert type(d.span.start) is int
        assert type(d.span.end) is int
    assert [a.name for a in attrs.fields(DateMention)] == [
        "text",
        "span",
        "earliest",
        "latest",
        "kind",
    ]
