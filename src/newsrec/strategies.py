"""Hypothesis strategies for newsrec records, for property-testing code that uses them.

Install with ``pip install 'newsrec[hypothesis]'``. Every strategy here makes
only *valid* records: each record passes its field checks, and every
:class:`~newsrec.Article` passes :func:`newsrec.check` (its spans point at real
text of its body, its speakers are among its sources, and so on). The values
cover the whole space a record allows: any Unicode text (astral characters,
combining marks, right-to-left and zero-width characters, line breaks), big
integers, ``Decimal`` values with any exponent (``-0`` too), aware datetimes
with fixed offsets, empty tuples, and optional fields both unset and set.

>>> from hypothesis import given
>>> import newsrec
>>> from newsrec.strategies import articles
>>> @given(articles())
... def test_check_accepts(article):
...     assert newsrec.check(article) == ()
>>> test_check_accepts()

To test your own validator, :func:`corruptions` breaks exactly one invariant of
a valid article and tells you where.

Text never holds lone surrogates: a ``str`` may, but no encoder accepts them.

Hypothesis registers these strategies itself when it is imported, through
the ``hypothesis`` entry point newsrec installs; from then on
``st.from_type(Article)``, and ``st.builds`` of your own classes with record
fields, use them. (With ``HYPOTHESIS_NO_PLUGINS`` set, call
``newsrec.strategies._hypothesis_setup_hook()`` yourself.)

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, TypeVar, get_args

import attrs

# Hypothesis runs its entry points when it is first imported. If that import
# is the one just below (this module imported before Hypothesis), the entry
# point finds this module half-built: the hook must already exist then, and
# registration waits for the end of the module.
_hook_called = False
_module_ready = False
_registered = False


def _hypothesis_setup_hook() -> None:
    """Register a strategy for every record type, so ``st.from_type`` makes valid ones.

    Hypothesis calls this through the ``hypothesis`` entry point when it is
    imported. It is safe to call directly, and calling it again does nothing.
    """
    global _hook_called  # noqa: PLW0603 - registration happens once per process
    _hook_called = True
    if _module_ready:
        _register()


try:
    from hypothesis import strategies as st
    from hypothesis.errors import InvalidArgument
except ImportError as exc:  # pragma: no cover - exercised in a subprocess test
    msg = "newsrec.strategies needs Hypothesis: pip install 'newsrec[hypothesis]'"
    raise ImportError(msg) from exc

from newsrec.records import (  # noqa: E402 - after the hook, see above
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
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

__all__ = [
    "CORRUPTION_KINDS",
    "CorruptionKind",
    "articles",
    "aware_datetimes",
    "bodies",
    "corruptions",
    "date_mentions",
    "ids",
    "numbers",
    "paragraphs",
    "quotes",
    "sources",
    "spans",
    "statistics",
    "texts",
]

_T = TypeVar("_T")

# Characters and short sequences that break naive text handling. Mixed into
# every text so that each run meets some of them, not only the rare draws of
# ``st.characters()`` from the astral planes.
_SEQUENCES = (
    # Controls and every line break JSON Lines and splitlines() know.
    *("\x00", "\t", "\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\u2029"),
    # Zero-width characters and bidi controls.
    *("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f", "\u202e", "\u2066"),
    # Right-to-left words, combining marks, conjoining jamo.
    *("\u05e9\u05dc\u05d5\u05dd", "\u0645\u0631\u062d\u0628\u0627", "e\u0301", "\u0301"),
    *("\u0308\u0323", "\u1100\u1161"),
    # Astral characters (one str index each), a ZWJ sequence, a flag, plane edges.
    *("\U0001f600", "\U0001f469\u200d\U0001f4bb", "\U0001f1f0\U0001f1ff", "\U0010ffff"),
    *("\U00010000", "\U0001d400", "\ud7ff", "\ue000", "\ufffd", "\uffff"),
    # Quotation marks, escapes, spaces.
    *("\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e", '"', "'", "\\"),
    *("/", " ", "\u00a0", "\u3000"),
    # Case mapping changes the length; digits that are not ASCII.
    *("\u0130", "\u00df", "\u01c5", "\ufb03", "\u0661\u0662", "\u0966"),
)

_CHARS = st.characters(exclude_categories=["Cs"])
_INSERTS = st.sampled_from(_SEQUENCES)
_WORDS = st.sampled_from(("said", "Tokayev", "3,000", " ", ". ", "\n\n", *_SEQUENCES))
_NONSPACE = _CHARS.filter(lambda c: not c.isspace())
_SLUG_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789-_."


def texts(*, min_size: int = 0, max_size: int | None = 40) -> st.SearchStrategy[str]:
    """Any Unicode text, with the awkward characters mixed in often.

    Lone surrogates are left out (no encoder accepts them); everything else may
    appear: NUL and other controls, every line break, zero-width and bidi
    characters, combining marks, astral characters, quotation marks.

    Args:
        min_size: The fewest characters.
        max_size: The most characters, or None for no limit.

    Example:
        >>> from hypothesis import given
        >>> @given(texts(max_size=5))
        ... def test_short(s):
        ...     assert len(s) <= 5
        >>> test_short()

    .. versionadded:: 0.1.0
    """
    if max_size is not None and max_size < min_size:
        raise InvalidArgument(f"max_size={max_size} < min_size={min_size}")
    return _texts(min_size, max_size, _INSERTS, 4)


@st.composite
def _texts(
    draw: st.DrawFn,
    min_size: int,
    max_size: int | None,
    inserts: st.SearchStrategy[str],
    most: int,
) -> str:
    # Hypothesis draws a whole string at once, fast but rarely awkward; so a
    # few awkward sequences are put in at drawn places. Inserting only adds
    # characters, so cutting at max_size keeps both bounds.
    text = draw(st.text(_CHARS, min_size=min_size, max_size=max_size))
    for _ in range(draw(st.integers(0, most))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(inserts) + text[at:]
    return text if max_size is None else text[:max_size]


def ids(*, max_size: int = 20) -> st.SearchStrategy[str]:
    """Valid ids: text that is not empty or blank (slugs mostly, any Unicode too).

    Suits :attr:`Source.id <newsrec.Source.id>`, :attr:`Article.id
    <newsrec.Article.id>` and :attr:`Source.name <newsrec.Source.name>`.

    Args:
        max_size: The most characters (at least 3).

    Example:
        >>> from hypothesis import given
        >>> @given(ids())
        ... def test_not_blank(s):
        ...     assert s.strip()
        >>> test_not_blank()

    .. versionadded:: 0.1.0
    """
    if max_size < 3:
        raise InvalidArgument(f"max_size={max_size} must be at least 3")
    side = (max_size - 1) // 2
    slugs = st.text(_SLUG_CHARS, min_size=1, max_size=max_size)
    unicode = st.builds(
        lambda a, c, b: a + c + b, texts(max_size=side), _NONSPACE, texts(max_size=side)
    )
    return st.one_of(slugs, unicode)


def bodies(*, min_size: int = 0, max_size: int | None = 200) -> st.SearchStrategy[str]:
    """Article bodies: any text (see :func:`texts`), with words and spaces mixed in.

    Args:
        min_size: The fewest characters.
        max_size: The most characters, or None for no limit.

    Example:
        >>> from hypothesis import given
        >>> import newsrec
        >>> @given(articles(bodies=bodies(min_size=1)))
        ... def test_non_empty(article):
        ...     assert article.body
        >>> test_non_empty()

    .. versionadded:: 0.1.0
    """
    if max_size is not None and max_size < min_size:
        raise InvalidArgument(f"max_size={max_size} < min_size={min_size}")
    return _texts(min_size, max_size, _WORDS, 12)


_bodies = bodies  # the parameter of articles() shadows the name

_EDGE_INTS = tuple(
    sign * n
    for n in (2**31 - 1, 2**31, 2**53, 2**53 + 1, 2**63 - 1, 2**63, 2**64, 10**30, 10**100)
    for sign in (1, -1)
)
_EDGE_DECIMALS = tuple(
    Decimal(s)
    for s in ("0", "-0", "0E-30", "-0E+5", "0.1", "-1.50", "1E+999999", "1E-999999", "1e-1000027")
)


def numbers() -> st.SearchStrategy[int | Decimal]:
    """Exact numbers as a :class:`~newsrec.Statistic` holds them: ``int`` or finite ``Decimal``.

    Integers are unbounded (past 64 bits too); decimals have up to 40 digits and
    any exponent, and include ``Decimal("-0")`` and trailing zeros such as
    ``Decimal("1.50")``. Never ``bool``, ``float``, NaN or infinity.

    Example:
        >>> from hypothesis import given
        >>> @given(numbers())
        ... def test_exact(n):
        ...     assert type(n) in (int, Decimal)
        >>> test_exact()

    .. versionadded:: 0.1.0
    """
    ints = st.one_of(st.integers(), st.sampled_from(_EDGE_INTS))
    decimals = st.builds(
        lambda sign, digits, exp: Decimal((sign, tuple(digits), exp)),
        st.integers(0, 1),
        st.lists(st.integers(0, 9), min_size=1, max_size=40),
        st.one_of(st.integers(-30, 30), st.integers(-1_000_000, 1_000_000)),
    )
    return st.one_of(ints, decimals, st.sampled_from(_EDGE_DECIMALS))


_TIMEZONES = st.one_of(
    st.just(dt.timezone.utc),
    st.integers(-(24 * 60 - 1), 24 * 60 - 1).map(lambda m: dt.timezone(dt.timedelta(minutes=m))),
)


def aware_datetimes() -> st.SearchStrategy[dt.datetime]:
    """Aware datetimes with fixed whole-minute offsets, which ISO 8601 keeps exactly.

    Any year from 1 to 9999, microseconds included; offsets from -23:59 to +23:59.

    Example:
        >>> from hypothesis import given
        >>> @given(aware_datetimes())
        ... def test_aware(moment):
        ...     assert moment.utcoffset() is not None
        >>> test_aware()

    .. versionadded:: 0.1.0
    """
    return st.datetimes(timezones=_TIMEZONES)


# The strategies below draw from module-level strategies through plain
# functions: building strategies inside a draw costs more than the draw.
_BOOLS = st.booleans()
_ANY_OFFSETS = st.integers(min_value=0)
_TEXT = texts()
_SHORT_TEXT = texts(max_size=15)
_IDS = ids()
_NAMES = ids(max_size=30)
_DATES = st.dates()
_NUMBERS = numbers()
_MOMENTS = st.one_of(_DATES, aware_datetimes())
_LANGUAGES = st.one_of(st.sampled_from(("en", "es", "ar", "he", "zh-Hant", "sr-Latn-RS")), _TEXT)
_METADATA = st.dictionaries(texts(max_size=10), texts(max_size=20), max_size=3)
_PARAGRAPH_KINDS = st.sampled_from(ParagraphKind)
_SOURCE_KINDS = st.sampled_from(SourceKind)
_QUOTE_KINDS = st.sampled_from(QuoteKind)
_QUALIFIERS = st.sampled_from(Qualifier)
_TRENDS = st.sampled_from(Trend)
_DATE_KINDS = st.sampled_from(DateKind)


def _maybe(draw: st.DrawFn, strategy: st.SearchStrategy[_T]) -> _T | None:
    return draw(strategy) if draw(_BOOLS) else None


def _list(draw: st.DrawFn, lo: int, hi: int, item: Callable[[], _T]) -> list[_T]:
    return [item() for _ in range(draw(st.integers(lo, hi)))]


def _span(draw: st.DrawFn, body: str | None) -> Span:
    if body is None:
        a, b = draw(_ANY_OFFSETS), draw(_ANY_OFFSETS)
        return Span(min(a, b), max(a, b))
    n = len(body)
    start = draw(st.integers(0, n))
    return Span(start, draw(st.integers(start, n)))


def _maybe_span(draw: st.DrawFn, body: str | None) -> Span | None:
    return _span(draw, body) if draw(_BOOLS) else None


def _ref(draw: st.DrawFn, source_ids: Sequence[str] | None) -> str | None:
    if source_ids is None:
        return _maybe(draw, _IDS)
    if not source_ids or not draw(_BOOLS):
        return None
    return source_ids[draw(st.integers(0, len(source_ids) - 1))]


def _text_at(draw: st.DrawFn, body: str | None, span: Span) -> str:
    return span.slice(body) if body is not None else draw(_TEXT)


@st.composite
def _spans(draw: st.DrawFn, body: str | None) -> Span:
    return _span(draw, body)


def spans(*, body: str | None = None) -> st.SearchStrategy[Span]:
    """Spans; inside ``body`` if given, else any offsets (huge ones too).

    Args:
        body: The text the spans must lie in (``0 <= start <= end <= len(body)``).

    Example:
        >>> from hypothesis import given
        >>> @given(spans(body="He said no."))
        ... def test_inside(span):
        ...     assert span.end <= 11
        >>> test_inside()

    .. versionadded:: 0.1.0
    """
    return _spans(body)


def _paragraph(draw: st.DrawFn, body: str | None) -> Paragraph:
    return Paragraph(span=_span(draw, body), kind=draw(_PARAGRAPH_KINDS))


@st.composite
def _paragraphs(draw: st.DrawFn, body: str | None) -> Paragraph:
    return _paragraph(draw, body)


def paragraphs(*, body: str | None = None) -> st.SearchStrategy[Paragraph]:
    r"""Paragraphs of every kind; their span inside ``body`` if given.

    Args:
        body: The text the paragraph must lie in.

    Example:
        >>> from hypothesis import given
        >>> @given(paragraphs(body="Title\n\nText."))
        ... def test_in_body(paragraph):
        ...     assert paragraph.span.end <= len("Title\n\nText.")
        >>> test_in_body()

    .. versionadded:: 0.1.0
    """
    return _paragraphs(body)


def _source(draw: st.DrawFn, body: str | None, id_: str | None) -> Source:
    return Source(
        id=id_ if id_ is not None else draw(_IDS),
        name=draw(_NAMES),
        kind=draw(_SOURCE_KINDS),
        role=_maybe(draw, _TEXT),
        aliases=tuple(_list(draw, 0, 3, lambda: draw(_SHORT_TEXT))),
        mentions=tuple(_list(draw, 0, 4, lambda: _span(draw, body))),
    )


@st.composite
def _sources(draw: st.DrawFn, body: str | None, id_: str | None) -> Source:
    return _source(draw, body, id_)


def sources(*, body: str | None = None, id: str | None = None) -> st.SearchStrategy[Source]:  # noqa: A002
    """Sources of every kind; their mentions inside ``body`` if given.

    Args:
        body: The text every mention must lie in.
        id: The id every source gets, instead of a drawn one.

    Example:
        >>> from hypothesis import given
        >>> @given(sources(id="tokayev"))
        ... def test_id(source):
        ...     assert source.id == "tokayev"
        >>> test_id()

    .. versionadded:: 0.1.0
    """
    return _sources(body, id)


def _quote(draw: st.DrawFn, body: str | None, source_ids: Sequence[str] | None) -> Quote:
    span = _span(draw, body)
    cue_span = _maybe_span(draw, body)
    if body is not None and cue_span is not None:
        cue = cue_span.slice(body) if draw(_BOOLS) else None
    else:
        cue = _maybe(draw, _SHORT_TEXT)
    return Quote(
        text=_text_at(draw, body, span),
        span=span,
        kind=draw(_QUOTE_KINDS),
        speaker=_ref(draw, source_ids),
        speaker_span=_maybe_span(draw, body),
        cue=cue,
        cue_span=cue_span,
    )


@st.composite
def _quotes(draw: st.DrawFn, body: str | None, source_ids: Sequence[str] | None) -> Quote:
    return _quote(draw, body, source_ids)


def quotes(
    *, body: str | None = None, source_ids: Sequence[str] | None = None
) -> st.SearchStrategy[Quote]:
    """Quotes of every kind, with or without speaker and cue.

    Args:
        body: If given, every span lies in it and ``text`` (and ``cue``, when
            ``cue_span`` is set) is the body at its span.
        source_ids: If given, ``speaker`` is one of these or None (always None
            if empty); otherwise any id or None.

    Example:
        >>> from hypothesis import given
        >>> body = "He said “no”."
        >>> @given(quotes(body=body, source_ids=["he"]))
        ... def test_text(quote):
        ...     assert quote.text == body[quote.span.start:quote.span.end]
        ...     assert quote.speaker in (None, "he")
        >>> test_text()

    .. versionadded:: 0.1.0
    """
    return _quotes(body, None if source_ids is None else tuple(source_ids))


def _statistic(draw: st.DrawFn, body: str | None, source_ids: Sequence[str] | None) -> Statistic:
    span = _span(draw, body)
    low = _maybe(draw, _NUMBERS)
    high = _maybe(draw, _NUMBERS)
    if low is not None and high is not None and high < low:
        low, high = high, low
    return Statistic(
        text=_text_at(draw, body, span),
        span=span,
        value=_maybe(draw, _NUMBERS),
        low=low,
        high=high,
        unit=_maybe(draw, _SHORT_TEXT),
        counted=_maybe(draw, _SHORT_TEXT),
        qualifier=draw(_QUALIFIERS),
        trend=_maybe(draw, _TRENDS),
        source=_ref(draw, source_ids),
    )


@st.composite
def _statistics(draw: st.DrawFn, body: str | None, source_ids: Sequence[str] | None) -> Statistic:
    return _statistic(draw, body, source_ids)


def statistics(
    *, body: str | None = None, source_ids: Sequence[str] | None = None
) -> st.SearchStrategy[Statistic]:
    """Statistics with any exact numbers, bounds (``high >= low``) and qualifiers.

    Args:
        body: If given, the span lies in it and ``text`` is the body at the span.
        source_ids: If given, ``source`` is one of these or None (always None
            if empty); otherwise any id or None.

    Example:
        >>> from hypothesis import given
        >>> @given(statistics())
        ... def test_bounds(stat):
        ...     if stat.low is not None and stat.high is not None:
        ...         assert stat.low <= stat.high
        >>> test_bounds()

    .. versionadded:: 0.1.0
    """
    return _statistics(body, None if source_ids is None else tuple(source_ids))


def _date_mention(draw: st.DrawFn, body: str | None) -> DateMention:
    span = _span(draw, body)
    earliest = _maybe(draw, _DATES)
    latest = _maybe(draw, _DATES)
    if earliest is not None and latest is not None and latest < earliest:
        earliest, latest = latest, earliest
    return DateMention(
        text=_text_at(draw, body, span),
        span=span,
        earliest=earliest,
        latest=latest,
        kind=draw(_DATE_KINDS),
    )


@st.composite
def _date_mentions(draw: st.DrawFn, body: str | None) -> DateMention:
    return _date_mention(draw, body)


def date_mentions(*, body: str | None = None) -> st.SearchStrategy[DateMention]:
    """Date mentions of every kind, open or closed at either end (``latest >= earliest``).

    Args:
        body: If given, the span lies in it and ``text`` is the body at the span.

    Example:
        >>> from hypothesis import given
        >>> @given(date_mentions())
        ... def test_days(mention):
        ...     if mention.earliest and mention.latest:
        ...         assert mention.earliest <= mention.latest
        >>> test_days()

    .. versionadded:: 0.1.0
    """
    return _date_mentions(body)


@attrs.frozen
class _Sizes:
    paragraphs: tuple[int, int]
    quotes: tuple[int, int]
    statistics: tuple[int, int]
    sources: tuple[int, int]
    dates: tuple[int, int]


@st.composite
def _articles(
    draw: st.DrawFn,
    body_strategy: st.SearchStrategy[str],
    ids_strategy: st.SearchStrategy[list[str]],
    sizes: _Sizes,
) -> Article:
    body = draw(body_strategy)
    n = len(body)
    source_ids = tuple(draw(ids_strategy))
    count = draw(st.integers(*sizes.paragraphs))
    cuts = sorted(draw(st.integers(0, n)) for _ in range(2 * count))
    qs = _list(draw, *sizes.quotes, lambda: _quote(draw, body, source_ids))
    ss = _list(draw, *sizes.statistics, lambda: _statistic(draw, body, source_ids))
    ds = _list(draw, *sizes.dates, lambda: _date_mention(draw, body))
    return Article(
        id=draw(_IDS),
        body=body,
        date=_maybe(draw, _MOMENTS),
        title=_maybe(draw, _TEXT),
        authors=tuple(_list(draw, 0, 3, lambda: draw(_SHORT_TEXT))),
        url=_maybe(draw, _TEXT),
        language=_maybe(draw, _LANGUAGES),
        paragraphs=tuple(
            Paragraph(span=Span(cuts[i], cuts[i + 1]), kind=draw(_PARAGRAPH_KINDS))
            for i in range(0, 2 * count, 2)
        ),
        quotes=tuple(sorted(qs, key=lambda q: q.span)),
        statistics=tuple(sorted(ss, key=lambda s: s.span)),
        sources=tuple(_source(draw, body, i) for i in source_ids),
        dates=tuple(sorted(ds, key=lambda d: d.span)),
        metadata=draw(_METADATA),
    )


def _sizes(name: str, lo: int, hi: int) -> tuple[int, int]:
    if lo < 0 or hi < lo:
        raise InvalidArgument(f"need 0 <= min_{name} <= max_{name} (got {lo} and {hi})")
    return (lo, hi)


def articles(
    *,
    bodies: st.SearchStrategy[str] | None = None,
    min_paragraphs: int = 0,
    max_paragraphs: int = 4,
    min_quotes: int = 0,
    max_quotes: int = 4,
    min_statistics: int = 0,
    max_statistics: int = 4,
    min_sources: int = 0,
    max_sources: int = 4,
    min_dates: int = 0,
    max_dates: int = 4,
) -> st.SearchStrategy[Article]:
    """Valid articles: every part points at real text of the body, so ``check`` finds nothing.

    Quotes, statistics and date mentions come in order of position; paragraphs
    are in order and do not overlap; source ids are unique and every
    ``speaker`` or statistic ``source`` that is set is one of them. ``date`` is
    None, a ``date`` or an aware ``datetime``; ``metadata`` may be empty.

    Args:
        bodies: The strategy for :attr:`Article.body <newsrec.Article.body>`;
            :func:`bodies` by default.
        min_paragraphs: The fewest paragraphs.
        max_paragraphs: The most paragraphs.
        min_quotes: The fewest quotes.
        max_quotes: The most quotes.
        min_statistics: The fewest statistics.
        max_statistics: The most statistics.
        min_sources: The fewest sources.
        max_sources: The most sources.
        min_dates: The fewest date mentions.
        max_dates: The most date mentions.

    Raises:
        hypothesis.errors.InvalidArgument: if a minimum is negative or above
            its maximum.

    Example:
        >>> from hypothesis import given
        >>> import newsrec
        >>> @given(articles(min_quotes=1, max_quotes=2))
        ... def test_quoted(article):
        ...     assert 1 <= len(article.quotes) <= 2
        ...     assert newsrec.check(article) == ()
        >>> test_quoted()

    .. versionadded:: 0.1.0
    """
    sizes = _Sizes(
        paragraphs=_sizes("paragraphs", min_paragraphs, max_paragraphs),
        quotes=_sizes("quotes", min_quotes, max_quotes),
        statistics=_sizes("statistics", min_statistics, max_statistics),
        sources=_sizes("sources", min_sources, max_sources),
        dates=_sizes("dates", min_dates, max_dates),
    )
    lo, hi = sizes.sources
    source_ids = st.lists(_IDS, min_size=lo, max_size=hi, unique=True)
    return _articles(bodies if bodies is not None else _bodies(), source_ids, sizes)


_default_articles = articles  # the parameter of corruptions() shadows the name


CorruptionKind = Literal[
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
]
"""The name of one whole-article invariant :func:`corruptions` can break.

