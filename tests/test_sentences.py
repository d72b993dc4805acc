from hypothesis import given
from hypothesis import strategies as st

from newsrec import Span
from newsrec._sentences import new_span, sentence_bounds, sentences, sentences_of

TEXT = "Mr. Smith left. He said “fine.” Then? Yes!\n\nA new one"


def test_split():
    got = [TEXT[s.start : s.end] for s in sentences(TEXT)]
    assert got == ["Mr. Smith left.", "He said “fine.”", "Then?", "Yes!", "A new one"]


def test_shared_split_is_computed_once_per_text_object():
    first = sentences_of(TEXT)
    assert sentences_of(TEXT) is first
    assert sentence_bounds(TEXT) == tuple((s.start, s.end) for s in first)
    # sentences() hands out a fresh list: a caller that changes it changes nobody else's.
    mine = sentences(TEXT)
    mine.clear()
    assert list(sentences_of(TEXT)) == sentences(TEXT) == list(first)


def test_a_part_of_the_text_is_split_on_its_own():
    assert sentences(TEXT, 16, 31) == [Span(16, 31)]


def test_new_span_is_a_span():
    assert new_span(2, 5) == Span(2, 5)
    assert hash(new_span(2, 5)) == hash(Span(2, 5))
    assert type(new_span(2, 5)) is Span


@given(st.text(alphabet="ab .!?\n“”\"'A", max_size=60))
def test_shared_split_equals_a_fresh_one(text):
    got = sentences_of(text)
    again = "".join(text)  # an equal text, another object when non-empty
    assert list(got) == sentences(again)
    for s in got:
        assert 0 <= s.start < s.end <= len(text)
        assert not text[s.start].isspace()
        assert not text[s.end - 1].isspace()
