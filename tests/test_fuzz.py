"""Fuzzing every entry point that takes outside input (issue #6).

Whatever a scraper brings back, newsrec gives a clear error or a valid record:
the only exceptions that may escape ``parse_text``, ``newsrec.json.loads``,
``from_builtins``, the JSON Lines reader and the command line are the
documented :class:`~newsrec.NewsrecError` subclasses; the extractors never
raise on any ``str`` at all; whatever ``parse_text`` returns passes
:func:`newsrec.validate`.

The inputs are biased to what breaks text tools: quotation marks and
apostrophes of every style, digits and separators, currency signs, combining
marks, right-to-left and zero-width characters, NUL, lone surrogates, invalid
UTF-8, long runs (a line of thousands of digits or of one quotation mark),
half-written and deeply nested JSON, absurd numbers.

The number of examples comes from the active Hypothesis profile (``ci``: 200
per test); ``HYPOTHESIS_PROFILE=thorough`` runs 2000. See docs/howto/fuzzing.md.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import io
import json
import multiprocessing
import os
import pickle
import sys
import tempfile
import warnings
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsrec
import newsrec.errors
import newsrec.extract
import newsrec.json
import newsrec.jsonl
from newsrec import Article, NewsrecError, Span, parse_text
from newsrec import strategies as ns
from newsrec.__main__ import main
from newsrec._convert import RECORDS

pytestmark = pytest.mark.filterwarnings("ignore::newsrec.NewsrecWarning")

# The documented errors: the only exceptions allowed out of an entry point.
DOCUMENTED = tuple(
    getattr(newsrec.errors, name)
    for name in newsrec.errors.__all__
    if isinstance(getattr(newsrec.errors, name), type)
    and issubclass(getattr(newsrec.errors, name), NewsrecError)
)

# -- hostile text ------------------------------------------------------------------------------

PIECES = (
    # Quotation marks and apostrophes of every style, and their pairs.
    *'"\'`“”‘’‚„‟‹›«»「」『』〝〞＂＇',
    "\u201c\u201c",
    "''",
    "’s",
    "rock ’n’ roll",
    "'90s",
    # Digits, separators, currency, units.
    *"0123456789",
    "3,000",
    "1.5",
    "1,2,3",
    "10.000,50",
    "٠١٢٣",
    "१२३",
    "1\u202f000",
    "2e622",  # beyond any float
    "e-400",
    " dollars",
    "½",
    "²",
    "-",
    "–",
    "—",
    "−",
    *"$€£¥₹₸%‰",
    " per cent",
    " million",
    "more than ",
    "nearly ",
    "between 5 and ",
    # Words the extractors look for.
    " said",
    " told",
    " according to ",
    " says ",
    "President Tokayev",
    "the Ministry of Interior",
    " on Friday",
    " January 7",
    " 2022",
    "7/1/2022",
    "last week",
    "| EFE/EPA",
    "(Photo: Reuters)",
    "date 2022-01-07 ",
    "date 2022-02-31 ",
    # Separators and line breaks.
    " ",
    ". ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "\x0b",
    "\x0c",
    "\x1c",
    "\x85",
    "\u2028",
    "\u2029",
    "\u00a0",
    "\u3000",
    # Combining marks, right-to-left text, bidi and zero-width characters, NUL.
    "e\u0301",
    "\u0301",
    "\u0308\u0323",
    "\u05e9\u05dc\u05d5\u05dd",
    "\u0645\u0631\u062d\u0628\u0627",
    "\u202e",
    "\u200f",
    "\u2066",
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\x00",
    # Astral characters and specials; case mapping that changes the length.
    "\U0001f600",
    "\U0001f469\u200d\U0001f4bb",
    "\U0010ffff",
    "\ufffd",
    "\uffff",
    "\u0130",
    "\u00df",
    "\ufb03",
)
# Units repeated into long runs: a line of digits, of one mark, without spaces, ...
RUNS = ("1", "9,", "“", "‘", "'", '"', "« ", "x", "according to ", "said “", "\u200b", "\u0301")

_surrogates = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
_runs = st.builds(lambda unit, n: unit * n, st.sampled_from(RUNS), st.integers(1, 4000))


def hostile_texts(*, surrogates: bool = False) -> st.SearchStrategy[str]:
    """Text made of the pieces above, any characters, and long runs."""
    parts = [st.sampled_from(PIECES), st.text(max_size=8), _runs]
    if surrogates:
        parts.append(st.text(_surrogates, min_size=1, max_size=2))
    return st.lists(st.one_of(*parts), max_size=40).map("".join)


def _allowed(exc: BaseException) -> bool:
    return isinstance(exc, DOCUMENTED)


# -- parse_text ---------------------------------------------------------------------------------


def _pickles_copies_and_hashes(record: object) -> None:
    again = pickle.loads(pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL))
    assert again == record
    assert hash(again) == hash(record)
    assert copy.deepcopy(record) == record


@given(hostile_texts(surrogates=True))
def test_parse_text_returns_a_valid_article_or_a_documented_error(text):
    try:
        art = parse_text(text)
    except newsrec.InputError:
        # Only a header that names a day that does not exist is refused.
        assert text.lstrip(" \t\r\n\f\v\ufeff").lower().startswith("date")
        return
    newsrec.validate(art)
    assert text.endswith(art.body)
    _pickles_copies_and_hashes(art)


@pytest.mark.parametrize("value", [b"bytes", bytearray(b"x"), None, 1, ["a"], memoryview(b"x")])
def test_parse_text_refuses_what_is_not_a_str(value):
    with pytest.raises(newsrec.InputError):
        parse_text(value)


def test_parse_text_refuses_text_over_the_limit_before_reading_it(monkeypatch):
    import newsrec._text
    from newsrec import extract

    def must_not_run(text: str) -> None:
        raise AssertionError("the text was read before its length was checked")

    monkeypatch.setattr(newsrec._text, "MAX_TEXT_CHARS", 1000)
    monkeypatch.setattr(newsrec._text, "split_paragraphs", must_not_run)
    monkeypatch.setattr(extract, "quotes_and_sources", must_not_run)
    with pytest.raises(newsrec.InputError, match="over the limit of 1,000"):
        parse_text("“" * 1001)


@given(
    hostile_texts(surrogates=True),
    st.one_of(st.none(), st.dates(), ns.aware_datetimes()),
    st.sampled_from([None, True, False]),
)
def test_extractors_never_raise_on_any_str(text, date, day_first):
    quotes, sources = newsrec.extract.quotes_and_sources(text)
    statistics = newsrec.extract.statistics(text, sources=sources)
    dates = newsrec.extract.dates(text, date=date, day_first=day_first)
    # Everything they return points at real text of ``text``.
    art = Article(
        id="fuzz",
        body=text,
        quotes=quotes,
        sources=sources,
        statistics=statistics,
        dates=dates,
    )
    newsrec.validate(art)


# -- JSON ----------------------------------------------------------------------------------------

_CLASSES = st.sampled_from(RECORDS)

# Values put in place of a field: wrong types, absurd numbers, broken text, deep nesting.
RAW_VALUES = (
    "null",
    "true",
    "false",
    "0",
    "-1",
    "1.5",
    "-0.0",
    "1e400",
    "-1e400",
    "1e999999999",
    "1E+1000000",
    "NaN",
    "Infinity",
    "-Infinity",
    str(2**64),
    str(-(2**63) - 1),
    "1" * 4300,
    "1" * 4301,
    "1" * 100_000,
    '"1' + "0" * 5000 + '"',
    '"1e999999999"',
    '"NaN"',
    '"-0"',
    '""',
    '" "',
    '"\\u0000"',
    '"\\ud800"',
    '"\\udfff\\ud800"',
    '"\u2028\u0085"',
    '"2022-02-31"',
    '"2022-01-07T25:00:00+00:00"',
    '"2022-01-07T10:00:00"',
    '"+999999-01-01"',
    '"99999999999999999999"',
    '"direct"',
    '"DIRECT"',
    "[]",
    "{}",
    "[0, 5]",
    "[5, 0]",
    '{"start": 0}',
    '{"start": 0, "end": 1, "x": 2}',
    '{"start": true, "end": 1}',
    "[" * 100 + "]" * 100,
    '{"a":' * 100 + "1" + "}" * 100,
    "[" * 63 + "]" * 63,
)


def _json_values() -> st.SearchStrategy[Any]:
    scalars = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(),
        st.text(max_size=10),
        st.sampled_from(["start", "end", "direct", "2022-01-07", "person"]),
    )
    return st.recursive(
        scalars,
        lambda kids: st.one_of(
            st.lists(kids, max_size=4), st.dictionaries(st.text(max_size=6), kids, max_size=4)
        ),
        max_leaves=20,
    )


def _paths(obj: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [path]
    if isinstance(obj, dict):
        for k, v in obj.items():
            out += _paths(v, (*path, k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            out += _paths(v, (*path, i))
    return out


def _record_of(cls: type) -> st.SearchStrategy[Any]:
    return {
        Span: ns.spans(),
        newsrec.Paragraph: ns.paragraphs(),
        newsrec.Source: ns.sources(),
        newsrec.Quote: ns.quotes(),
        newsrec.Statistic: ns.statistics(),
        newsrec.DateMention: ns.date_mentions(),
        Article: ns.articles(),
    }[cls]


@st.composite
def mutated_json(draw: st.DrawFn) -> tuple[type, str | bytes]:
    """A record's JSON with some values replaced, keys dropped or added, bytes cut."""
    cls = draw(_CLASSES)
    data = newsrec.json.to_builtins(draw(_record_of(cls)))
    raws: list[str] = []
    for _ in range(draw(st.integers(0, 4))):
        paths = _paths(data)
        path = draw(st.sampled_from(paths))
        action = draw(st.sampled_from(["raw", "value", "drop", "add"]))
        if not path:
            if action == "raw":
                raws.append(draw(st.sampled_from(RAW_VALUES)))
                data = f"@@RAW{len(raws) - 1}@@"
            continue
        parent = data
        for key in path[:-1]:
            parent = parent[key]
        last = path[-1]
        if action == "raw":
            raws.append(draw(st.sampled_from(RAW_VALUES)))
            parent[last] = f"@@RAW{len(raws) - 1}@@"
        elif action == "value":
            parent[last] = draw(_json_values())
        elif action == "drop":
            del parent[last]
        elif isinstance(parent, dict):
            parent[draw(st.text(max_size=6))] = draw(_json_values())
    text = json.dumps(data, ensure_ascii=draw(st.booleans()))
    for i, raw in enumerate(raws):
        text = text.replace(f'"@@RAW{i}@@"', raw)
    blob: str | bytes = text
    if draw(st.booleans()):
        blob = text.encode("utf-8", "surrogatepass")
        if blob and draw(st.booleans()):  # cut, or flip one byte
            at = draw(st.integers(0, len(blob) - 1))
            if draw(st.booleans()):
                blob = blob[:at]
            else:
                blob = blob[:at] + bytes([draw(st.integers(0, 255))]) + blob[at + 1 :]
    return cls, blob


