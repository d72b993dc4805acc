"""Property: quotes rendered into text in any style and cue pattern come back with their speaker."""

from __future__ import annotations

import warnings

from hypothesis import given, settings
from hypothesis import strategies as st

from newsrec import QuoteKind
from newsrec._quotes import extract_quotes
from newsrec.lang import en_quotes as lang

STYLES = [
    ("“", "”"),
    ("‘", "’"),
    ('"', '"'),
    ("'", "'"),
    ("«", "»"),
    ("« ", " »"),
    ("»", "«"),
    ("„", "“"),
    ("„", "”"),
    ("‹", "›"),
    ("''", "''"),
]

# {o}/{c}: the marks; {q}: the quote; {n}: the speaker's name; {p}: a pronoun for them.
# Each pattern returns the sentence(s) and which quoted parts it contains.
PATTERNS = [
    "{o}{q},{c} {n} said.",
    "{o}{q},{c} said {n}.",
    "{o}{q},{c} {n} told reporters.",
    "{n} said: {o}{q}.{c}",
    "{n} told Reuters: {o}{q}.{c}",
    "{n} warned, {o}{q}.{c}",
    "{n} said the talks went on. {o}{q},{c} {p} warned.",
    "{n} said the talks went on. {o}{q}?{c} {p} asked.",
    "{n} said the talks went on. {o}{q},{c} {p} emphasized.",
    "{n} said the talks went on. {o}{q},{c} {p} added.",
    "{n} spoke on Friday. {o}{q},{c} {p} said.",
    "According to {n}, {o}{q}.{c}",
]
FILLER = [
    "The weather was mild.",
    "Prices rose for a third week.",
    "Crowds gathered in the square.",
    "The meeting ended late.",
]

_TABLE_WORDS = (
    lang.STRONG_CUES
    | lang.ADJACENT_ONLY_CUES
    | lang.NOT_NAMES
    | lang.TITLES
    | lang.PERSON_NOUNS
    | lang.GOVERNMENT_WORDS
    | lang.MEDIA_WORDS
    | lang.AGENCY_NAMES
    | lang.MONITOR_WORDS
    | lang.DOCUMENT_WORDS
    | lang.ORGANIZATION_WORDS
    | lang.NAME_LINKS
    | lang.DETERMINERS
    | set(lang.SPEAKER_PRONOUNS)
)

surnames = st.from_regex(r"[A-Z][a-z]{3,9}", fullmatch=True).filter(
    lambda w: w.lower() not in _TABLE_WORDS
)
words = st.from_regex(r"[a-z]{2,8}", fullmatch=True)
utterances = st.lists(words, min_size=1, max_size=10).map(
    lambda ws: " ".join([ws[0].capitalize(), *ws[1:]])
)


@st.composite
def articles(draw):
    n = draw(st.integers(1, 5))
    names = draw(st.lists(surnames, min_size=n, max_size=n, unique=True))
    genders = draw(st.lists(st.sampled_from(["he", "she"]), min_size=n, max_size=n))
    paragraphs = []
    expected = []  # (quote text without final punctuation, speaker name)
    for name, pronoun in zip(names, genders, strict=True):
        o, c = draw(st.sampled_from(STYLES))
        pattern = draw(st.sampled_from(PATTERNS))
        q = draw(utterances)
        if "According" in pattern:
            q = q[0].lower() + q[1:]
        if draw(st.booleans()):
            paragraphs.append(draw(st.sampled_from(FILLER)))
        paragraphs.append(pattern.format(o=o, c=c, q=q, n=name, p=pronoun))
        expected.append((q, name))
    return "\n\n".join(paragraphs), expected


@settings(deadline=None)
@given(articles())
def test_every_rendered_quote_comes_back_with_its_speaker(article):
    text, expected = article
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # balanced text never warns
        quotes, sources = extract_quotes(text)
    names = {s.id: s.name for s in sources}
    got = [
        (q.text.strip().rstrip(".,?"), names.get(q.speaker or ""))
        for q in quotes
        if q.kind is not QuoteKind.INDIRECT
    ]
    assert got == expected
    for q in quotes:
        assert text[q.span.start : q.span.end] == q.text


@settings(deadline=None)
@given(st.text(alphabet=st.sampled_from(list("“”‘’\"'«»„‚‹› \n.,:Ab")), max_size=200))
def test_never_raises_and_spans_are_exact(text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        quotes, sources = extract_quotes(text)
    ids = {s.id for s in sources}
    for q in quotes:
        assert text[q.span.start : q.span.end] == q.text
        assert q.speaker is None or q.speaker in ids


@settings(deadline=None)
@given(st.text(max_size=300))
def test_never_raises_on_any_text(text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        extract_quotes(text)
