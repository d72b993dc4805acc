"""The records newsrec produces: frozen, keyword-only, slotted attrs classes.

Every record checks its own fields when it is built and raises a
:class:`~newsrec.errors.FieldError` naming the field. Checks that need the
whole article (spans inside the body, speaker ids that exist) are done by
:func:`newsrec.validate`.

Offsets are Python ``str`` indices into :attr:`Article.body`, half-open:
``article.body[span.start:span.end]`` is the text a span covers.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import attrs

from newsrec import _validators as v
from newsrec._frozen import FrozenMap
from newsrec.errors import FieldError, FieldTypeError

__all__ = [
    "Article",
    "DateKind",
    "DateMention",
    "Paragraph",
    "ParagraphKind",
    "Qualifier",
    "Quote",
    "QuoteKind",
    "Source",
    "SourceKind",
    "Span",
    "Statistic",
    "Trend",
]

Number = int | Decimal


class SourceKind(str, enum.Enum):
    """What kind of real-world speaker or body a :class:`Source` is.

    .. versionadded:: 0.1.0
    """

    PERSON = "person"
    """A named or described person — "Kassym-Jomart Tokayev", "the Kazakh president"."""
    GOVERNMENT = "government"
    """A government, ministry or authority — "the Ministry of Interior", "authorities"."""
    ORGANIZATION = "organization"
    """A company, party, alliance or other body — "the defense alliance"."""
    AGENCY = "agency"
    """A news or photo agency, usually from a credit line — "EFE/EPA"."""
    MEDIA = "media"
    """Newspapers, broadcasters, "the international press"."""
    MONITOR = "monitor"
    """A monitoring group or observatory — "global internet monitor NetBlocks"."""
    DOCUMENT = "document"
    """A report, statement, filing or study cited as a source."""
    UNKNOWN = "unknown"
    """Unattributed ("there are reports that") or not yet classified."""


class QuoteKind(str, enum.Enum):
    """How a :class:`Quote` is reported.

    .. versionadded:: 0.1.0
    """

    DIRECT = "direct"
    """A whole utterance in quotation marks — “I gave the order,” he said."""
    PARTIAL = "partial"
    """A quoted fragment inside reported speech — said he ordered troops to “shoot to kill”."""
    INDIRECT = "indirect"
    """Reported speech without quotation marks — Tokayev also stated that ..."""


class Qualifier(str, enum.Enum):
    """How a :class:`Statistic` qualifies its number.

    .. versionadded:: 0.1.0
    """

    EXACT = "exact"
    """As stated — "18 police", "a total of 2,500 troops"."""
    ABOUT = "about"
    """Approximate — "about 5%", "around", "nearly", "roughly"."""
    MORE_THAN = "more_than"
    """Strictly above — "more than 3,000", "over"."""
    LESS_THAN = "less_than"
    """Strictly below — "less than", "fewer than", "under"."""
    AT_LEAST = "at_least"
    """At or above — "at least"."""
    AT_MOST = "at_most"
    """At or below — "up to 3,000", "as many as"."""
    VAGUE = "vague"
    """A count without a number — "dozens", "hundreds", "several"."""


class Trend(str, enum.Enum):
    """The direction of a change a :class:`Statistic` reports.

    .. versionadded:: 0.1.0
    """

    INCREASE = "increase"
    """"rose by 5%", "up 3 points"."""
    DECREASE = "decrease"
    """"fell 3 points", "a 10% drop"."""


class DateKind(str, enum.Enum):
    """How a :class:`DateMention` refers to time.

    .. versionadded:: 0.1.0
    """

    ABSOLUTE = "absolute"
    """A calendar date, maybe without its year — "7 January", "2022-01-07"."""
    RELATIVE = "relative"
    """A day relative to the article's date — "on Friday", "yesterday"."""
    INTERVAL = "interval"
    """A span of days relative to the article's date — "since Wednesday", "last week"."""
    VAGUE = "vague"
    """A span with an open end — "in recent days"."""


class ParagraphKind(str, enum.Enum):
    """What a block of the article body is.

    .. versionadded:: 0.1.0
    """

    PARAGRAPH = "paragraph"
    """Running text."""
    HEADING = "heading"
    """A short title line with no final punctuation — "Tokayev refuses dialogue"."""
    CAPTION = "caption"
    """A photo caption, usually with a credit — "... 7 January | EFE/EPA"."""


def _span_check(inst: Span, a: attrs.Attribute[Any], value: int) -> None:
    if type(value) is not int:
        raise FieldTypeError(a.name, value, "must be int")
    if value < 0:
        raise FieldError(a.name, value, "must be >= 0")
    if a.name == "end" and value < inst.start:
        raise FieldError("end", value, f"must be >= start ({inst.start})")


