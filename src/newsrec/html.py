"""A human view of an article: one self-contained HTML page with everything highlighted.

Quotes, the mentions of their speakers, cue verbs, statistics and dates are
marked in the text, each element carrying what newsrec knows about it in
``data-`` attributes (so tests and scripts can read the page back), and a side
panel lists the quotes by speaker and the statistics. The page has no
scripts, no external fonts, styles or images: it opens offline, and it is
safe to open whatever the article says, because all text is escaped.

>>> import newsrec, newsrec.html
>>> art = newsrec.parse_text("“We will win,” she said.")
>>> page = newsrec.html.dumps(art)
>>> page.startswith("<!DOCTYPE html>"), 'class="nr-quote' in page
(True, True)

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Iterator
from html import escape

import attrs

from newsrec.records import Article, Paragraph, ParagraphKind, Span

__all__ = ["dumps", "render_body"]

_CSS = """
:root { --q: #fff2b3; --s: #cfe8ff; --n: #d8f5d0; --d: #f3dcff; --c: #ffd9d0; }
body { font: 17px/1.6 Georgia, 'Times New Roman', serif; margin: 0; color: #1d1d1f;
       display: grid; grid-template-columns: minmax(0, 46rem) 22rem; gap: 2.5rem;
       padding: 2rem 3rem; background: #fbfbf8; }
main h1 { font-size: 1.7rem; line-height: 1.25; }
main h2 { font-size: 1.25rem; margin-top: 2rem; }
.nr-meta { color: #666; font: 14px/1.4 system-ui, sans-serif; }
figcaption { font: italic 15px/1.4 system-ui, sans-serif; color: #555;
             border-left: 3px solid #ccc; padding-left: .75rem; margin: 1.25rem 0; }
.nr-quote { background: var(--q); border-bottom: 2px solid #e0b400; }
.nr-quote.nr-partial { border-bottom-style: dashed; }
.nr-quote.nr-indirect { background: none; border-bottom: 2px dotted #e0b400; }
.nr-speaker { background: var(--s); border-radius: 3px; font-weight: 600; }
.nr-cue { text-decoration: underline wavy #c06; text-underline-offset: 3px; }
.nr-stat { background: var(--n); border-radius: 3px; }
.nr-date { background: var(--d); border-radius: 3px; }
aside { font: 14px/1.45 system-ui, sans-serif; position: sticky; top: 1rem;
        align-self: start; max-height: calc(100vh - 2rem); overflow: auto; }
aside h2 { font-size: 1rem; margin: 1.25rem 0 .5rem; text-transform: uppercase;
           letter-spacing: .04em; color: #555; }
aside ol, aside ul { padding-left: 2.2rem; margin: 0; }
aside li { margin-bottom: .45rem; }
.nr-legend span { padding: 0 .3rem; margin-right: .3rem; }
@media (max-width: 900px) { body { display: block; padding: 1rem; } }
"""

_TAGS = {
    ParagraphKind.PARAGRAPH: "p",
    ParagraphKind.HEADING: "h2",
    ParagraphKind.CAPTION: "figcaption",
}
# Priority when two marks start together: the outer element first.
_ORDER = {"quote": 0, "stat": 1, "date": 2, "speaker": 3, "cue": 4}


@attrs.frozen
class _Mark:
    start: int
    end: int
    kind: str
    open: str
    close: str


def _attrs_html(pairs: dict[str, str | None]) -> str:
    return "".join(f' {k}="{escape(v, quote=True)}"' for k, v in pairs.items() if v is not None)


def _marks(art: Article) -> list[_Mark]:
    names = {s.id: s.name for s in art.sources}
    out: list[_Mark] = []
    for i, q in enumerate(art.quotes):
        who = names.get(q.speaker or "", "")
        tip = f"{who or 'unknown speaker'}" + (f" ({q.cue})" if q.cue else "")
        a = _attrs_html({
            "class": f"nr-quote nr-{q.kind.value}",
            "data-quote": str(i),
            "data-kind": q.kind.value,
            "data-speaker": q.speaker,
            "title": tip,
        })
        out.append(_Mark(q.span.start, q.span.end, "quote", f"<span{a}>", "</span>"))
        if q.speaker_span is not None:
            a = _attrs_html({"class": "nr-speaker", "data-source": q.speaker, "title": who or None})
            out.append(
                _Mark(q.speaker_span.start, q.speaker_span.end, "speaker", f"<span{a}>", "</span>")
            )
        if q.cue_span is not None:
            a = _attrs_html({"class": "nr-cue", "data-quote": str(i)})
            out.append(_Mark(q.cue_span.start, q.cue_span.end, "cue", f"<span{a}>", "</span>"))
    for i, s in enumerate(art.statistics):
        a = _attrs_html({
            "class": "nr-stat",
            "data-statistic": str(i),
            "data-value": None if s.value is None else str(s.value),
            "data-low": None if s.low is None else str(s.low),
            "data-high": None if s.high is None else str(s.high),
            "data-qualifier": s.qualifier.value,
            "data-unit": s.unit,
            "title": "; ".join(
                x for x in (s.qualifier.value, s.counted, names.get(s.source or "")) if x
            ),
        })
        out.append(_Mark(s.span.start, s.span.end, "stat", f"<span{a}>", "</span>"))
    for i, d in enumerate(art.dates):
        when = d.earliest.isoformat() if d.earliest is not None and d.earliest == d.latest else None
        span = " to ".join(
            "…" if x is None else x.isoformat() for x in (d.earliest, d.latest)
        )
        a = _attrs_html({
            "class": "nr-date",
            "data-date": str(i),
            "datetime": when,
            "data-earliest": None if d.earliest is None else d.earliest.isoformat(),
            "data-latest": None if d.latest is None else d.latest.isoformat(),
            "title": span,
        })
        out.append(_Mark(d.span.start, d.span.end, "date", f"<time{a}>", "</time>"))
    return out


def _render(text: str, base: int, marks: list[_Mark]) -> Iterator[str]:
    """Nest the marks over ``text`` (which starts at ``base``); crossing marks are split."""
    marks = sorted(marks, key=lambda m: (m.start, -m.end, _ORDER[m.kind]))
    points = sorted({m.start for m in marks} | {m.end for m in marks} | {base, base + len(text)})
    starts: dict[int, list[_Mark]] = {}
    for m in marks:
        starts.setdefault(m.start, []).append(m)
    stack: list[_Mark] = []
    prev = base
    for pos in points:
        if pos > prev:
            yield escape(text[prev - base : pos - base], quote=False)
        # Close what ends here; reopen what was above it (a crossing pair is split).
        if any(m.end <= pos for m in stack):
            keep = [m for m in stack if m.end > pos]
            for m in reversed(stack):
                yield m.close
            stack = []
            for m in keep:
                yield m.open
                stack.append(m)
        for m in starts.get(pos, ()):
            if m.end > pos:
                yield m.open
                stack.append(m)
        prev = pos
    for m in reversed(stack):
        yield m.close


def render_body(article: Article) -> str:
    """Return the body as HTML blocks (paragraphs, headings, captions) with marks.

    A mark that runs over several paragraphs is drawn in each of them.

    .. versionadded:: 0.1.0
    """
    marks = _marks(article)
    blocks = article.paragraphs or (Paragraph(span=Span(0, len(article.body))),)
    out: list[str] = []
    for p in blocks:
        s, e = p.span.start, p.span.end
        inside = [
            attrs.evolve(m, start=max(m.start, s), end=min(m.end, e))
            for m in marks
            if m.start < e and m.end > s
        ]
        tag = _TAGS[p.kind]
        out.append(f"<{tag}>{''.join(_render(article.body[s:e], s, inside))}</{tag}>")
    return "\n".join(out)


def _panel(art: Article) -> str:
    names = {s.id: s.name for s in art.sources}
    legend = (
        '<p class="nr-legend"><span class="nr-quote">quote</span>'
        '<span class="nr-speaker">speaker</span><span class="nr-stat">statistic</span>'
        '<span class="nr-date">date</span></p>'
    )
    lines = ['<aside aria-label="What newsrec found">', legend]
    lines.append(f"<h2>Quotes ({len(art.quotes)})</h2><ol>")
    for q in art.quotes:
        who = escape(names.get(q.speaker or "", "unknown"))
        text = escape(q.text if len(q.text) <= 140 else q.text[:139] + "…")
        lines.append(f"<li><b>{who}</b> <i>{escape(q.kind.value)}</i>: {text}</li>")
    lines.append(f"</ol><h2>Statistics ({len(art.statistics)})</h2><ol>")
    for s in art.statistics:
        bits = [escape(s.text), escape(s.qualifier.value)]
        if s.counted:
            bits.append(escape(s.counted))
        lines.append(f"<li>{' · '.join(bits)}</li>")
    lines.append(f"</ol><h2>Sources ({len(art.sources)})</h2><ul>")
    for src in art.sources:
        n = len(src.mentions)
        lines.append(
            f"<li>{escape(src.name)} <i>{escape(src.kind.value)}</i>, "
            f"{n} mention{'s' if n != 1 else ''}</li>"
        )
    lines.append("</ul></aside>")
    return "\n".join(lines)


def dumps(article: Article, *, title: str | None = None) -> str:
    """Render ``article`` as one self-contained HTML page.

    Args:
        article: The article to show.
        title: The page title; the article's title, or its id, by default.

    .. versionadded:: 0.1.0
    """
    heading = title or article.title or f"Article {article.id}"
    meta = " · ".join(
        escape(x)
        for x in (
            article.date.isoformat() if article.date is not None else None,
            ", ".join(article.authors) or None,
            article.url,
        )
        if x
    )
    lang = f' lang="{escape(article.language, quote=True)}"' if article.language else ""
    return (
        f"<!DOCTYPE html>\n<html{lang}>\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<meta name=\"generator\" content=\"newsrec\">\n"
        f"<title>{escape(heading)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"<main data-article=\"{escape(article.id, quote=True)}\">\n<h1>{escape(heading)}</h1>\n"
        f"<p class=\"nr-meta\">{meta}</p>\n{render_body(article)}\n</main>\n"
        f"{_panel(article)}\n</body>\n</html>\n"
    )