def _loads_or_documented_error(
    data: str | bytes, cls: type, *, strict: bool, validate: bool
) -> object | None:
    try:
        record = newsrec.json.loads(data, cls, strict=strict, validate=validate)
    except (newsrec.DecodeError, newsrec.ValidationError):
        return None
    assert type(record) is cls
    # A record read is a record like any other: it writes and reads back as itself.
    assert newsrec.json.loads(newsrec.json.dumps(record), cls, validate=False) == record
    if validate:
        assert newsrec.check(record) == ()
    return record


@given(mutated_json(), st.booleans(), st.booleans())
def test_json_loads_mutated_records(case, strict, validate):
    cls, data = case
    _loads_or_documented_error(data, cls, strict=strict, validate=validate)


@given(
    st.one_of(st.binary(max_size=200), hostile_texts(surrogates=True), st.text(max_size=50)),
    _CLASSES,
    st.booleans(),
)
def test_json_loads_any_bytes_or_text(data, cls, strict):
    _loads_or_documented_error(data, cls, strict=strict, validate=True)


@given(_json_values(), _CLASSES, st.booleans())
def test_from_builtins_any_data(obj, cls, strict):
    try:
        record = newsrec.json.from_builtins(obj, cls, strict=strict)
    except newsrec.ValidationError:
        return
    assert type(record) is cls


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested deeper than 64"),
        ('{"start":' * 100_000 + "0" + "}" * 100_000, "nested deeper than 64"),
        ('{"start": ' + "1" * 100_000 + ', "end": 1}', "more than 4300 digits"),
        ('{"start": ' + "9" * 4301 + ', "end": 1}', "more than 4300 digits"),
        ("[" * 65 + "]" * 65, "nested deeper than 64"),
    ],
)
@pytest.mark.parametrize("strict", [True, False])
@pytest.mark.timeout(30)  # a hang guard: these inputs once took minutes
def test_deep_nesting_and_absurd_numbers_are_refused_clearly(text, match, strict):
    with pytest.raises(newsrec.DecodeError, match=match):
        newsrec.json.loads(text, Span, strict=strict)