@attrs.frozen(order=True)
class Span:
    """Half-open character offsets ``[start, end)`` into :attr:`Article.body`.

    >>> body = "He said “no”."
    >>> span = Span(9, 11)
    >>> body[span.start:span.end]
    'no'
    >>> Span(5, 2)
    Traceback (most recent call last):
    ...
    newsrec.errors.FieldError: 'end' must be >= start (5) (got 2)

    .. versionadded:: 0.1.0
    """

    start: int = attrs.field(validator=_span_check)
    """Index of the first character."""
    end: int = attrs.field(validator=_span_check)
    """Index one past the last character; ``end == start`` is an empty span."""

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """Return the part of ``text`` this span covers."""
        return text[self.start : self.end]


_span = v.exactly(Span)
_opt_span = v.exactly(Span, optional=True)
_opt_str = v.exactly(str, optional=True)


@attrs.frozen(kw_only=True)
class Paragraph:
    """A block of the article body: running text, a heading or a caption.

    .. versionadded:: 0.1.0
    """

    span: Span = attrs.field(validator=_span)
    """Where the block is, without its surrounding white space."""
    kind: ParagraphKind = attrs.field(
        default=ParagraphKind.PARAGRAPH, validator=v.member(ParagraphKind)
    )
    """What the block is."""


@attrs.frozen(kw_only=True)
class Source:
    """A real-world speaker or body the article relies on, with all its mentions.

    >>> src = Source(id="tokayev", name="Kassym-Jomart Tokayev", kind=SourceKind.PERSON,
    ...              role="President of Kazakhstan", mentions=(Span(17, 60),))
    >>> src.kind.value, src.mentions
    ('person', (Span(start=17, end=60),))

    .. versionadded:: 0.1.0
    """

    id: str = attrs.field(validator=v.non_empty)
    """A stable slug, unique within its article — ``"kassym-jomart-tokayev"``."""
    name: str = attrs.field(validator=v.non_empty)
    """The canonical name — ``"Kassym-Jomart Tokayev"``, ``"Ministry of Interior"``."""
    kind: SourceKind = attrs.field(default=SourceKind.UNKNOWN, validator=v.member(SourceKind))
    """What kind of speaker or body it is."""
    role: str | None = attrs.field(default=None, validator=_opt_str)
    """A role or title, if the article gives one — ``"President of Kazakhstan"``."""
    aliases: tuple[str, ...] = attrs.field(default=(), validator=v.tuple_of(str))
    """Other names the article uses for it — ``("Kasim-Yomart Tokayev", "Tokayev")``."""
    mentions: tuple[Span, ...] = attrs.field(default=(), validator=v.tuple_of(Span))
    """Every place the article names, describes or refers to it (pronouns too)."""


@attrs.frozen(kw_only=True)
class Quote:
    """Words the article reports someone said, with who said them.

    .. versionadded:: 0.1.0
    """

    text: str = attrs.field(validator=v.exactly(str))
    """The quoted words, without the quotation marks."""
    span: Span = attrs.field(validator=_span)
    """Where :attr:`text` is in the body — ``body[span.start:span.end] == text``."""
    kind: QuoteKind = attrs.field(default=QuoteKind.DIRECT, validator=v.member(QuoteKind))
    """Direct, partial or indirect."""
    speaker: str | None = attrs.field(default=None, validator=_opt_str)
    """The :attr:`Source.id` of who said it, or None if unknown."""
    speaker_span: Span | None = attrs.field(default=None, validator=_opt_span)
    """The mention that attributes the quote (often "he"), or None."""
    cue: str | None = attrs.field(default=None, validator=_opt_str)
    """The verb or phrase that attributes it — ``"said"``, ``"warned"``, ``"according to"``."""
    cue_span: Span | None = attrs.field(default=None, validator=_opt_span)
    """Where :attr:`cue` is in the body, or None."""


def _bounds_check(inst: Statistic, a: attrs.Attribute[Any], value: Number | None) -> None:
    if value is not None and inst.low is not None and value < inst.low:
        raise FieldError("high", value, f"must be >= low ({inst.low})")


@attrs.frozen(kw_only=True)
class Statistic:
    """A number the article states, with what it counts and how it is qualified.

    ``low`` and ``high`` are the interval the statement asserts: "more than
    3,000" gives ``low=3000``, "up to 3,000" ``high=3000``, "2-3 million" both,
    "dozens" ``low=24``. ``value`` is the number as stated, exact, or None for a
    range or a vague count.

    .. versionadded:: 0.1.0
    """

    text: str = attrs.field(validator=v.exactly(str))
    """The surface — ``"More than 3,000 people"``."""
    span: Span = attrs.field(validator=_span)
    """Where :attr:`text` is in the body."""
    value: Number | None = attrs.field(default=None, validator=v.number(optional=True))
    """The number as stated (``int`` or ``Decimal``), None for a range or vague count."""
    low: Number | None = attrs.field(default=None, validator=v.number(optional=True))
    """The lower bound the statement asserts, or None if open."""
    high: Number | None = attrs.field(
        default=None, validator=[v.number(optional=True), _bounds_check]
    )
    """The upper bound the statement asserts, or None if open."""
    unit: str | None = attrs.field(default=None, validator=_opt_str)
    """The unit in quantulum3's vocabulary (``"percentage"``, ``"dollar"``), or the counted noun."""
    counted: str | None = attrs.field(default=None, validator=_opt_str)
    """What is counted or measured — ``"people detained"``."""
    qualifier: Qualifier = attrs.field(default=Qualifier.EXACT, validator=v.member(Qualifier))
    """How the number is qualified."""
    trend: Trend | None = attrs.field(default=None, validator=v.member(Trend, optional=True))
    """The direction of the change it reports, if any."""
    source: str | None = attrs.field(default=None, validator=_opt_str)
    """The :attr:`Source.id` its sentence attributes it to, or None."""


