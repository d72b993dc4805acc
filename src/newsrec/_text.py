"""Reading the plain-text article format: an optional date header, then paragraphs."""

from __future__ import annotations

import datetime as dt
import hashlib
import re

from newsrec._sentences import new_span, strip_range
from newsrec.errors import InputError
from newsrec.records import Article, Paragraph, ParagraphKind

#: The largest text :func:`parse_text` reads, in characters (about 64 MB of ASCII).
MAX_TEXT_CHARS = 64 * 1024 * 1024

# ``date YYYY-MM-DD`` after optional white space; the first paragraph may follow on the same line.
_HEADER = re.compile(
    r"[ \t\r\n\f\v\ufeff]*date[ \t]+(\d{4})-(\d{2})-(\d{2})(?![\d-])", re.IGNORECASE
)
_SPACE = re.compile(r"\s*")
# A blank line: a newline, then only white space up to the next newline.
_BLANK = re.compile(r"\n[^\S\n]*\n\s*")
_FINAL_PUNCT = frozenset(".,;:!?…\"'“”‘’»«)]}-–—")
# A credit after a bar: "| EFE/EPA/KAZAKH PRESIDENT PRESS SERVICE", "| Photo: Reuters".
_CREDIT = re.compile(
    r"\s\|\s*(?P<credit>[^|\n]{2,80})$|"
    r"\((?:[A-Z][\w.&-]*\s)?(?:Photo|Photograph|Image|Picture|Credit)s?\b[^()\n]{0,80}\)$|"
    r"\b(?:Photo|Photograph|Image|Picture|Credit)s?(?: by)?:\s*[^\n]{2,80}$",
    re.IGNORECASE,
)
_MAX_HEADING_WORDS = 14
_NEW = object.__new__
_SET_SPAN = Paragraph.__dict__["span"].__set__
_SET_KIND = Paragraph.__dict__["kind"].__set__
_MAX_HEADING_CHARS = 120


def derive_id(body: str) -> str:
    """Return a stable id for an article from its body: the same text gives the same id."""
    return hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _is_credit(credit: str) -> bool:
    letters = [c for c in credit if c.isalpha()]
    if not letters:
        return False
    upper = sum(c.isupper() for c in letters) / len(letters)
    return upper >= 0.6 or "/" in credit or credit.strip().lower().startswith(("photo", "image"))


def classify(block: str) -> ParagraphKind:
    """Tell a heading or a photo caption from running text, by its shape alone."""
    if "\n" not in block:
        # Every credit form needs a bar, a final bracket or a colon: most blocks have none.
        m = _CREDIT.search(block) if "|" in block or ":" in block or block[-1] == ")" else None
        if m is not None and (m.group("credit") is None or _is_credit(m.group("credit"))):
            return ParagraphKind.CAPTION
        if (
            len(block) <= _MAX_HEADING_CHARS
            and block[-1] not in _FINAL_PUNCT
            and (block[0].isupper() or block[0].isdigit())
            and len(block.split()) <= _MAX_HEADING_WORDS
        ):
            return ParagraphKind.HEADING
    return ParagraphKind.PARAGRAPH


def split_paragraphs(body: str) -> tuple[Paragraph, ...]:
    """Split ``body`` at blank lines into paragraphs, headings and captions."""
    out: list[Paragraph] = []
    pos = 0
    n = len(body)
    while pos < n:
        m = _BLANK.search(body, pos)
        stop = m.start() if m else n
        start, end = strip_range(body, pos, stop)
        if start < end:
            # Built without the validators: the span is ours and classify() returns a kind.
            para: Paragraph = _NEW(Paragraph)
            _SET_SPAN(para, new_span(start, end))
            _SET_KIND(para, classify(body[start:end]))
            out.append(para)
        pos = m.end() if m else n
    return tuple(out)


def split_header(text: str) -> tuple[int, dt.date | None]:
    """Return where the body starts and the header's date, if ``text`` has a header.

    Raises:
        InputError: the header names a day that does not exist.
    """
    m = _HEADER.match(text)
    if m is None:
        return 0, None
    try:
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError as e:
        line = text.count("\n", 0, m.start(1)) + 1
        col = m.start(1) - (text.rfind("\n", 0, m.start(1)) + 1) + 1
        header = m[0].strip()
        msg = f"the date header {header!r} is not a real day ({e}) - line {line}, column {col}"
        raise InputError(msg) from None
    return _SPACE.match(text, m.end()).end(), day  # type: ignore[union-attr]


def parse_text(
    text: str,
    *,
    date: dt.date | dt.datetime | None = None,
    id: str | None = None,  # noqa: A002 - the record's field name
    title: str | None = None,
    url: str | None = None,
    language: str | None = None,
) -> Article:
    """Read a plain-text article into an :class:`~newsrec.Article`.

    The text may start with white space and a ``date YYYY-MM-DD`` header, which
    may share its line with the first paragraph. The body is everything after
    the header, verbatim, so ``text.find(article.body)`` locates it and every
    span indexes both. Paragraphs are split at blank lines; short lines with no
    final punctuation are headings, and lines ending in a credit
    (``... | EFE/EPA``) are captions.

    Args:
        text: The article.
        date: The publication date; overrides the header's date.
        id: The article's id; by default derived from the body, so it is stable.
        title: The headline, if known.
        url: Where the article was published, if known.
        language: A BCP 47 tag such as ``"en"``, if known.

    Returns:
        The article, with its structure and the quotes, sources, statistics and
        dates found in it.

    Raises:
        InputError: ``text`` is not a ``str``, is over :data:`MAX_TEXT_CHARS`,
            or has a header with a day that does not exist.

    >>> art = parse_text("date 2022-01-07 He left.\\n\\nHeadline here\\n\\nMore text.")
    >>> art.date, art.body[:8]
    (datetime.date(2022, 1, 7), 'He left.')
    >>> [p.kind.value for p in art.paragraphs]
    ['paragraph', 'heading', 'paragraph']

    .. versionadded:: 0.1.0
    """
    if not isinstance(text, str):
        raise InputError(f"parse_text() takes a str, not {type(text).__name__}")
    if len(text) > MAX_TEXT_CHARS:
        msg = f"text of {len(text):,} characters is over the limit of {MAX_TEXT_CHARS:,}"
        raise InputError(msg)
    start, header_date = split_header(text)
    body = text[start:] if start else text
    day = date if date is not None else header_date
    paragraphs = split_paragraphs(body)
    # Imported on first use: their patterns take a while to compile, and
    # `import newsrec` for records and JSON alone should not pay for them.
    from newsrec import extract

    quotes, sources = extract.quotes_and_sources(body)
    return Article(
        id=id if id is not None else derive_id(body),
        body=body,
        date=day,
        title=title,
        url=url,
        language=language,
        paragraphs=paragraphs,
        quotes=quotes,
        statistics=extract.statistics(body, sources=sources),
        sources=sources,
        dates=extract.dates(body, date=day),
    )
