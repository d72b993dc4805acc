"""Finding the dates an article mentions and resolving them against its own date.

One regular expression, built from the tables in :mod:`newsrec.lang.en_dates`,
finds every candidate in a single left-to-right pass; each match is then
resolved to the days it names with :mod:`dateutil.relativedelta`, whose weekday
arithmetic (``relativedelta(weekday=FR(-1))``) does all the calendar work.

The rules, in short (``A`` is the article's date):

* A weekday alone or after "on" is the last such day on or before ``A``: an
  article of Friday 7 January 2022 that says "on Friday" means that same day.
  "last Friday" is strictly before ``A``, "next Friday" strictly after, and
  "this Friday" is the Friday of ``A``'s week (weeks run Monday to Sunday).
* "since X" runs from the first day of ``X`` to ``A``; for "since" a weekday,
  month or day without a year is taken on or before ``A``.
* A day or month without a year takes the year that puts it nearest ``A``.
* Numbers like ``7/1/2022`` follow ``day_first``; with ``day_first=None`` only
  unambiguous ones (``25/12/2022``, ``1/1/2022``) are resolved, the rest are
  found with ``earliest`` and ``latest`` left None.
* Months and years ("in March", "January 2022", "in 2022") are
  :attr:`~newsrec.DateKind.INTERVAL` mentions covering the whole month or year.
* Without an article date every relative mention is still found, with
  ``earliest`` and ``latest`` None.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Iterator
from typing import overload

from dateutil.relativedelta import MO, SA, relativedelta, weekday

from newsrec._sentences import new_span
from newsrec._trie import trie_pattern
from newsrec.lang import en_dates as en
from newsrec.records import DateKind, DateMention, Span

__all__ = ["extract_dates"]

_WEEKDAY_OBJECTS: tuple[weekday, ...] = tuple(weekday(i) for i in range(7))
_ONE_DAY = relativedelta(days=1)
_MONTH_END = relativedelta(day=31)
_YEAR_END = relativedelta(month=12, day=31)
_THIS_MONDAY = relativedelta(weekday=MO(-1))
_NEXT_SATURDAY = relativedelta(weekday=SA(+1))
_LAST_SATURDAY = relativedelta(weekday=SA(-1))
_BACK = frozenset({"last", "previous", "this past"})
_SINGULAR_UNITS = frozenset(u for u in en.UNITS if en.UNITS[u] == u)


def _trie(words: Iterable[str]) -> str:
    """A regex for any of ``words``, factored into a trie; a space matches white space."""
    return trie_pattern(words)


def _words(words: Iterable[str]) -> str:
    """Any of ``words`` (lower case), written in lower case or Capitalised."""
    return _trie(f for w in words for f in (w, w[0].upper() + w[1:]))


def _names(words: Iterable[str]) -> str:
    """Any of ``words`` written Capitalised or in CAPITALS, never in lower case."""
    return _trie(f for w in words for f in (w.capitalize(), w.upper()))


_MONTH_ANY = _names([*en.MONTHS, *en.MONTH_ABBREVIATIONS])
_MONTH_FULL = _names(en.MONTHS)
_WEEKDAY = _names(en.WEEKDAYS)
_WEEKDAY_PREFIX = rf"(?:{_names([*en.WEEKDAYS, *en.WEEKDAY_ABBREVIATIONS])}\.?,?\s+)?"
_ORDINAL = rf"(?:{_trie(en.ORDINAL_SUFFIXES)})?"
_NUMBER = rf"\d{{1,3}}|{_words(en.NUMBER_WORDS)}"
_UNIT = _words(en.UNITS)
_CUE = _words(en.MONTH_CUES)
_THE = _words(["the"])
_RECENT = _words(["recent", "past", "last"])
_END = r"(?!\w)"
_NUM_START = r"(?<![\d.,/:-])"
_NUM_END = r"(?![\d]|[.,/:-]\d)"

# One alternative per form, in the order a scan should prefer them at one place.
_PATTERN = rf"""
(?<!\w)
(?P<since>{_words(["since"])}\s+)?
(?:
  (?P<iso>{_NUM_START}(?P<iso_y>\d{{4}})(?P<iso_s>[-/.])(?P<iso_m>\d{{1,2}})(?P=iso_s)
      (?P<iso_d>\d{{1,2}}){_NUM_END})
| (?P<num>{_NUM_START}(?P<num_a>\d{{1,2}})(?P<num_s>[/.-])(?P<num_b>\d{{1,2}})(?P=num_s)
      (?P<num_y>\d{{4}}){_NUM_END})
| (?P<dmy>{_WEEKDAY_PREFIX}(?:{_THE}\s+)?{_NUM_START}(?P<dmy_d>\d{{1,2}}){_ORDINAL}
      (?:\s+of)?\s+(?P<dmy_m>{_MONTH_ANY})\.?(?:,?\s+(?P<dmy_y>\d{{4}}))?{_END})
| (?P<mdy>{_WEEKDAY_PREFIX}(?P<mdy_m>{_MONTH_ANY})\.?\s+(?P<mdy_d>\d{{1,2}}){_ORDINAL}(?!\d)
      (?:,?\s+(?P<mdy_y>\d{{4}}))?{_END}(?![.,/:]\d))
| (?P<my>(?:(?P<my_cue>{_CUE})(?:\s+|-))?(?P<my_m>{_MONTH_ANY})\.?,?\s+(?P<my_y>\d{{4}}){_END}
      (?![.,/:]\d))
| (?P<mon>(?:(?P<mon_cue>{_CUE})(?:\s+|-))?(?P<mon_m>{_MONTH_FULL}){_END})
| (?P<year>(?:(?P<year_cue>{_CUE}|{_THE}\s+year)(?:\s+|-))?(?P<year_y>(?:1[89]|20)\d\d)
      (?![\w%]|[.,/:-]\d))
| (?P<wd>(?:(?P<wd_mod>{_words(["this past", "this", "last", "next", "coming", "past", "on"])})\s+)?
      (?P<wd_d>{_WEEKDAY})(?!\s+(?:{_trie(en.WEEKDAY_NOT_BEFORE)}){_END})
      (?:\s+{_trie(en.TIMES_OF_DAY)})?{_END})
| (?P<day>{_words(en.DAY_WORDS)}{_END})
| (?P<ago>(?P<ago_n>{_NUMBER})\s+(?P<ago_u>{_UNIT})\s+ago{_END})
| (?P<per>(?P<per_mod>{_words(en.PERIOD_MODIFIERS)})\s+
      (?P<per_u>{_trie(["weekend", "week", "month", "year"])}){_END})
| (?P<wkd>(?:(?:{_words(en.WEEKEND_PREPOSITIONS)})\s+)?{_THE}\s+weekend{_END})
| (?P<rec>(?:{_words(en.RECENT_LEADS)}\s+)?(?:{_THE}\s+)?(?P<rec_w>{_RECENT})
      (?:\s+(?:(?P<rec_n>{_NUMBER})|(?P<rec_few>{_trie(en.FEW_WORDS)})))?
      \s+(?P<rec_u>{_UNIT}){_END})
)
"""
_DATES = re.compile(_PATTERN, re.VERBOSE)

# Cores: every mention holds one of these, and ``_CORES`` finds them all in one scan
# of a copy of the text folded to lower-case ASCII words (digits as "#", everything
# else a space), after one leading space so that every word follows a space.
_FOLD = bytes(
    c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 35 if 48 <= c <= 57 else 32
    for c in range(256)
)
_NAME_CORES = (*en.MONTHS, *en.MONTH_ABBREVIATIONS, *en.WEEKDAYS)
_CORE_WORDS = (
    *_NAME_CORES,
    *en.UNITS,
    *en.TIMES_OF_DAY,
    "weekend",
    "weekends",
    *(w for w in en.DAY_WORDS if " " not in w),
)
# As ``_CORES`` finds them, with the space: a month or day name counts only Capitalised;
# and no form of ``_DATES`` begins with a unit, a time of day or "weekend" ("3 days
# ago", "Friday night", "the weekend"), so the regex is never tried at one of those.
_SPACED_NAMES = frozenset(f" {w}".encode() for w in _NAME_CORES)
_SPACED_INNER = frozenset(
    f" {w}".encode() for w in (*en.UNITS, *en.TIMES_OF_DAY, "weekend", "weekends")
)


def _by_first_letter(words: Iterable[str]) -> str:
    """Like :func:`_trie`, but a flat alternation of one branch per first letter.

    Each branch then opens with a literal, which the engine checks without
    entering the branch, so most words are turned down at their first letter;
    the nested groups of one trie cost a third more on news text.
    """
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w)
    return "|".join(_trie(groups[c]) for c in sorted(groups))


# A number (digits, then any letters or digits: "7th", "2022"), or a core word, each
# after a space. The literal space in front lets the engine jump from word to word at
# C speed. A number inside a word ("covid19") is never the start of a mention: no
# form of ``_DATES`` has a letter right before a digit.
_CORES = re.compile(rf" (?:#[^ ]*|{_by_first_letter(_CORE_WORDS)})(?![^ ])".encode())
# Words a mention may start with other than its core, folded to lower case.
_STARTERS = frozenset(
    w.encode()
    for phrase in (
        "since the",
        *en.MONTH_CUES,
        *en.PERIOD_MODIFIERS,
        *en.WEEKEND_PREPOSITIONS,
        *en.RECENT_LEADS,
        *en.DAY_WORDS,
        *en.NUMBER_WORDS,
        *en.FEW_WORDS,
        *en.WEEKDAYS,
        *en.WEEKDAY_ABBREVIATIONS,
        "recent past coming on",
    )
    for w in phrase.split()
)
# What may follow a number that begins a mention: "7 January", "7 of", "3 days ago".
_AFTER_NUMBER = frozenset(
    w.encode() for w in (*en.MONTHS, *en.MONTH_ABBREVIATIONS, *en.UNITS, "of")
)
_LONGEST_NEXT = 12
_DATE_SEPARATORS = frozenset("-/.")
_HASH = 35  # "#", a folded digit
_SPACE = 32
# Words that may stand inside a mention before its core: "couple of", "the day before".
_LEAD_WORDS = _STARTERS | {b"of", b"day", b"before", b"after", b"year", b"#", b"##", b"###"}
_MAX_LEAD_WORDS = 6  # "since over the past couple of days"
_MAX_LEAD_CHARS = 60

# The table keys of the phrases as usually written, for ``_key`` to look up.
_KEYS = {
    f: k
    for k in (
        *en.MONTH_CUES,
        *en.PERIOD_MODIFIERS,
        *en.DAY_WORDS,
        "this past",
        "this",
        "last",
        "next",
        "coming",
        "past",
        "on",
    )
    for f in (k, k[0].upper() + k[1:])
}
# A weekday name as the regex reads it (Capitalised or in capitals) to its number.
_WEEKDAY_NUMBERS = {f: n for w, n in en.WEEKDAYS.items() for f in (w.capitalize(), w.upper())}

_Days = tuple[DateKind, dt.date | None, dt.date | None]
_OPEN: _Days = (DateKind.RELATIVE, None, None)


def extract_dates(
    body: str,
    *,
    date: dt.date | dt.datetime | None = None,
    day_first: bool | None = None,
) -> tuple[DateMention, ...]:
    """Find the dates ``body`` mentions and resolve them against the article's date.

    Absolute dates ("7 January", "January 7, 2022", "2022-01-07", "7/1/2022")
    and relative ones ("on Friday", "since the weekend", "last week",
    "3 days ago", "in recent days") are found in one pass. Month names count
    only when Capitalised, and weekday abbreviations only in front of a full
    date, so "we", "may", "march", "sat" and "sun" are never read as dates.

    Args:
        body: The text to search; spans index it.
        date: The article's date, which relative mentions and dates without a
            year are resolved against. A ``datetime`` counts by its own
            ``.date()``. Without it, relative mentions are found with
            ``earliest`` and ``latest`` None.
        day_first: How to read numeric dates such as ``7/1/2022``: True for
            day/month/year, False for month/day/year, None to resolve only
            those that read one way (``25/12/2022``) and leave the days of
            the rest None.

    Returns:
        The mentions in order of position, never overlapping.

    >>> import datetime as dt
    >>> for d in extract_dates("Protests went on since Wednesday; we left on Friday.",
    ...                        date=dt.date(2022, 1, 7)):
    ...     print(d.text, d.earliest, d.latest, d.kind.value)
    since Wednesday 2022-01-05 2022-01-07 interval
    on Friday 2022-01-07 2022-01-07 relative

    .. versionadded:: 0.1.0
    """
    if isinstance(date, dt.datetime):
        anchor: dt.date | None = date.date()
    elif isinstance(date, dt.date):
        anchor = date
    else:
        anchor = None
    out: list[DateMention] = []
    for m in _matches(body):
        try:
            days = _resolve(m, anchor, day_first)
        except (ValueError, OverflowError):  # 31 February, or past year 9999
            continue
        if days is not None:
            out.append(_mention(m, *days))
    return tuple(out)


_NEW = object.__new__
_SET_TEXT, _SET_SPAN, _SET_EARLIEST, _SET_LATEST, _SET_KIND = (
    DateMention.__dict__[name].__set__ for name in ("text", "span", "earliest", "latest", "kind")
)


def _mention(
    m: re.Match[str], kind: DateKind, earliest: dt.date | None, latest: dt.date | None
) -> DateMention:
    """Build the record of a match, skipping the validators its fields pass by construction.

    The text is a ``str`` and the span a match's own (as in
    :func:`newsrec._sentences.new_span`); ``_resolve`` gives a :class:`DateKind`
    and plain ``date`` objects or None. Only the order of the days is not a
    given, so a mention whose last day would come before its first takes the
    checked way and raises as ``DateMention(...)`` would. Half the cost of
    ``DateMention(...)``, which an article pays for every mention.
    """
    start, end = m.span()
    if earliest is not None and latest is not None and latest < earliest:
        return DateMention(
            text=m.group(), span=Span(start, end), earliest=earliest, latest=latest, kind=kind
        )
    out: DateMention = _NEW(DateMention)
    _SET_TEXT(out, m.group())
    _SET_SPAN(out, new_span(start, end))
    _SET_EARLIEST(out, earliest)
    _SET_LATEST(out, latest)
    _SET_KIND(out, kind)
    return out


def _matches(body: str) -> Iterator[re.Match[str]]:
    """Yield what ``_DATES.finditer(body)`` would, trying the regex only near a core.

    Running the regex at every word costs milliseconds. Every mention holds a
    core (a number, a month or weekday name, or a word such as "week" or
    "yesterday"), and ``_CORES`` finds those in one scan of a copy of the text
    folded to ASCII words; the regex is then tried only at the few words just
    before each core that can start a mention, farthest first, as a
    left-to-right scan would.
    """
    # One byte per character, after one leading space: body index i is folded[i + 1].
    folded = (b" " + body.encode("ascii", "replace")).translate(_FOLD)
    pos = 0
    for core in _CORES.finditer(folded):
        start = core.start()  # the space before the core; in the body, the core itself
        if start < pos:
            continue
        end = core.end() - 1
        if folded[start + 1] == _HASH:
            if not _is_number_core(body, folded, start, end):
                continue
        elif body[start].islower() and core[0] in _SPACED_NAMES:
            continue  # "may", "march", "sun"
        starts = _starts(folded, start, pos)
        if core[0] in _SPACED_INNER:
            starts.pop()  # "days", "night": only a word before them can start a mention
        for s in starts:
            m = _DATES.match(body, s)
            if m is not None and m.end() > start:
                pos = m.end()
                yield m
                break


def _is_number_core(body: str, folded: bytes, start: int, end: int) -> bool:
    """Whether the number ``body[start:end]`` can be the core of a mention.

    It counts if it can begin a date: a year, "7th", "7/1/2022", or a number
    before a month, "of" or a unit ("7 January", "3 days ago"); the "000" of
    "3,000" is no number.
    """
    if start >= 2 and body[start - 1] in ",." and body[start - 2].isdigit():
        return False  # the "000" of "3,000"
    if end - start == 4 or folded[end] != _HASH or body[end : end + 1] in _DATE_SEPARATORS:
        return True  # a year, "7th", "2022-01-07", "7/1/2022"
    after = folded[end + 2 : end + 1 + _LONGEST_NEXT].split(maxsplit=1)
    return bool(after) and after[0] in _AFTER_NUMBER


def _starts(folded: bytes, start: int, floor: int) -> list[int]:
    """Where a mention holding the core at ``start`` may begin, farthest first.

    Walks back over the words that may stand before a core inside a mention
    ("since", "the", "past", "few", ...) and keeps those a mention may start with.
    """
    # Most cores follow a word that cannot stand in a mention: look at that one first.
    end = start
    while end and folded[end - 1] == _SPACE:
        end -= 1
    if folded[folded.rfind(b" ", 0, end) + 1 : end] not in _LEAD_WORDS:
        return [start]
    out = [start]
    lo = max(floor, start - _MAX_LEAD_CHARS)
    before = folded[lo + 1 : start + 1]  # the body's [lo:start]
    j = len(before)
    for word in reversed(before.split()[-_MAX_LEAD_WORDS:]):
        if word not in _LEAD_WORDS:
            break
        j = before.rfind(word, 0, j)
        if word in _STARTERS:
            out.append(lo + j)
    out.reverse()
    return out


def _resolve(m: re.Match[str], anchor: dt.date | None, day_first: bool | None) -> _Days | None:
    """Return the kind and days of a match, or None if it is not a date after all."""
    since = m.group("since") is not None
    branch = m.lastgroup
    if branch == "wd" and anchor is not None:  # the commonest form first
        days: _Days = _weekday(anchor, _WEEKDAY_NUMBERS[m["wd_d"]], _key(m["wd_mod"]))
    elif branch == "iso":
        day = dt.date(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))
        days = (DateKind.ABSOLUTE, day, day)
    elif branch == "num":
        days = _numeric(int(m["num_a"]), int(m["num_b"]), int(m["num_y"]), day_first)
    elif branch in {"dmy", "mdy"}:
        month = _month(m[f"{branch}_m"])
        year = m[f"{branch}_y"]
        d = int(m[f"{branch}_d"])
        if year is not None:
            found: dt.date | None = dt.date(int(year), month, d)
        else:
            dt.date(2000, month, d)  # raises for a day no year has: "31 April"
            found = None if anchor is None else _nearest_day(anchor, month, d, past=since)
        days = (DateKind.ABSOLUTE, found, found)
    elif branch == "my":
        days = _month_of(int(m["my_y"]), _month(m["my_m"]))
    elif branch == "mon":
        if m["mon_cue"] is None and not since:
            return None
        if anchor is None:
            days = (DateKind.INTERVAL, None, None)
        else:
            days = _month_span(anchor, _month(m["mon_m"]), _key(m["mon_cue"]), past=since)
    elif branch == "year":
        if m["year_cue"] is None and not since:
            return None
        days = _year_of(int(m["year_y"]))
    elif anchor is None:
        days = _OPEN if branch in {"wd", "day", "ago"} else _open_span(m)
    elif branch == "day":
        days = _shifted(anchor, "day", en.DAY_WORDS[_key(m["day"])])
    elif branch == "ago":
        days = _shifted(anchor, en.UNITS[m["ago_u"].lower()], -_count(m["ago_n"]))
    elif branch == "wkd":
        days = _weekend(anchor, None)
    elif branch == "per":
        days = _period(anchor, _key(m["per_mod"]), m["per_u"].lower())
    else:
        days = _recent(anchor, en.UNITS[m["rec_u"].lower()], _recent_count(m))
    if since:
        return _since(days, anchor)
    return days


def _since(days: _Days, anchor: dt.date | None) -> _Days:
    """Turn the days of X into those of "since X": from X's first day to the article's."""
    _, earliest, latest = days
    if earliest is None or anchor is None:
        return DateKind.INTERVAL, earliest, None if anchor is None else anchor
    return DateKind.INTERVAL, earliest, max(anchor, latest or earliest)


def _numeric(a: int, b: int, year: int, day_first: bool | None) -> _Days:
    """Read ``a/b/year`` by the convention, or only if it reads one way."""
    if day_first is None:
        if a == b or a > 12:
            day_first = True
        elif b > 12:
            day_first = False
        else:
            dt.date(year, a, b)  # both readings are real days; keep the mention, not the days
            return DateKind.ABSOLUTE, None, None
    d, month = (a, b) if day_first else (b, a)
    day = dt.date(year, month, d)
    return DateKind.ABSOLUTE, day, day


def _recent_count(m: re.Match[str]) -> int | None:
    """How many units "the past N units" goes back: None for "recent days", "past few weeks"."""
    if m["rec_n"] is not None:
        return _count(m["rec_n"])
    if m["rec_few"] is None and m["rec_u"].lower() in _SINGULAR_UNITS:
        return 1  # "the past week"
    return None


def _open_span(m: re.Match[str]) -> _Days:
    """The days of a span found without an article date: none, but vague stays vague."""
    if m.lastgroup == "rec" and _recent_count(m) is None:
        return DateKind.VAGUE, None, None
    return DateKind.INTERVAL, None, None


@functools.lru_cache(maxsize=1024)
def _month_of(year: int, month: int) -> _Days:
    first = dt.date(year, month, 1)
    return DateKind.INTERVAL, first, first + _MONTH_END


@functools.lru_cache(maxsize=1024)
def _year_of(year: int) -> _Days:
    first = dt.date(year, 1, 1)
    return DateKind.INTERVAL, first, first + _YEAR_END


@functools.lru_cache(maxsize=1024)
def _shifted(anchor: dt.date, unit: str, n: int) -> _Days:
    """The one day ``n`` units from ``anchor``: "yesterday", "two weeks ago"."""
    day = anchor + _delta(unit, n)
    return DateKind.RELATIVE, day, day


@functools.lru_cache(maxsize=1024)
def _recent(anchor: dt.date, unit: str, n: int | None) -> _Days:
    """The span back from ``anchor``: "the past 3 days"; open for "in recent days"."""
    if n is None:
        return DateKind.VAGUE, None, anchor
    return DateKind.INTERVAL, anchor - _delta(unit, n), anchor


@functools.lru_cache(maxsize=1024)
def _weekend(anchor: dt.date, mod: str | None) -> _Days:
    """A Saturday and Sunday: "the weekend" is the last one begun on or before ``anchor``."""
    if mod is None:
        saturday = anchor + _LAST_SATURDAY
    else:
        saturday = anchor + _THIS_MONDAY + _NEXT_SATURDAY
        if mod in _BACK:
            saturday -= relativedelta(weeks=1)
        elif mod == "next":
            saturday += relativedelta(weeks=1)
    return DateKind.INTERVAL, saturday, saturday + _ONE_DAY


@functools.lru_cache(maxsize=1024)
def _period(anchor: dt.date, mod: str, unit: str) -> _Days:
    """A calendar week (Monday to Sunday), month or year: "last week", "earlier this month"."""
    if unit == "weekend":
        return _weekend(anchor, mod)
    if unit == "week":
        first = anchor + _THIS_MONDAY
    elif unit == "month":
        first = anchor + relativedelta(day=1)
    else:
        first = anchor + relativedelta(month=1, day=1)
    step = _delta(unit, 1)
    if mod in _BACK:
        first -= step
    elif mod in {"next", "coming"}:
        first += step
    last = first + step - _ONE_DAY
    if mod == "earlier this":
        last = anchor
    elif mod == "later this":
        first = anchor
    return DateKind.INTERVAL, first, last


@functools.lru_cache(maxsize=1024)
def _weekday(anchor: dt.date, wd: int, mod: str | None) -> _Days:
    """Resolve a weekday against ``anchor`` by its modifier."""
    target = _WEEKDAY_OBJECTS[wd]
    if mod in _BACK or mod == "past":
        day = anchor + relativedelta(days=-1, weekday=target(-1))
    elif mod in {"next", "coming"}:
        day = anchor + relativedelta(days=+1, weekday=target(+1))
    elif mod == "this":
        day = anchor + _THIS_MONDAY + relativedelta(weekday=target(+1))
    else:  # "on Friday", "Friday", "since Friday": on or before the article's date
        day = anchor + relativedelta(weekday=target(-1))
    return DateKind.RELATIVE, day, day


@functools.lru_cache(maxsize=1024)
def _nearest_day(anchor: dt.date, month: int, day: int, *, past: bool) -> dt.date | None:
    """The date with this month and day nearest ``anchor`` (on or before it if ``past``)."""
    best: dt.date | None = None
    for years in (-1, 0, 1):
        try:
            cand = anchor + relativedelta(years=years, month=month, day=day)
        except (ValueError, OverflowError):
            continue
        if cand.day != day or (past and cand > anchor):
            continue  # relativedelta clamped 29 February to the 28th
        if best is None or abs((cand - anchor).days) < abs((best - anchor).days):
            best = cand
    return best


def _month_span(anchor: dt.date, month: int, cue: str | None, *, past: bool) -> _Days:
    """The whole month named alone, its year taken from ``anchor`` by the cue."""
    year = anchor.year
    if cue == "last":
        year -= month >= anchor.month
    elif cue == "next":
        year += month <= anchor.month
    elif past:  # "since March"
        year -= month > anchor.month
    elif cue != "this":  # "in March": the nearest March
        year += (month - anchor.month < -6) - (month - anchor.month > 6)
    return _month_of(year, month)


def _month(name: str) -> int:
    key = name.lower()
    return en.MONTHS.get(key) or en.MONTH_ABBREVIATIONS[key]


@overload
def _key(word: str) -> str: ...
@overload
def _key(word: str | None) -> str | None: ...
def _key(word: str | None) -> str | None:
    """A matched phrase as its table key: lower case, single spaces."""
    if word is None:
        return None
    return _KEYS.get(word) or " ".join(word.lower().split())


def _count(word: str) -> int:
    return int(word) if word.isdigit() else en.NUMBER_WORDS[word.lower()]


def _delta(key: str, n: int) -> relativedelta:
    if key == "day":
        return relativedelta(days=n)
    if key == "week":
        return relativedelta(weeks=n)
    if key == "month":
        return relativedelta(months=n)
    return relativedelta(years=n)