def _latest_check(inst: DateMention, a: attrs.Attribute[Any], value: dt.date | None) -> None:
    v.day(inst, a, value)
    if value is not None and inst.earliest is not None and value < inst.earliest:
        raise FieldError("latest", value, f"must be >= earliest ({inst.earliest})")


@attrs.frozen(kw_only=True)
class DateMention:
    """A mention of a day or a span of days, resolved against the article's date.

    .. versionadded:: 0.1.0
    """

    text: str = attrs.field(validator=v.exactly(str))
    """The surface — ``"since Wednesday"``."""
    span: Span = attrs.field(validator=_span)
    """Where :attr:`text` is in the body."""
    earliest: dt.date | None = attrs.field(default=None, validator=v.day)
    """The first day it refers to, or None where open-ended."""
    latest: dt.date | None = attrs.field(default=None, validator=_latest_check)
    """The last day it refers to (equal to :attr:`earliest` for one day), or None."""
    kind: DateKind = attrs.field(default=DateKind.ABSOLUTE, validator=v.member(DateKind))
    """How it refers to time."""


def _freeze_metadata(value: Mapping[str, str]) -> Mapping[str, str]:
    if type(value) is FrozenMap:
        return value
    if not isinstance(value, Mapping):
        raise FieldTypeError("metadata", value, "must be a mapping of str to str")
    return FrozenMap(value)


def _metadata_check(inst: Article, a: attrs.Attribute[Any], value: Mapping[str, str]) -> None:
    for k, item in value.items():
        if type(k) is not str or type(item) is not str:
            raise FieldTypeError(f"metadata[{k!r}]", item, "must be str, keyed by str")


@attrs.frozen(kw_only=True)
class Article:
    """A news article: its text, structure, and everything extracted from it.

    .. versionadded:: 0.1.0
    """

    id: str = attrs.field(validator=v.non_empty)
    """A stable identifier — given, or derived from the content by :func:`newsrec.parse_text`."""
    body: str = attrs.field(validator=v.exactly(str))
    """The text every span points into, verbatim from the input."""
    date: dt.date | dt.datetime | None = attrs.field(
        default=None, validator=v.moment(optional=True)
    )
    """The publication date — a ``date`` or an aware ``datetime``."""
    title: str | None = attrs.field(default=None, validator=_opt_str)
    """The headline, if known."""
    authors: tuple[str, ...] = attrs.field(default=(), validator=v.tuple_of(str))
    """The bylines, in order."""
    url: str | None = attrs.field(default=None, validator=_opt_str)
    """Where the article was published, if known."""
    language: str | None = attrs.field(default=None, validator=_opt_str)
    """A BCP 47 language tag such as ``"en"``, if known."""
    paragraphs: tuple[Paragraph, ...] = attrs.field(default=(), validator=v.tuple_of(Paragraph))
    """The blocks of the body, in order."""
    quotes: tuple[Quote, ...] = attrs.field(default=(), validator=v.tuple_of(Quote))
    """The quotations, in order of position."""
    statistics: tuple[Statistic, ...] = attrs.field(default=(), validator=v.tuple_of(Statistic))
    """The numbers stated, in order of position."""
    sources: tuple[Source, ...] = attrs.field(default=(), validator=v.tuple_of(Source))
    """The speakers and bodies the article relies on."""
    dates: tuple[DateMention, ...] = attrs.field(default=(), validator=v.tuple_of(DateMention))
    """The mentions of days, in order of position."""
    metadata: Mapping[str, str] = attrs.field(
        factory=FrozenMap,
        converter=_freeze_metadata,
        validator=_metadata_check,
    )
    """Anything else worth keeping, as text — ``{"section": "World"}``. Read-only."""

    def source(self, id: str) -> Source | None:  # noqa: A002 - mirrors the field name
        """Return the source with this id, or None."""
        for s in self.sources:
            if s.id == id:
                return s
        return None

    def text_of(self, span: Span) -> str:
        """Return the part of :attr:`body` that ``span`` covers."""
        return self.body[span.start : span.end]
