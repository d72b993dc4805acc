"""Whole-record checks: what no single field can check on its own.

Each record checks its own fields when it is built. An :class:`~newsrec.Article`
also has invariants that tie its parts together; :func:`check` lists every
broken one, and :func:`validate` raises them all at once::

    >>> from newsrec import Article, Quote, Span
    >>> art = Article(id="a1", body="He said “no”.",
    ...               quotes=(Quote(text="yes", span=Span(9, 11), speaker="x"),))
    >>> for p in check(art):
    ...     print(p)
    does not match body[9:11] ('no') (got 'yes') - at $.quotes[0].text
    is not the id of a source in $.sources (got 'x') - at $.quotes[0].speaker
"""

from __future__ import annotations

from collections.abc import Iterator

from newsrec.errors import Problem, ValidationError
from newsrec.records import Article, Span

__all__ = ["check", "validate"]


def _span(path: str, span: Span | None, n: int) -> Iterator[Problem]:
    if span is not None and span.end > n:
        yield Problem(
            path=path, value=span, reason=f"lies outside the body (of length {n})"
        )


def _text(path: str, text: str | None, span: Span | None, body: str) -> Iterator[Problem]:
    if text is None or span is None or span.end > len(body):
        return
    found = body[span.start : span.end]
    if found != text:
        yield Problem(
            path=path,
            value=text,
            reason=f"does not match body[{span.start}:{span.end}] ({found!r})",
        )


def _ref(path: str, ref: str | None, ids: set[str]) -> Iterator[Problem]:
    if ref is not None and ref not in ids:
        yield Problem(path=path, value=ref, reason="is not the id of a source in $.sources")


def _article(art: Article) -> Iterator[Problem]:
    body = art.body
    n = len(body)
    ids: set[str] = set()
    for i, s in enumerate(art.sources):
        if s.id in ids:
            yield Problem(path=f"$.sources[{i}].id", value=s.id, reason="is not unique")
        ids.add(s.id)
        for j, m in enumerate(s.mentions):
            yield from _span(f"$.sources[{i}].mentions[{j}]", m, n)
    prev = 0
    for i, p in enumerate(art.paragraphs):
        yield from _span(f"$.paragraphs[{i}].span", p.span, n)
        if p.span.start < prev:
            yield Problem(
                path=f"$.paragraphs[{i}].span",
                value=p.span,
                reason="overlaps or comes before the paragraph before it",
            )
        prev = p.span.end
    for i, q in enumerate(art.quotes):
        at = f"$.quotes[{i}]"
        yield from _span(f"{at}.span", q.span, n)
        yield from _text(f"{at}.text", q.text, q.span, body)
        yield from _ref(f"{at}.speaker", q.speaker, ids)
        yield from _span(f"{at}.speaker_span", q.speaker_span, n)
        yield from _span(f"{at}.cue_span", q.cue_span, n)
        yield from _text(f"{at}.cue", q.cue, q.cue_span, body)
    for i, st in enumerate(art.statistics):
        at = f"$.statistics[{i}]"
        yield from _span(f"{at}.span", st.span, n)
        yield from _text(f"{at}.text", st.text, st.span, body)
        yield from _ref(f"{at}.source", st.source, ids)
    for i, d in enumerate(art.dates):
        at = f"$.dates[{i}]"
        yield from _span(f"{at}.span", d.span, n)
        yield from _text(f"{at}.text", d.text, d.span, body)


def _article_ok(art: Article) -> bool:
    """True if :func:`_article` finds nothing: the same tests, without building any path."""
    body = art.body
    n = len(body)
    ids: set[str] = set()
    for s in art.sources:
        if s.id in ids:
            return False
        ids.add(s.id)
        for m in s.mentions:
            if m.end > n:
                return False
    prev = 0
    for p in art.paragraphs:
        sp = p.span
        if sp.end > n or sp.start < prev:
            return False
        prev = sp.end
    for q in art.quotes:
        sp = q.span
        if sp.end > n or body[sp.start : sp.end] != q.text:
            return False
        if q.speaker is not None and q.speaker not in ids:
            return False
        ss = q.speaker_span
        if ss is not None and ss.end > n:
            return False
        cs = q.cue_span
        if cs is not None and (
            cs.end > n or (q.cue is not None and body[cs.start : cs.end] != q.cue)
        ):
            return False
    for st in art.statistics:
        sp = st.span
        if sp.end > n or body[sp.start : sp.end] != st.text:
            return False
        if st.source is not None and st.source not in ids:
            return False
    for d in art.dates:
        sp = d.span
        if sp.end > n or body[sp.start : sp.end] != d.text:
            return False
    return True


def check(record: object) -> tuple[Problem, ...]:
    """Return every whole-record problem of ``record``, in document order.

    For an :class:`~newsrec.Article`: every span lies inside the body; the
    ``text`` of each quote, statistic and date mention (and a quote's ``cue``)
    equals the body at its span; every ``speaker`` and ``source`` is the id of
    one of its sources; source ids are unique; paragraphs are in order and do
    not overlap. Other records have no whole-record checks beyond the field
    checks made when they are built, so they give ``()``.

    Args:
        record: Any newsrec record.

    Returns:
        The problems found; empty if there are none.

    .. versionadded:: 0.1.0
    """
    if isinstance(record, Article):
        # Most articles are valid: a quick pass first, the paths only to report problems.
        return () if _article_ok(record) else tuple(_article(record))
    return ()


def validate(record: object) -> None:
    """Raise if ``record`` breaks any whole-record invariant; see :func:`check`.

    Raises:
        ValidationError: with every problem found in ``problems``, each with
            its path (``$.quotes[2].speaker``), value and reason.

    .. versionadded:: 0.1.0
    """
    problems = check(record)
    if problems:
        raise ValidationError(problems, what=type(record).__name__)
