"""Extractors on their own: quotes, sources, statistics and dates from any text.

:func:`newsrec.parse_text` runs all of them on an article's body; these
functions run one at a time on any string, and their spans index that string.
They never raise on a ``str``; unbalanced quotation marks give a
:class:`~newsrec.NewsrecWarning` and the text after them is still read.

>>> import newsrec.extract
>>> text = "“We will not talk,” the president said. More than 3,000 people were held."
>>> [(q.text, q.cue) for q in newsrec.extract.quotes(text)]
[('We will not talk,', 'said')]
>>> [(s.value, s.qualifier.value) for s in newsrec.extract.statistics(text)]
[(3000, 'more_than')]

The word lists and patterns they use are data, in :mod:`newsrec.lang`
(``en_quotes``, ``en_numbers``, ``en_dates``).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as dt

from newsrec._dates import extract_dates
from newsrec._quotes import extract_quotes
from newsrec._statistics import extract_statistics
from newsrec.records import DateMention, Quote, Source, Statistic

__all__ = ["dates", "quotes", "quotes_and_sources", "sources", "statistics"]


def quotes_and_sources(text: str) -> tuple[tuple[Quote, ...], tuple[Source, ...]]:
    """Find the quotations in ``text`` and the sources they and the text rely on.

    Every quote's ``speaker`` is the id of one of the returned sources (or None).

    Returns:
        The quotes in order of position, and the sources.

    .. versionadded:: 0.1.0
    """
    return extract_quotes(text)


def quotes(text: str) -> tuple[Quote, ...]:
    """Find the quotations in ``text``: direct, partial and indirect, with speakers.

    A quote's ``speaker`` names a source id of :func:`sources` for the same text.

    .. versionadded:: 0.1.0
    """
    return extract_quotes(text)[0]


def sources(text: str) -> tuple[Source, ...]:
    """Find every speaker and body that ``text`` quotes or attributes information to.

    Includes sources that are never quoted ("according to the Ministry of
    Interior") and photo credits (agencies), with every mention of each.

    .. versionadded:: 0.1.0
    """
    return extract_quotes(text)[1]


def statistics(text: str, *, sources: tuple[Source, ...] = ()) -> tuple[Statistic, ...]:
    """Find the numbers ``text`` states, with qualifier, bounds, unit and what they count.

    Args:
        text: Any text; spans index it.
        sources: Sources found in the same text (see :func:`sources`); a
            statistic takes the one its sentence attributes it to.

    .. versionadded:: 0.1.0
    """
    return extract_statistics(text, sources=sources)


def dates(
    text: str,
    *,
    date: dt.date | dt.datetime | None = None,
    day_first: bool | None = None,
) -> tuple[DateMention, ...]:
    """Find the dates ``text`` mentions, resolved against the article's ``date``.

    Args:
        text: Any text; spans index it.
        date: The article's date; without it, relative mentions ("on Friday")
            are found with ``earliest`` and ``latest`` None.
        day_first: How to read ``7/1/2022``: True day first, False month
            first, None only dates that read one way.

    .. versionadded:: 0.1.0
    """
    return extract_dates(text, date=date, day_first=day_first)
