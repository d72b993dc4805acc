"""newsrec: typed, validated, serializable records of news articles.

The submodules :mod:`newsrec.json`, :mod:`newsrec.jsonl`, :mod:`newsrec.extract`
and :mod:`newsrec.strategies` (with the ``newsrec[hypothesis]`` extra) are
imported on their own.

>>> import newsrec
>>> art = newsrec.parse_text("date 2022-01-07 Protests went on.")
>>> art.date
datetime.date(2022, 1, 7)
"""

from newsrec._text import MAX_TEXT_CHARS, parse_text
from newsrec.errors import (
    DecodeError,
    FieldError,
    FieldTypeError,
    InputError,
    JSONLError,
    NewsrecError,
    NewsrecWarning,
    Problem,
    ValidationError,
)
from newsrec.records import (
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
from newsrec.validators import check, validate

__version__ = "0.1.0.dev0"

__all__ = [
    "MAX_TEXT_CHARS",
    "Article",
    "DateKind",
    "DateMention",
    "DecodeError",
    "FieldError",
    "FieldTypeError",
    "InputError",
    "JSONLError",
    "NewsrecError",
    "NewsrecWarning",
    "Paragraph",
    "ParagraphKind",
    "Problem",
    "Qualifier",
    "Quote",
    "QuoteKind",
    "Source",
    "SourceKind",
    "Span",
    "Statistic",
    "Trend",
    "ValidationError",
    "check",
    "parse_text",
    "validate",
]