.. versionadded:: 0.1.0
"""

CORRUPTION_KINDS: tuple[CorruptionKind, ...] = get_args(CorruptionKind)
"""Every :data:`CorruptionKind`.

.. versionadded:: 0.1.0
"""

_SPAN_FIELDS = st.sampled_from(
    (
        ("paragraphs", "span"),
        ("quotes", "span"),
        ("quotes", "speaker_span"),
        ("quotes", "cue_span"),
        ("statistics", "span"),
        ("dates", "span"),
    )
)
_PAST_END = st.one_of(st.integers(1, 5), st.integers(1, 2**70))
_OTHER_TEXT = texts(max_size=10)


class _Breaker:
    """Breaks one invariant of one article, drawing what it needs."""

    def __init__(self, draw: st.DrawFn, art: Article) -> None:
        self.draw = draw
        self.art = art
        self.ids = tuple(s.id for s in art.sources)

    def outside(self) -> Span:
        """A span that ends past the end of the body."""
        end = len(self.art.body) + self.draw(_PAST_END)
        return Span(self.draw(st.integers(0, end)), end)

    def other_than(self, text: str) -> str:
        """Any text but ``text``."""
        other = self.draw(_OTHER_TEXT)
        return other if other != text else text + "\x00"

    def unknown_id(self) -> str:
        """An id that is not among the article's sources."""
        new = self.draw(_IDS)
        while new in self.ids:
            new += "?"
        return new

    def pick(self, field: str) -> tuple[int, list[Any]]:
        """Index of an item of ``field`` to break, appending a fresh valid item if drawn."""
        items: list[Any] = list(getattr(self.art, field))
        i = self.draw(st.integers(0, len(items)))
        if i == len(items):
            draw, body = self.draw, self.art.body
            if field == "quotes":
                items.append(_quote(draw, body, self.ids))
            elif field == "statistics":
                items.append(_statistic(draw, body, self.ids))
            elif field == "dates":
                items.append(_date_mention(draw, body))
            else:
                items.append(_source(draw, body, self.unknown_id()))
        return i, items

    def replace(self, field: str, items: list[Any], i: int, **changes: Any) -> Article:
        items[i] = attrs.evolve(items[i], **changes)
        rebuilt: dict[str, Any] = {field: tuple(items)}
        return attrs.evolve(self.art, **rebuilt)

    def span_out_of_body(self) -> tuple[Article, str]:
        field, attr = self.draw(_SPAN_FIELDS)
        if field == "paragraphs":
            # Only the last paragraph can end past the body without also
            # overlapping the one after it.
            ps = list(self.art.paragraphs)
            start = ps[-1].span.end if ps else 0
            replace_last: bool = self.draw(_BOOLS)
            if ps and replace_last:
                start = ps.pop().span.start
            end = len(self.art.body) + self.draw(_PAST_END)
            ps.append(Paragraph(span=Span(start, end), kind=self.draw(_PARAGRAPH_KINDS)))
            art = attrs.evolve(self.art, paragraphs=tuple(ps))
            return art, f"$.paragraphs[{len(ps) - 1}].span"
        i, items = self.pick(field)
        return self.replace(field, items, i, **{attr: self.outside()}), f"$.{field}[{i}].{attr}"

    def mention_out_of_body(self) -> tuple[Article, str]:
        i, items = self.pick("sources")
        mentions = list(items[i].mentions)
        j = self.draw(st.integers(0, len(mentions)))
        mentions.insert(j, self.outside())
        art = self.replace("sources", items, i, mentions=tuple(mentions))
        return art, f"$.sources[{i}].mentions[{j}]"

    def _text(self, field: str, attr: str, span_attr: str) -> tuple[Article, str]:
        i, items = self.pick(field)
        span = getattr(items[i], span_attr)
        if span is None:
            span = _span(self.draw, self.art.body)
        bad = self.other_than(span.slice(self.art.body))
        art = self.replace(field, items, i, **{attr: bad, span_attr: span})
        return art, f"$.{field}[{i}].{attr}"

    def quote_text(self) -> tuple[Article, str]:
        return self._text("quotes", "text", "span")

    def cue_text(self) -> tuple[Article, str]:
        return self._text("quotes", "cue", "cue_span")

    def statistic_text(self) -> tuple[Article, str]:
        return self._text("statistics", "text", "span")

    def date_text(self) -> tuple[Article, str]:
        return self._text("dates", "text", "span")

    def unknown_speaker(self) -> tuple[Article, str]:
        i, items = self.pick("quotes")
        return self.replace("quotes", items, i, speaker=self.unknown_id()), f"$.quotes[{i}].speaker"

    def unknown_statistic_source(self) -> tuple[Article, str]:
        i, items = self.pick("statistics")
        art = self.replace("statistics", items, i, source=self.unknown_id())
        return art, f"$.statistics[{i}].source"

    def duplicate_source_id(self) -> tuple[Article, str]:
        srcs = list(self.art.sources)
        if not srcs:
            srcs.append(_source(self.draw, self.art.body, None))
        i = self.draw(st.integers(0, len(srcs) - 1))
        j = self.draw(st.integers(i + 1, len(srcs)))
        srcs.insert(j, _source(self.draw, self.art.body, srcs[i].id))
        return attrs.evolve(self.art, sources=tuple(srcs)), f"$.sources[{j}].id"

    def paragraph_order(self) -> tuple[Article, str]:
        art = self.art
        if not art.body:
            # Any span of an empty body is [0, 0), whose text stays "".
            art = attrs.evolve(art, body=self.draw(texts(min_size=1, max_size=5)))
        n = len(art.body)
        ps = list(art.paragraphs)
        after = [j for j in range(1, len(ps) + 1) if ps[j - 1].span.end >= 1]
        if not after:
            ps.append(Paragraph(span=Span(n, n)))
            after = [len(ps)]
        j = after[self.draw(st.integers(0, len(after) - 1))]
        # Start before the previous paragraph ends; end before the next starts.
        start = self.draw(st.integers(0, ps[j - 1].span.end - 1))
        end = self.draw(st.integers(start, ps[j].span.start if j < len(ps) else n))
        ps.insert(j, Paragraph(span=Span(start, end), kind=self.draw(_PARAGRAPH_KINDS)))
        return attrs.evolve(art, paragraphs=tuple(ps)), f"$.paragraphs[{j}].span"