@pytest.mark.parametrize("number", ["1e1000000", "1E+999999999", "-1e5000", "1e4300"])
@pytest.mark.timeout(30)  # a hang guard: int(Decimal("1e1000000")) alone takes minutes
def test_lenient_integer_with_a_huge_exponent_is_refused_at_once(number):
    with pytest.raises(newsrec.ValidationError, match="at most 4300 digits"):
        newsrec.json.loads(f'{{"start": {number}, "end": {number}}}', Span, strict=False)


@pytest.mark.parametrize("number", ["1E+1000000000000000000", "-2.5e-99999999999999999999"])
def test_lenient_number_with_an_exponent_past_decimal_says_so(number):
    # Decimal() raises InvalidOperation on these; it once escaped json.loads.
    with pytest.raises(newsrec.DecodeError, match="exponent out of range"):
        newsrec.json.loads(f'{{"start": {number}, "end": 1}}', Span, strict=False)
    bad = newsrec.jsonl.read_all(io.BytesIO(f'{{"start": {number}, "end": 1}}\n'.encode()), Span, strict=False)
    assert (bad.records, len(bad.bad_lines)) == ((), 1)


@pytest.mark.parametrize("number", ["Infinity", "-Infinity", "NaN", "1.5"])
def test_lenient_integer_that_is_not_one_says_so(number):
    with pytest.raises(newsrec.ValidationError, match="must be an integer"):
        newsrec.json.loads(f'{{"start": {number}, "end": 1}}', Span, strict=False)


