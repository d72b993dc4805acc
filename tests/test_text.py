import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsrec
from newsrec import ParagraphKind, parse_text

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "kazakhstan.txt"


@pytest.fixture(scope="module")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


def test_sample_header_and_body(sample_text):
    art = parse_text(sample_text)
    assert art.date == dt.date(2022, 1, 7)
    assert art.body.startswith("Kazakhstan’s President")
    assert sample_text.find(art.body) == 17
    assert sample_text.endswith(art.body)
    newsrec.validate(art)


def test_sample_paragraphs(sample_text):
    art = parse_text(sample_text)
    kinds = [p.kind for p in art.paragraphs]
    assert len(kinds) == 21
    headings = [art.text_of(p.span) for p in art.paragraphs if p.kind is ParagraphKind.HEADING]
    captions = [art.text_of(p.span) for p in art.paragraphs if p.kind is ParagraphKind.CAPTION]
    assert headings == ["Tokayev refuses dialogue"]
    assert captions == [
        (
            "The President of Kazakhstan, Kassym-Yomart Tokayev, 7 January"
            " | EFE/EPA/KAZAKH PRESIDENT PRESS SERVICE"
        )
    ]
    assert kinds.count(ParagraphKind.PARAGRAPH) == 19


def test_id_is_stable_and_content_derived(sample_text):
    a, b = parse_text(sample_text), parse_text(sample_text)
    assert a.id == b.id
    assert parse_text(sample_text + " More.").id != a.id
    assert parse_text(sample_text, id="mine").id == "mine"


@pytest.mark.parametrize(
    ("text", "body", "date"),
    [
        ("date 2022-01-07 Text.", "Text.", dt.date(2022, 1, 7)),
        ("  \n date 2022-01-07\n\nText.", "Text.", dt.date(2022, 1, 7)),
        ("DATE 2021-12-31\nText.", "Text.", dt.date(2021, 12, 31)),
        ("Text without a header.", "Text without a header.", None),
        ("date 2022-01-07", "", dt.date(2022, 1, 7)),
        ("dated 2022-01-07 is not a header", "dated 2022-01-07 is not a header", None),
        ("date 2022-01-071 no", "date 2022-01-071 no", None),
    ],
)
def test_headers(text, body, date):
    art = parse_text(text)
    assert art.body == body
    assert art.date == date
    assert text.find(art.body) >= 0


def test_explicit_date_wins():
    d = dt.datetime(2022, 1, 8, 9, 30, tzinfo=dt.timezone.utc)
    assert parse_text("date 2022-01-07 x", date=d).date == d


def test_impossible_header_date_names_the_place():
    with pytest.raises(newsrec.InputError, match=r"line 2, column 6"):
        parse_text("\ndate 2022-02-30 Text.")


def test_not_a_str():
    with pytest.raises(newsrec.InputError, match="takes a str"):
        parse_text(b"bytes")  # type: ignore[arg-type]


def test_size_limit(monkeypatch):
    monkeypatch.setattr(newsrec._text, "MAX_TEXT_CHARS", 10)
    with pytest.raises(newsrec.InputError, match="over the limit"):
        parse_text("x" * 11)


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        ("Tokayev refuses dialogue", ParagraphKind.HEADING),
        ("A long sentence that ends with a full stop.", ParagraphKind.PARAGRAPH),
        ("lower case start without punctuation", ParagraphKind.PARAGRAPH),
        ("Protesters in Almaty, 5 January | REUTERS/Pavel Mikheyev", ParagraphKind.CAPTION),
        ("Protesters in Almaty. Photo: Reuters", ParagraphKind.CAPTION),
        ("Troops at the airport (AP Photo/Vladimir Tretyakov)", ParagraphKind.CAPTION),
        ("Prices | and more prices and more of them in the market", ParagraphKind.HEADING),
        ("Two lines\nof text", ParagraphKind.PARAGRAPH),
    ],
)
def test_classify(block, kind):
    assert newsrec._text.classify(block) is kind


# Random text is full of unbalanced quotation marks: the extractors warn, as documented.
quiet = pytest.mark.filterwarnings("ignore::newsrec.NewsrecWarning")


@quiet
@given(st.lists(st.text(min_size=1, max_size=40), max_size=8), st.sampled_from(["\n\n", "\n \n", "\r\n\r\n", "\n\n\n"]))
def test_paragraph_spans_are_trimmed_ordered_and_inside(blocks, sep):
    body = sep.join(blocks)
    art = parse_text(body)
    newsrec.validate(art)
    prev = 0
    for p in art.paragraphs:
        chunk = art.text_of(p.span)
        assert chunk
        assert chunk == chunk.strip()
        assert p.span.start >= prev
        prev = p.span.end
    # Every non-blank character of the body is inside some paragraph.
    covered = sum(len(p.span) for p in art.paragraphs)
    assert covered <= len(body)
    assert all(
        any(p.span.start <= i < p.span.end for p in art.paragraphs)
        for i, c in enumerate(body)
        if not c.isspace()
    )


@quiet
@given(st.text())
def test_never_raises_on_text_and_body_is_verbatim(text):
    art = parse_text(text)
    assert text.find(art.body) >= 0
    assert text.endswith(art.body)
    newsrec.validate(art)