@st.composite
def _corruptions(
    draw: st.DrawFn, articles: st.SearchStrategy[Article], kinds: tuple[CorruptionKind, ...]
) -> tuple[Article, str]:
    kind = draw(st.sampled_from(kinds))
    breaker = _Breaker(draw, draw(articles))
    result: tuple[Article, str] = getattr(breaker, kind)()
    return result


def corruptions(
    articles: st.SearchStrategy[Article] | None = None,
    *,
    kinds: Iterable[CorruptionKind] | None = None,
) -> st.SearchStrategy[tuple[Article, str]]:
    """Articles with exactly one whole-article invariant broken, and the path to it.

    Each draw takes a valid article and breaks one invariant that
    :func:`newsrec.check` enforces, keeping every field valid (records are
    rebuilt with :func:`attrs.evolve`, so their own checks still run). The
    result is ``(article, path)``, where ``check(article)`` reports exactly one
    problem and its path is ``path``, such as ``"$.quotes[2].speaker"``.

    The invariants (see :data:`CORRUPTION_KINDS`): a span of a paragraph,
    quote, statistic or date mention ends past the body (``span_out_of_body``);
    so does a source's mention (``mention_out_of_body``); a quote's ``text``
    or ``cue``, a statistic's or a date mention's ``text`` differs from the
    body at its span (``quote_text``, ``cue_text``, ``statistic_text``,
    ``date_text``); a quote's ``speaker`` or a statistic's ``source`` is no
    source's id (``unknown_speaker``, ``unknown_statistic_source``); two
    sources share an id (``duplicate_source_id``); a paragraph starts before
    the one before it ends (``paragraph_order``). Where the article has nothing
    to break (no quotes, say), a valid one is added first.

    Args:
        articles: The valid articles to break; :func:`articles` by default.
        kinds: Which invariants to break; all of them by default.

    Raises:
        hypothesis.errors.InvalidArgument: if ``kinds`` is empty or names an
            unknown invariant.

    Example:
        >>> from hypothesis import given
        >>> import newsrec
        >>> @given(corruptions(kinds=["unknown_speaker"]))
        ... def test_caught(case):
        ...     article, path = case
        ...     assert [p.path for p in newsrec.check(article)] == [path]
        >>> test_caught()

    .. versionadded:: 0.1.0
    """
    chosen = CORRUPTION_KINDS if kinds is None else tuple(kinds)
    unknown = [k for k in chosen if k not in CORRUPTION_KINDS]
    if unknown or not chosen:
        raise InvalidArgument(
            f"kinds must be a non-empty selection of {CORRUPTION_KINDS} (got {chosen!r})"
        )
    return _corruptions(articles if articles is not None else _default_articles(), chosen)


def _register() -> None:
    global _registered  # noqa: PLW0603 - registration happens once per process
    if _registered:
        return
    for cls, strategy in (
        (Span, spans()),
        (Paragraph, paragraphs()),
        (Source, sources()),
        (Quote, quotes()),
        (Statistic, statistics()),
        (DateMention, date_mentions()),
        (Article, articles()),
    ):
        st.register_type_strategy(cls, strategy)
    _registered = True


_module_ready = True
if _hook_called:
    _register()