def test_lenient_integer_with_an_exponent_is_still_read():
    with pytest.warns(newsrec.NewsrecWarning, match="read as an integer"):
        assert newsrec.json.loads('{"start": 1e3, "end": 2E3}', Span, strict=False) == Span(
            1000, 2000
        )


def test_untrusted_json_builds_only_records():
    # No type tags, no class names: a document is read as the record asked for, or refused.
    payload = '{"__class__": "os.system", "start": 0, "end": 1}'
    with pytest.raises(newsrec.ValidationError, match="unknown keys '__class__'"):
        newsrec.json.loads(payload, Span)
    payload = '{"id": "a", "body": "b", "__reduce__": ["os.system", ["true"]]}'
    with pytest.raises(newsrec.ValidationError, match="not a known field"):
        newsrec.json.loads(payload, Article)
    with pytest.raises(TypeError, match="not a newsrec record type"):
        newsrec.json.loads('{"a": 1}', dict)


# -- JSON Lines ----------------------------------------------------------------------------------


@st.composite
def jsonl_files(draw: st.DrawFn) -> tuple[type, list[bytes], list[bool]]:
    """Good record lines with bad ones interleaved: (class, lines, which are generated good)."""
    cls = draw(st.sampled_from([Span, newsrec.Quote, Article]))
    lines: list[bytes] = []
    good: list[bool] = []
    for _ in range(draw(st.integers(0, 12))):
        kind = draw(st.sampled_from(["good", "good", "text", "bytes", "json", "blank"]))
        if kind == "good":
            line = newsrec.json.dumps(draw(_record_of(cls))).encode("utf-8", "surrogatepass")
        elif kind == "text":
            line = draw(hostile_texts(surrogates=True)).encode("utf-8", "surrogatepass")
        elif kind == "bytes":
            line = draw(st.binary(max_size=60))
        elif kind == "json":
            line = draw(mutated_json())[1]
            line = line if isinstance(line, bytes) else line.encode("utf-8", "surrogatepass")
        else:
            line = draw(st.sampled_from([b"", b" ", b"\t", b"\x0c"]))
        # A line ends at "\n"; a lone "\r" would end one too for a text-mode reader.
        line = line.replace(b"\n", b" ").replace(b"\r", b" ")
        lines.append(line)
        good.append(kind == "good")
    return cls, lines, good


