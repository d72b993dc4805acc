import html
import html.parser
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given

import newsrec
import newsrec.html
from newsrec import Article, Paragraph, Quote, Span, Statistic
from newsrec import strategies as ns

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "kazakhstan.txt"
VOID = {"meta", "br", "img", "hr", "link", "input"}


class Reader(html.parser.HTMLParser):
    """Collects the marks, checks that tags nest, and keeps the text of <main> blocks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.quotes: dict[str, str] = {}
        self.stats: set[str] = set()
        self.dates: set[str] = set()
        self.blocks: list[str] = []
        self._block: list[str] | None = None
        self._in_main = False
        self._quote_stack: list[str | None] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag not in VOID:
            self.stack.append(tag)
        cls = a.get("class") or ""
        if tag == "main":
            self._in_main = True
        if self._in_main and tag in {"p", "h2", "figcaption"} and "nr-meta" not in cls:
            self._block = []
        if "nr-quote" in cls.split() and "data-quote" in a:
            self.quotes.setdefault(a["data-quote"], "")
            self._quote_stack.append(a["data-quote"])
        elif tag == "span":
            self._quote_stack.append(None)
        if "nr-stat" in cls.split() and "data-statistic" in a:
            self.stats.add(a["data-statistic"])
        if "nr-date" in cls.split() and "data-date" in a:
            self.dates.add(a["data-date"])

    def handle_endtag(self, tag):
        assert self.stack, f"</{tag}> closes nothing"
        assert self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1]}>"
        self.stack.pop()
        if tag == "span" and self._quote_stack:
            self._quote_stack.pop()
        if tag in {"p", "h2", "figcaption"} and self._block is not None:
            self.blocks.append("".join(self._block))
            self._block = None
        if tag == "main":
            self._in_main = False

    def handle_data(self, data):
        if self._block is not None:
            self._block.append(data)
        for q in self._quote_stack:
            if q is not None:
                self.quotes[q] += data


def read(page: str) -> Reader:
    r = Reader()
    r.feed(page)
    r.close()
    assert r.stack == []
    return r


@pytest.fixture(scope="module")
def sample() -> Article:
    return newsrec.parse_text(SAMPLE.read_text(encoding="utf-8"))


def test_sample_page_shows_every_quote_and_statistic(sample):
    r = read(newsrec.html.dumps(sample))
    assert set(r.quotes) == {str(i) for i in range(len(sample.quotes))}
    for i, q in enumerate(sample.quotes):
        assert r.quotes[str(i)] == q.text
    assert r.stats == {str(i) for i in range(len(sample.statistics))}
    assert len(r.stats) == 10
    assert len(r.dates) == len(sample.dates)


def test_blocks_keep_the_text_exactly(sample):
    r = read(newsrec.html.dumps(sample))
    assert r.blocks == [sample.text_of(p.span) for p in sample.paragraphs]


def test_text_is_escaped():
    body = '<script>alert("x")</script> & “<b>quoted</b>,” she said.'
    art = newsrec.parse_text(body)
    page = newsrec.html.dumps(art, title="<i>t</i>")
    assert "<script>" not in page
    assert "<b>quoted</b>" not in page
    assert "<i>t</i>" not in page
    assert read(page).blocks == [body]


def test_crossing_marks_are_split_and_still_nest():
    body = "aaa bbb ccc ddd"
    art = Article(
        id="x",
        body=body,
        paragraphs=(Paragraph(span=Span(0, len(body))),),
        quotes=(Quote(text="aaa bbb ccc", span=Span(0, 11)),),
        statistics=(Statistic(text="ccc ddd", span=Span(8, 15), value=1),),
    )
    r = read(newsrec.html.dumps(art))
    assert r.quotes == {"0": "aaa bbb ccc"}
    assert r.blocks == [body]


@given(ns.articles())
def test_any_article_renders_to_nested_html_with_its_text(article):
    r = read(newsrec.html.dumps(article))
    if article.paragraphs:
        assert r.blocks == [article.text_of(p.span) for p in article.paragraphs]
    else:
        assert r.blocks == [article.body]
    for i, q in enumerate(article.quotes):
        # A quote in no paragraph (in the gaps between them) is not drawn.
        inside = any(
            min(p.span.end, q.span.end) > max(p.span.start, q.span.start) for p in article.paragraphs
        )
        if q.text and (inside or not article.paragraphs):
            assert str(i) in r.quotes


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


@pytest.mark.skipif(_chromium() is None, reason="no Chromium on this machine (Debian: apt-get install chromium)")
def test_sample_page_in_headless_chromium(sample, tmp_path):
    page = tmp_path / "sample.html"
    page.write_text(newsrec.html.dumps(sample), encoding="utf-8")
    profile = tmp_path / "profile"
    cmd = [
        _chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", f"--user-data-dir={profile}", "--dump-dom", page.as_uri(),
    ]
    dom = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=True, env={**os.environ, "HOME": str(tmp_path)}).stdout
    r = read(dom)  # the DOM as the browser built it
    shown = {html.unescape(t) for t in r.quotes.values()}
    direct_or_partial = [q for q in sample.quotes if q.kind is not newsrec.QuoteKind.INDIRECT]
    assert len(direct_or_partial) == 17
    assert all(q.text in shown for q in direct_or_partial)
    assert len(r.stats) == 10
