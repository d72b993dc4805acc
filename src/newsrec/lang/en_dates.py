"""English tables for finding dates: month and weekday names, relative expressions.

The tables are data: :mod:`newsrec._dates` builds its one regular expression
from them, so a word added here is found everywhere it fits. Keys are lower
case; the extractor decides which casings it accepts.

The guards that keep ordinary words from being read as dates live here too:
month names count only when Capitalised, abbreviations only next to a day
number or a year, and weekday abbreviations ("Wed", "Sat", "Sun") only in
front of a full date. "we", "may", "march", "sat" and "sun" in lower case
never start a date.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

#: Full month names, which may stand alone after a cue in :data:`MONTH_CUES` ("in May").
MONTHS: Mapping[str, int] = MappingProxyType(
    {
        "january": 1,
        "february": 2,
        "march": 3,
        "april": 4,
        "may": 5,
        "june": 6,
        "july": 7,
        "august": 8,
        "september": 9,
        "october": 10,
        "november": 11,
        "december": 12,
    }
)

#: Abbreviations, which count only next to a day number or a year ("Jan 7", "7 Jan.",
#: "Jan 2022"), so that "Jan" the first name and "Mar" the verb are left alone.
MONTH_ABBREVIATIONS: Mapping[str, int] = MappingProxyType(
    {
        "jan": 1,
        "feb": 2,
        "mar": 3,
        "apr": 4,
        "jun": 6,
        "jul": 7,
        "aug": 8,
        "sep": 9,
        "sept": 9,
        "oct": 10,
        "nov": 11,
        "dec": 12,
    }
)

#: Words before a lone month name or year that make it a time: "in March", "mid-2021".
MONTH_CUES: tuple[str, ...] = (
    "in",
    "during",
    "until",
    "till",
    "through",
    "throughout",
    "from",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
)

#: Weekday names, Monday first as in :meth:`datetime.date.weekday`.
WEEKDAYS: Mapping[str, int] = MappingProxyType(
    {
        "monday": 0,
        "tuesday": 1,
        "wednesday": 2,
        "thursday": 3,
        "friday": 4,
        "saturday": 5,
        "sunday": 6,
    }
)

#: Weekday abbreviations: read only in front of a full date ("Fri, 7 Jan 2022"),
#: never alone, so "we", "Wed", "sat" and "Sun" stay words.
WEEKDAY_ABBREVIATIONS: Mapping[str, int] = MappingProxyType(
    {
        "mon": 0,
        "tue": 1,
        "tues": 1,
        "wed": 2,
        "thu": 3,
        "thur": 3,
        "thurs": 3,
        "fri": 4,
        "sat": 5,
        "sun": 6,
    }
)

#: Words after a weekday that make it a name, not a day: "the Sunday Times".
WEEKDAY_NOT_BEFORE: tuple[str, ...] = (
    "Times",
    "Telegraph",
    "Mirror",
    "Express",
    "Mail",
    "Post",
    "Herald",
    "Tribune",
    "Independent",
    "Sport",
    "Star",
    "People",
    "Observer",
    "School",
)

#: Parts of a day that may follow a weekday and stay in the mention: "Friday morning".
TIMES_OF_DAY: tuple[str, ...] = ("morning", "afternoon", "evening", "night")

#: Single days named relative to the article's date, as an offset in days.
DAY_WORDS: Mapping[str, int] = MappingProxyType(
    {
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
        "yesterday": -1,
        "today": 0,
        "tonight": 0,
        "tomorrow": 1,
        "this morning": 0,
        "this afternoon": 0,
        "this evening": 0,
        "last night": -1,
    }
)

#: Small counts written as words: "two days ago", "a week ago".
NUMBER_WORDS: Mapping[str, int] = MappingProxyType(
    {
        "a": 1,
        "an": 1,
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
    }
)

#: Calendar units, singular and plural, to the singular.
UNITS: Mapping[str, str] = MappingProxyType(
    {
        "day": "day",
        "days": "day",
        "week": "week",
        "weeks": "week",
        "month": "month",
        "months": "month",
        "year": "year",
        "years": "year",
    }
)

#: Modifiers of "week", "month", "year" and "weekend": "last week", "earlier this month".
PERIOD_MODIFIERS: tuple[str, ...] = (
    "earlier this",
    "later this",
    "this past",
    "this",
    "last",
    "next",
    "previous",
    "coming",
)

#: Prepositions before "the weekend": "over the weekend", "since the weekend".
WEEKEND_PREPOSITIONS: tuple[str, ...] = ("over", "at", "on", "during")

#: Words that open a span back from the article's date: "in recent days", "over the past week".
RECENT_LEADS: tuple[str, ...] = ("in", "over", "during", "for", "within", "throughout")

#: Vague counts in "the past few days": no number, so the span's start is open.
FEW_WORDS: tuple[str, ...] = ("few", "several", "couple of")

#: Ordinal suffixes after a day number: "7th January".
ORDINAL_SUFFIXES: tuple[str, ...] = ("st", "nd", "rd", "th")