def _expected(cls: type, lines: list[bytes]) -> tuple[list[object], list[int]]:
    records, bad = [], []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            records.append(newsrec.json.loads(line, cls))
        except (newsrec.DecodeError, newsrec.ValidationError):
            bad.append(n)
    return records, bad


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(jsonl_files(), st.sampled_from([b"\n", b"\r\n"]))
def test_jsonl_keeps_every_good_record_and_reports_every_bad_line(case, eol):
    cls, lines, good = case
    data = b"".join(line + eol for line in lines)
    want_records, want_bad = _expected(cls, lines)
    for n, (line, is_good) in enumerate(zip(lines, good, strict=True), 1):
        if is_good:
            assert n not in want_bad, line
    assert len(want_records) + len(want_bad) == sum(1 for x in lines if x.strip())

    sources: list[Any] = [io.BytesIO(data), data.splitlines(keepends=True)]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        sources.append(io.StringIO(text, newline=""))
    for source in sources:
        result = newsrec.jsonl.read_all(source, cls)
        assert list(result.records) == want_records
        assert [b.line for b in result.bad_lines] == want_bad
        for b in result.bad_lines:
            assert isinstance(b.error, DOCUMENTED)
            assert len(b.text) <= 120
    if text is not None and not want_bad:
        assert newsrec.jsonl.loads(text, cls) == want_records
    if not want_bad:
        assert newsrec.jsonl.loads(data, cls) == want_records
    elif want_bad:
        with pytest.raises(newsrec.JSONLError) as info:
            newsrec.jsonl.loads(data, cls)
        assert info.value.line == want_bad[0]


@given(ns.articles(bodies=ns.bodies(min_size=1)))
def test_jsonl_text_round_trip_keeps_records_with_any_line_break_inside(article):
    # U+2028, U+0085, \x1c ... are written as themselves inside JSON strings.
    assert newsrec.jsonl.loads(newsrec.jsonl.dumps([article, article])) == [article, article]


def test_jsonl_loads_does_not_split_at_unicode_line_breaks():
    art = parse_text("He said “one\u2028two\x85three\x1cfour” today.")
    text = newsrec.jsonl.dumps([art, art])
    assert "\u2028" in text
    assert newsrec.jsonl.loads(text) == [art, art]


def test_jsonl_a_megabyte_line_is_one_bad_line(tmp_path):
    path = tmp_path / "long.jsonl"
    good = newsrec.json.dumps(Span(1, 2))
    path.write_text(f"{good}\n{'x' * 1_000_000}\n{good}\n", encoding="utf-8")
    result = newsrec.jsonl.read_all(path, Span)
    assert result.records == (Span(1, 2), Span(1, 2))
    assert [b.line for b in result.bad_lines] == [2]
    assert len(result.bad_lines[0].text) == 120


# -- the command line ----------------------------------------------------------------------------


@contextlib.contextmanager
def _stdio(stdin: bytes):
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            yield out, err
    finally:
        sys.stdin = old


_cli_inputs = st.one_of(
    st.binary(max_size=300),
    hostile_texts().map(lambda s: s.encode("utf-8")),
    jsonl_files().map(lambda case: b"\n".join(case[1])),
)


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(_cli_inputs, st.sampled_from(["parse", "validate"]), st.booleans())
def test_cli_on_any_bytes_exits_0_or_1_with_no_traceback(data, command, from_stdin):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "input"
        path.write_bytes(data)
        name = "-" if from_stdin else str(path)
        with _stdio(data) as (out, err):
            code = main([command, name])
    assert code in (0, 1)
    assert "Traceback" not in err.getvalue()
    if code == 1:
        assert err.getvalue().strip()
    if command == "validate":
        # Every line is accounted for, whether it came from a file or from stdin.
        last = out.getvalue().strip().splitlines()[-1]
        assert "good record" in last, (out.getvalue(), err.getvalue())


