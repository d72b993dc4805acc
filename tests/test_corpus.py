"""newsrec.corpus.parse_many: the same articles as parse_text, on one or two processes."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import pickle
from pathlib import Path

import pytest

import newsrec
from newsrec.corpus import ParseFailure, parse_many
from newsrec.errors import FieldError, InputError, NewsrecError

SAMPLE = (Path(__file__).parent.parent / "examples" / "kazakhstan.txt").read_text(encoding="utf-8")
PARAGRAPHS = SAMPLE.split("\n\n")


def corpus(n: int) -> list[str]:
    """N different articles made from the sample's paragraphs."""
    out = []
    for i in range(n):
        k = 2 + i % 5
        paras = [PARAGRAPHS[(i * 7 + j * 3) % len(PARAGRAPHS)] for j in range(k)]
        # The closing line makes every body, and so every derived id, unique.
        out.append(f"date 2022-01-{1 + i % 28:02d} " + "\n\n".join([*paras, f"Report {i}."]))
    return out


TEXTS = [*corpus(40), "", "Just one line.", ("A text with an id.", {"id": "given"})]
EXPECTED = [
    newsrec.parse_text(t) if isinstance(t, str) else newsrec.parse_text(t[0], **t[1]) for t in TEXTS
]


def test_inline_is_parse_text():
    assert list(parse_many(TEXTS)) == EXPECTED


@pytest.mark.parametrize("chunksize", [1, 16])
def test_two_processes_in_order(chunksize):
    assert list(parse_many(TEXTS, jobs=2, chunksize=chunksize)) == EXPECTED


def test_two_processes_unordered():
    got = list(parse_many(iter(TEXTS), jobs=2, ordered=False, chunksize=3))
    assert len({a.id for a in EXPECTED}) == len(EXPECTED)
    assert len(got) == len(EXPECTED)
    assert {a.id: a for a in got} == {a.id: a for a in EXPECTED}


def test_unordered_inline_is_in_order():
    assert list(parse_many(TEXTS, ordered=False)) == EXPECTED


BAD = [
    "Fine.",
    42,
    ("Naive date.", {"date": dt.datetime(2022, 1, 7, 10, 30), "id": "naive"}),
    {"text": "A mapping.", "date": "2022-01-07", "id": "m"},
    {"text": "Bad day.", "date": "2022-02-30"},
    {"no": "text"},
    ("Unknown argument.", {"colour": "red"}),
    "Also fine.",
]


@pytest.mark.parametrize("jobs", [1, 2])
def test_errors_are_reported_per_input(jobs):
    failed: list[ParseFailure] = []
    got = list(parse_many(BAD, jobs=jobs, chunksize=2, on_error=failed.append))
    assert [a.body for a in got] == ["Fine.", "A mapping.", "Also fine."]
    assert got[1].id == "m"
    assert got[1].date == dt.date(2022, 1, 7)
    assert [f.index for f in failed] == [1, 2, 4, 5, 6]
    kinds = [type(f.error) for f in failed]
    assert kinds == [InputError, FieldError, InputError, InputError, TypeError]
    naive = failed[1]
    assert naive.id == "naive"
    assert naive.text == "Naive date."
    assert naive.error.name == "date"  # the attributes survive the trip between processes
    assert str(naive).startswith("input 2 (id 'naive'): FieldError: 'date' must be an aware")
    assert failed[0].text == "42"


@pytest.mark.parametrize("jobs", [1, 2])
def test_without_on_error_the_first_failure_raises(jobs):
    got = []
    with pytest.raises(InputError, match="must be a str") as info:
        got.extend(parse_many(BAD, jobs=jobs, chunksize=1))
    assert [a.body for a in got] == ["Fine."]
    notes = getattr(info.value, "__notes__", ["while parsing input 1: '42'"])
    assert notes == ["while parsing input 1: '42'"]


def test_failure_pickles_with_its_error():
    e = FieldError("date", 1, "must be a date")
    f = ParseFailure(index=3, id=None, error=e, text="x")
    back = pickle.loads(pickle.dumps(f))
    assert (back.index, back.id, back.text, str(back.error)) == (3, None, "x", str(e))
    assert type(back.error) is FieldError
    assert back.error.value == 1


def test_an_error_that_cannot_travel_becomes_a_newsrec_error():
    class Local(Exception):
        pass

    from newsrec import corpus

    f = ParseFailure(index=0, id=None, error=Local("boom"), text="x")
    portable = corpus._portable(f)
    assert type(portable.error) is NewsrecError
    assert str(portable.error).endswith("Local: boom")
    pickle.dumps(portable)


def counting(texts, seen):
    for t in texts:
        seen.append(t)
        yield t


def test_a_generator_is_read_lazily_inline():
    seen: list[str] = []
    it = parse_many(counting(corpus(1000), seen))
    next(it)
    assert len(seen) == 1
    it.close()


def test_a_generator_is_read_lazily_by_the_pool():
    seen: list[str] = []
    it = parse_many(counting(itertools.cycle(corpus(10)), seen), jobs=2, chunksize=3)
    first = [next(it) for _ in range(10)]
    # At most 2 * jobs chunks in flight, plus the one handed over: never the endless rest.
    assert len(seen) <= (2 * 2 + 4) * 3
    it.close()  # stops the pool; the endless generator is left alone
    assert [a.body for a in first] == [a.body for a in parse_many(corpus(10))]


def test_progress_line(monkeypatch):
    err = io.StringIO()
    monkeypatch.setattr("sys.stderr", err)
    assert len(list(parse_many(corpus(3), progress=True))) == 3
    assert err.getvalue().startswith("\rnewsrec: 3/3 (100%) articles, ")
    assert err.getvalue().endswith("/s\x1b[K\n")


def test_progress_counts_failures_and_unknown_totals(monkeypatch):
    err = io.StringIO()
    monkeypatch.setattr("sys.stderr", err)
    list(parse_many(iter(["a", 1]), progress=True, on_error=lambda f: None))
    assert err.getvalue().startswith("\rnewsrec: 2 articles, 1 failed, ")


def test_no_progress_when_stderr_is_not_a_terminal(monkeypatch):
    err = io.StringIO()
    monkeypatch.setattr("sys.stderr", err)
    list(parse_many(["a"]))
    assert err.getvalue() == ""


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"jobs": 0}, "'jobs' must be an int >= 1 or None"),
        ({"jobs": 1.5}, "'jobs' must be an int >= 1 or None"),
        ({"chunksize": 0}, "'chunksize' must be an int >= 1"),
    ],
)
def test_bad_arguments(kwargs, message):
    with pytest.raises(ValueError, match=message):
        next(parse_many(["a"], **kwargs))


def test_jobs_none_is_one_per_cpu():
    assert [a.body for a in parse_many(["a.", "b."], jobs=None)] == ["a.", "b."]
