"""Properties of date extraction: render a day relative to a random article date, read it back.

The expected days are computed here with plain ``timedelta`` arithmetic, not
with the ``relativedelta`` rules the extractor uses, so the two check each other.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import assume, example, given
from hypothesis import strategies as st

from newsrec import DateKind
from newsrec._dates import _DATES, _resolve, extract_dates

MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WORDS = ["a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
DAY = dt.timedelta(days=1)

anchors = st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(2099, 10, 31))
# Words around a mention that are never part of one.
lead = st.sampled_from(["", "Officials said ", "The talks, he added, ended ", "Protests grew "])
tail = st.sampled_from(["", ".", ", officials said.", " and talks failed"])


def read_back(text: str, anchor: dt.date, **kw: bool | None):
    found = extract_dates(text, date=anchor, **kw)
    assert len(found) == 1, (text, found)
    return found[0]


def count(n: int, as_word: bool) -> str:
    return WORDS[n] if as_word and n < len(WORDS) else str(n)


@given(anchors, st.integers(1, 60), st.booleans(), lead, tail)
def test_days_ago(anchor, n, as_word, before, after):
    unit = "day" if n == 1 else "days"
    m = read_back(f"{before}{count(n, as_word)} {unit} ago{after}", anchor)
    assert (m.earliest, m.latest, m.kind) == (anchor - n * DAY, anchor - n * DAY, DateKind.RELATIVE)


@given(anchors, st.integers(1, 10), lead)
def test_weeks_ago(anchor, n, before):
    unit = "week" if n == 1 else "weeks"
    m = read_back(f"{before}{n} {unit} ago", anchor)
    assert m.earliest == m.latest == anchor - 7 * n * DAY


@given(anchors, st.sampled_from([("yesterday", -1), ("today", 0), ("tomorrow", 1)]), lead, tail)
def test_day_words(anchor, word_offset, before, after):
    word, offset = word_offset
    m = read_back(f"{before}{word}{after}", anchor)
    assert m.earliest == m.latest == anchor + offset * DAY


@given(anchors, st.integers(0, 6), st.sampled_from(["on ", "", "since "]), lead, tail)
def test_weekday_is_on_or_before_the_article_date(anchor, wd, mod, before, after):
    m = read_back(f"{before}{mod}{WEEKDAYS[wd]}{after}", anchor)
    day = anchor - ((anchor.weekday() - wd) % 7) * DAY
    assert m.earliest == day
    assert m.latest == (anchor if mod == "since " else day)
    assert anchor - 6 * DAY <= day <= anchor


@given(anchors, st.integers(0, 6), st.sampled_from(["last", "next", "this"]), lead)
def test_weekday_modifiers(anchor, wd, mod, before):
    m = read_back(f"{before}{mod} {WEEKDAYS[wd]}", anchor)
    if mod == "last":
        day = anchor - ((anchor.weekday() - wd - 1) % 7 + 1) * DAY
    elif mod == "next":
        day = anchor + ((wd - anchor.weekday() - 1) % 7 + 1) * DAY
    else:
        day = anchor + (wd - anchor.weekday()) * DAY
    assert m.earliest == m.latest == day


@given(
    anchors,
    st.integers(-400, 400),
    st.sampled_from(["dmy", "mdy", "iso", "dmy-num", "mdy-num", "ordinal"]),
    lead,
    tail,
)
def test_absolute_dates_with_year(anchor, offset, form, before, after):
    day = anchor + offset * DAY
    month = MONTHS[day.month - 1]
    rendered, day_first = {
        "dmy": (f"{day.day} {month} {day.year}", None),
        "mdy": (f"{month} {day.day}, {day.year}", None),
        "iso": (day.isoformat(), None),
        "dmy-num": (f"{day.day}/{day.month}/{day.year}", True),
        "mdy-num": (f"{day.month}/{day.day}/{day.year}", False),
        "ordinal": (f"the {day.day}th of {month} {day.year}", None),
    }[form]
    m = read_back(f"{before}{rendered}{after}", anchor, day_first=day_first)
    assert (m.text, m.earliest, m.latest, m.kind) == (rendered, day, day, DateKind.ABSOLUTE)


@given(anchors, st.integers(-150, 150), st.booleans(), lead, tail)
def test_absolute_dates_without_year_take_the_nearest(anchor, offset, day_first, before, after):
    day = anchor + offset * DAY
    month = MONTHS[day.month - 1]
    rendered = f"{day.day} {month}" if day_first else f"{month} {day.day}"
    m = read_back(f"{before}{rendered}{after}", anchor)
    assert m.earliest == m.latest == day


@given(anchors, st.integers(1, 30), st.sampled_from(["in the past", "over the last", "the past"]))
def test_past_n_days(anchor, n, lead_words):
    m = read_back(f"{lead_words} {n} days", anchor)
    assert (m.earliest, m.latest, m.kind) == (anchor - n * DAY, anchor, DateKind.INTERVAL)


@given(anchors, st.sampled_from(["last", "this", "next"]), st.sampled_from(["week", "month", "year"]))
def test_calendar_periods_contain_or_neighbour_the_article_date(anchor, mod, unit):
    m = read_back(f"{mod} {unit}", anchor)
    assert m.earliest is not None
    assert m.latest is not None
    if mod == "this":
        assert m.earliest <= anchor <= m.latest
    elif mod == "last":
        assert m.latest < anchor
        assert m.latest + DAY == read_back(f"this {unit}", anchor).earliest
    else:
        assert m.earliest > anchor
        assert m.earliest - DAY == read_back(f"this {unit}", anchor).latest
    if unit == "week":
        assert m.earliest.weekday() == 0
        assert m.latest - m.earliest == 6 * DAY


# --- any text ---------------------------------------------------------------

_TOKENS = [
    *"""
    on since the this last next in recent past few days week weekend month year ago two a of
    7 7th 2022 1/2/2022 2022-01-07 3,000 January Jan. May may March Friday Fri, yesterday Today
    we sat Sun morning mid- , . “ ’s Wed