# -- records across processes --------------------------------------------------------------------


def _round_trip_in_child(blob: bytes) -> tuple[bytes, int]:
    records = pickle.loads(blob)
    return pickle.dumps(records), hash(records)


def test_records_cross_process_boundaries_intact():
    sample = Path(__file__).resolve().parent.parent / "examples" / "kazakhstan.txt"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", newsrec.NewsrecWarning)
        arts = (
            parse_text(sample.read_text(encoding="utf-8")),
            parse_text("“Unbalanced, he said.\n\n3,000 people, according to police."),
            Article(id="m", body="x", metadata={"k": "v"}, date=dt.date(2022, 1, 7)),
        )
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=ctx) as pool:
        blob, child_hash = pool.submit(_round_trip_in_child, pickle.dumps(arts)).result(
            timeout=120
        )
    back = pickle.loads(blob)
    assert back == arts
    # Hashes of str are salted per process: equal records still hash equal in one process.
    assert hash(back) == hash(arts)
    assert isinstance(child_hash, int)
    assert os.getpid() != 0


@pytest.mark.parametrize("line", ["\u3000", "\x1c", "\x85", "\u2028"])
def test_jsonl_a_line_of_unicode_space_is_bad_from_text_and_bytes_alike(line):
    text = f"{newsrec.json.dumps(Span(0, 1))}\n{line}\n"
    for source in (io.StringIO(text), io.BytesIO(text.encode())):
        result = newsrec.jsonl.read_all(source, Span)
        assert result.records == (Span(0, 1),)
        assert [b.line for b in result.bad_lines] == [2]


def test_cli_validate_stdin_with_bad_utf8_reports_the_line_and_keeps_the_rest():
    good = newsrec.json.dumps(parse_text("He left.")).encode()
    with _stdio(good + b"\n\xff\xfe\n" + good + b"\n") as (out, err):
        code = main(["validate", "-"])
    assert code == 1
    assert "<stdin>: 2 good records, 1 bad line" in out.getvalue()
    assert "<stdin>:2: invalid UTF-8" in err.getvalue()


# -- the ninjs importer --------------------------------------------------------------------------


@st.composite
def mutated_ninjs(draw: st.DrawFn) -> Any:
    """A ninjs export of a generated article with one value somewhere replaced."""
    import newsrec.ninjs

    version = draw(st.sampled_from(newsrec.ninjs.VERSIONS))
    doc = newsrec.ninjs.to_ninjs(draw(ns.articles()), version=version)
    paths = _paths(doc)[1:]
    if paths and draw(st.booleans()):
        *parent, last = draw(st.sampled_from(paths))
        node = doc
        for key in parent:
            node = node[key]
        node[last] = draw(_json_values())
    return doc


@given(st.one_of(mutated_ninjs(), _json_values()), st.booleans())
def test_ninjs_import_gives_an_article_or_a_documented_error(doc, strict):
    import warnings

    import newsrec.ninjs

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", newsrec.NewsrecWarning)  # lenient repairs warn
        try:
            art = newsrec.ninjs.from_ninjs(doc, strict=strict)
        except (newsrec.DecodeError, newsrec.ValidationError):
            return
    assert type(art) is Article
    assert newsrec.check(art) == ()


@given(st.one_of(st.binary(max_size=200), hostile_texts(surrogates=True)), st.booleans())
def test_ninjs_loads_any_bytes_or_text(data, strict):
    import warnings

    import newsrec.ninjs

    with warnings.catch_warnings(), contextlib.suppress(newsrec.DecodeError, newsrec.ValidationError):
        warnings.simplefilter("ignore", newsrec.NewsrecWarning)
        newsrec.ninjs.loads(data, strict=strict)