""".split(),
    "the day before",
    "\n\n",
]
TOKENS = st.sampled_from(_TOKENS)


@given(st.lists(TOKENS, max_size=40), anchors, st.sampled_from([None, True, False]))
@example(["3,000", "days", "ago"], dt.date(2022, 1, 7), None)
def test_fast_scan_equals_plain_scan(tokens, anchor, day_first):
    text = " ".join(tokens)
    slow = []
    for m in _DATES.finditer(text):
        if m.start() >= 2 and text[m.start() - 1] in ",." and text[m.start() - 2].isdigit():
            continue  # the "000" of "3,000" is no number, though the pattern reads "000 days ago"
        try:
            days = _resolve(m, anchor, day_first)
        except (ValueError, OverflowError):
            continue
        if days is not None:
            slow.append((m.start(), m.end(), *days))
    fast = extract_dates(text, date=anchor, day_first=day_first)
    assert [(d.span.start, d.span.end, d.kind, d.earliest, d.latest) for d in fast] == slow


@given(st.text(max_size=300), st.one_of(st.none(), st.dates()))
def test_any_text_gives_valid_ordered_mentions(text, anchor):
    found = extract_dates(text, date=anchor)
    end = 0
    for d in found:
        assert d.span.start >= end
        end = d.span.end
        assert text[d.span.start : d.span.end] == d.text
        if d.earliest is not None and d.latest is not None:
            assert d.earliest <= d.latest


@given(anchors, st.integers(0, 11), st.sampled_from(["in", "last", "next", "this"]))
def test_lone_months_are_whole_months(anchor, month, cue):
    assume(not (cue == "in" and abs(month + 1 - anchor.month) == 6))  # equally near both ways
    m = read_back(f"{cue} {MONTHS[month]}", anchor)
    assert m.earliest is not None
    assert m.latest is not None
    assert (m.earliest.month, m.earliest.day) == (month + 1, 1)
    assert (m.latest + DAY).day == 1
    assert m.latest.month == month + 1
    first_of_article_month = anchor.replace(day=1)
    if cue == "last":
        assert m.earliest < first_of_article_month
    elif cue == "next":
        assert m.earliest > first_of_article_month
    elif cue == "this":
        assert m.earliest.year == anchor.year
    else:
        assert abs((m.earliest - first_of_article_month).days) <= 184
