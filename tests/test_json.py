"""Tests of newsrec.json: round trips, the fast path against the detailed one, error paths."""

from __future__ import annotations

import copy
import datetime as dt
import gc
import json as std_json
import types
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsrec
import newsrec.json as nj
from newsrec import (
    Article,
    DateKind,
    DateMention,
    DecodeError,
    NewsrecWarning,
    Paragraph,
    Quote,
    QuoteKind,
    Source,
    Span,
    Statistic,
    ValidationError,
    _convert,
)
from newsrec import strategies as ns

# Examples per test come from the profile (200 at CI's); round trips are slow to shrink.
SETTINGS = settings(
    deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

RECORD_STRATEGIES: dict[type, st.SearchStrategy[Any]] = {
    Span: ns.spans(),
    Paragraph: ns.paragraphs(),
    Source: ns.sources(),
    Quote: ns.quotes(),
    Statistic: ns.statistics(),
    DateMention: ns.date_mentions(),
    Article: ns.articles(),
}
any_record = st.one_of(*RECORD_STRATEGIES.values())


# -- helpers -----------------------------------------------------------------------------------


def same(a: object, b: object) -> None:
    """Assert ``a == b`` and that every leaf has the same type (and datetimes the same offset)."""
    assert type(a) is type(b), (a, b)
    if attrs.has(type(a)):
        for f in attrs.fields(type(a)):
            same(getattr(a, f.name), getattr(b, f.name))
    elif isinstance(a, tuple):
        assert len(a) == len(b)  # type: ignore[arg-type]
        for x, y in zip(a, b, strict=True):  # type: ignore[call-overload]
            same(x, y)
    elif isinstance(a, dt.datetime):
        assert a == b
        assert a.utcoffset() == b.utcoffset()  # type: ignore[attr-defined]
    elif isinstance(a, Decimal):
        assert a.as_tuple() == b.as_tuple()  # type: ignore[attr-defined]
    elif type(a) is newsrec._frozen.FrozenMap:
        assert dict(a) == dict(b)  # type: ignore[call-overload]
    else:
        assert a == b


FAILED = object()  # the detailed converter refused the data
UNCHECKED = object()  # it built the record, but the whole-article checks failed


def reference(text: str, cls: type) -> object:
    """What the detailed converter makes of ``text``: the record, FAILED or UNCHECKED."""
    try:
        obj = std_json.loads(text)
        record = _convert.converter(True, True).structure(obj, cls)
    except Exception:
        return FAILED
    if newsrec.check(record):
        return UNCHECKED
    return record


def paths(obj: Any, path: str = "$") -> list[tuple[Any, Any, str]]:
    """Every (container, key, path) of the JSON data ``obj``."""
    out: list[tuple[Any, Any, str]] = []
    if type(obj) is dict:
        for k, v in obj.items():
            sub = f"{path}.{k}"
            out.append((obj, k, sub))
            out.extend(paths(v, sub))
    elif type(obj) is list:
        for i, v in enumerate(obj):
            sub = f"{path}[{i}]"
            out.append((obj, i, sub))
            out.extend(paths(v, sub))
    return out


BAD_VALUES = [
    1.5, 0.0, 3.0, True, False, None, "", " ", "x", "direct", "DIRECT", "paragraph", "person",
    -1, 0, 7, 2**63, 2**64 + 1, -(2**70), 10**30, [], [0, 1], [1, 0], {}, {"start": 0},
    {"start": 0, "end": 1}, {"start": 1, "end": 0}, {"start": 0, "end": 1, "x": 2},
    {"start": True, "end": 1}, {"start": 0.0, "end": 1},
    "1e5", "1E+999999", "NaN", "-Infinity", "Infinity", "sNaN", "-0", " 2.5 ", "1_000", "0x10",
    "2022-01-07", "2022-01-07T10:00:00", "2022-01-07T10:00:00+06:00", "20220107", "2022-13-01",
    ["a", "b"], [{}], {"a": "b"}, {"a": 1},
]


def parent_record_path(path: str) -> str:
    """The path of the record (not span) that holds the value at ``path``."""
    parts = path.replace("[", ".[").split(".")
    parts = parts[:-1]
    while (parts and parts[-1] in ("span", "speaker_span", "cue_span")) or (
        parts and parts[-1].startswith("[") and len(parts) > 1 and parts[-2] == "mentions"
    ):
        parts = parts[:-1]
        if parts and parts[-1] == "mentions":
            parts = parts[:-1]
    return ".".join(parts).replace(".[", "[") or "$"


@st.composite
def corrupted(draw: st.DrawFn) -> tuple[str, type, str]:
    """JSON text of a record with one random corruption, its type and the corrupted path."""
    record = draw(any_record)
    cls = type(record)
    data = copy.deepcopy(nj.to_builtins(record))
    where = paths(data)
    op = draw(st.sampled_from(["replace", "delete", "extra", "swap", "nest"]))
    if not where or op == "nest":
        data = draw(st.sampled_from([[data], "x", None, 1, [], {"id": data}]))
        return std_json.dumps(data, ensure_ascii=False), cls, "$"
    container, key, path = draw(st.sampled_from(where))
    if op == "delete" and type(container) is dict:
        del container[key]
    elif op == "extra":
        target = container[key] if type(container[key]) is dict else data
        target[draw(st.sampled_from(["extra", "Start", "id", "span", "kind"]))] = 1
        path = path if target is not data else "$"
    elif op == "swap" and type(container) is dict and set(container) == {"start", "end"}:
        container["start"], container["end"] = container["end"], container["start"]
    else:
        container[key] = draw(st.sampled_from(BAD_VALUES))
    return std_json.dumps(data, ensure_ascii=False), cls, path


# -- (a) round trips ---------------------------------------------------------------------------


@SETTINGS
@given(any_record)
def test_round_trip_every_record_type(record: Any) -> None:
    text = nj.dumps(record)
    back = nj.loads(text, type(record))
    assert back == record
    same(back, record)
    assert nj.from_builtins(nj.to_builtins(record), type(record)) == record


@SETTINGS
@given(ns.articles())
def test_round_trip_articles_text_is_stable(article: Article) -> None:
    text = nj.dumps(article)
    assert nj.dumps(nj.loads(text, Article)) == text
    assert nj.loads(text.encode(), Article) == article


@pytest.mark.parametrize("cls", list(RECORD_STRATEGIES))
@SETTINGS
@given(data=st.data())
def test_round_trip_per_type(cls: type, data: st.DataObject) -> None:
    record = data.draw(RECORD_STRATEGIES[cls])
    same(nj.loads(nj.dumps(record), cls), record)


# -- (b) the fast path agrees with the detailed one ----------------------------------------------


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(corrupted())
def test_fast_path_agrees_with_detailed_converter(case: tuple[str, type, str]) -> None:
    text, cls, path = case
    expected = reference(text, cls)
    error: ValidationError | None = None
    try:
        got = nj.loads(text, cls)
    except ValidationError as e:
        error = e
    if error is not None:
        assert isinstance(error, ValueError)
        assert expected in (FAILED, UNCHECKED), f"loads failed, detailed gave {expected!r}: {error}"
        assert error.problems
        assert all(p.path.startswith("$") for p in error.problems)
        if expected is FAILED:  # a field problem: reported in the record that holds it
            prefix = parent_record_path(path)
            assert any(p.path.startswith(prefix) for p in error.problems), (prefix, error.problems)
    else:
        assert expected not in (FAILED, UNCHECKED), f"loads gave {got!r}, detailed failed"
        same(got, expected)


@SETTINGS
@given(any_record)
def test_fast_converter_and_detailed_converter_agree_on_valid_data(record: Any) -> None:
    data = nj.to_builtins(record)
    fast = _convert.converter(True, False).structure(copy.deepcopy(data), type(record))
    slow = _convert.converter(True, True).structure(copy.deepcopy(data), type(record))
    same(fast, slow)
    same(fast, record)


@SETTINGS
@given(any_record)
def test_generated_paths_match_plain_cattrs(record: Any) -> None:
    # make_converter() has no generated fast paths: it is the cattrs reference.
    plain = nj.make_converter()
    data = plain.unstructure(record, type(record))
    assert nj.to_builtins(record) == data
    assert std_json.dumps(nj.to_builtins(record)) == std_json.dumps(data)
    same(nj.from_builtins(copy.deepcopy(data), type(record)), plain.structure(data, type(record)))


def test_fast_paths_cover_every_record_type() -> None:
    # If a record gains a field the generator does not know, it silently falls back to
    # cattrs: still correct, but slow. This makes that visible.
    assert set(_convert._structure_fns()) == set(_convert.RECORDS[1:])
    assert set(_convert._unstructure_fns()) == set(_convert.RECORDS[1:])


@pytest.mark.parametrize(
    "data",
    [
        {"span": {"start": 0, "end": 1}},
        {"span": {"start": 0, "end": 1}, "kind": "heading"},
        {"kind": "heading"},
        {"span": {"start": 0, "end": 1}, "kind": None},
        {"span": {"start": 0, "end": 1}, "kind": "heading", "x": None},
    ],
)
def test_partial_records(data: dict[str, Any]) -> None:
    try:
        expected: object = nj.make_converter().structure(copy.deepcopy(data), Paragraph)
    except Exception:
        with pytest.raises(ValidationError):
            nj.from_builtins(data, Paragraph)
    else:
        same(nj.from_builtins(data, Paragraph), expected)


# -- (c) documented errors ---------------------------------------------------------------------


BODY = "He said “no”. Police detained 3,000 people on Friday."


def article_data(**changes: Any) -> dict[str, Any]:
    art = Article(
        id="a1",
        body=BODY,
        date=dt.datetime(2022, 1, 7, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=6))),
        quotes=(Quote(text="no", span=Span(9, 11), speaker="s1"),),
        statistics=(
            Statistic(text="3,000", span=Span(30, 35), value=3000, low=3000, high=3000),
        ),
        sources=(Source(id="s1", name="Someone", mentions=(Span(0, 2),)),),
        dates=(
            DateMention(
                text="on Friday", span=Span(43, 52), earliest=dt.date(2022, 1, 7),
                latest=dt.date(2022, 1, 7), kind=DateKind.RELATIVE,
            ),
        ),
        metadata={"section": "World"},
    )
    newsrec.validate(art)
    data = nj.to_builtins(art)
    data.update(changes)
    return data


def load_error(data: Any, cls: type = Article) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        nj.loads(std_json.dumps(data, ensure_ascii=False), cls)
    return info.value


def _live_frames() -> int:
    gc.collect()
    return sum(isinstance(o, types.FrameType) for o in gc.get_objects())


def test_input_that_leaves_the_fast_path_is_not_kept() -> None:
    # A record the generated fast path cannot build goes to cattrs, which builds
    # it or says why not. The signal for that was once one shared exception, whose
    # traceback grew by the frames of every such input, and so kept them all.
    bad = '{"span": {"start": 1, "end": 2}, "kind": "heading", "note": "x"}'
    for _ in range(20):
        with pytest.raises(newsrec.ValidationError):
            nj.loads(bad, Paragraph)
    before = _live_frames()
    for _ in range(300):
        with pytest.raises(newsrec.ValidationError):
            nj.loads(bad, Paragraph)
    assert _live_frames() - before < 50


@pytest.mark.parametrize("pair", [chr(0xD800) + chr(0xDC9C), chr(0xDBFF) + chr(0xDFFF)])
def test_a_split_surrogate_pair_is_refused_not_joined(pair: str) -> None:
    # JSON reads "\ud800\udc9c" as one character, so two lone surrogates in a row
    # cannot be written so that they read back; dumps says where they are.
    art = Article(id="a", body="ok", title=f"x{pair}y", authors=("z", pair))
    with pytest.raises(ValidationError) as info:
        nj.dumps(art)
    assert [p.path for p in info.value.problems] == ["$.title", "$.authors[1]"]
    assert "reads back as one character" in str(info.value)


@given(
    st.text(
        st.characters(min_codepoint=0xD7F0, max_codepoint=0xE010, exclude_categories=()),
        max_size=6,
    )
)
def test_strings_with_surrogates_round_trip_or_are_refused(text: str) -> None:
    art = Article(id="a", body=text or "x")
    try:
        out = nj.dumps(art)
    except ValidationError:
        assert any(
            "\ud800" <= a <= "\udbff" and "\udc00" <= b <= "\udfff"
            for a, b in zip(art.body, art.body[1:])
        )
        return
    assert nj.loads(out, Article) == art


def test_valid_article_loads() -> None:
    data = article_data()
    art = nj.loads(std_json.dumps(data), Article)
    assert art.quotes[0].kind is QuoteKind.DIRECT
    assert art.date.utcoffset() == dt.timedelta(hours=6)  # type: ignore[union-attr]
    assert nj.to_builtins(art) == data


def test_span_end_before_start_has_its_path() -> None:
    data = article_data()
    data["quotes"][0]["span"] = {"start": 9, "end": 2}
    e = load_error(data)
    assert [p.path for p in e.problems] == ["$.quotes[0].span.end"]
    assert e.problems[0].reason == "must be >= start (9)"
    assert e.problems[0].value == 2
    assert e.path == "$.quotes[0].span.end"


def test_unknown_key_is_a_validation_error() -> None:
    e = load_error(article_data(extra=1))
    assert [(p.path, p.reason) for p in e.problems] == [("$.extra", "is not a known field")]


def test_unknown_key_in_nested_record() -> None:
    data = article_data()
    data["quotes"][0]["who"] = "x"
    e = load_error(data)
    assert [p.path for p in e.problems] == ["$.quotes[0].who"]


def test_missing_id() -> None:
    data = article_data()
    del data["id"]
    e = load_error(data)
    assert [(p.path, p.reason) for p in e.problems] == [("$.id", "is required but missing")]


def test_naive_datetime() -> None:
    e = load_error(article_data(date="2022-01-07T10:30:00"))
    assert [p.path for p in e.problems] == ["$.date"]
    assert "time zone" in e.problems[0].reason


def test_every_problem_is_reported() -> None:
    data = article_data(title=3)
    data["statistics"][0]["high"] = 2
    data["quotes"][0]["kind"] = "shouted"
    e = load_error(data)
    assert sorted(p.path for p in e.problems) == [
        "$.quotes[0].kind", "$.statistics[0].high", "$.title",
    ]
    assert "must be one of 'direct', 'partial', 'indirect'" in str(e)


def test_empty_id() -> None:
    e = load_error(article_data(id=" "))
    assert [(p.path, p.reason) for p in e.problems] == [("$.id", "must not be empty or blank")]


def test_whole_article_checks_and_validate_false() -> None:
    data = article_data()
    data["quotes"][0]["speaker"] = "nobody"
    e = load_error(data)
    assert [p.path for p in e.problems] == ["$.quotes[0].speaker"]
    art = nj.loads(std_json.dumps(data), Article, validate=False)
    assert art.quotes[0].speaker == "nobody"


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("value", 1.5, "float"),
        ("value", True, "not boolean"),
        ("value", "NaN", "finite"),
        ("value", "Infinity", "finite"),
        ("value", "abc", "decimal number"),
        ("low", [], "not array"),
    ],
)
def test_statistic_numbers(field: str, value: object, reason: str) -> None:
    data = article_data()
    data["statistics"][0][field] = value
    e = load_error(data)
    assert [p.path for p in e.problems] == [f"$.statistics[0].{field}"]
    assert reason in e.problems[0].reason


def test_decimal_strings() -> None:
    data = article_data()
    data["statistics"][0].update(value="1e5", low=None, high=None)
    art = nj.loads(std_json.dumps(data), Article)
    assert art.statistics[0].value == Decimal("1E+5")
    assert type(art.statistics[0].value) is Decimal


def test_bool_for_int_in_span() -> None:
    data = article_data()
    data["sources"][0]["mentions"][0] = {"start": False, "end": 2}
    e = load_error(data)
    assert [p.path for p in e.problems] == ["$.sources[0].mentions[0].start"]


def test_nested_non_dict() -> None:
    data = article_data()
    data["quotes"] = [[1, 2]]
    e = load_error(data)
    assert [p.path for p in e.problems] == ["$.quotes[0]"]
    e = load_error([data])
    assert [p.path for p in e.problems] == ["$"]


def test_decode_error_has_line_and_column() -> None:
    with pytest.raises(DecodeError) as info:
        nj.loads('{"id": "a",\n "body": ]', Article)
    assert info.value.line == 2
    assert info.value.column is not None
    assert isinstance(info.value, ValueError)


def test_huge_integer_is_refused() -> None:
    with pytest.raises(DecodeError):
        nj.loads('{"id": "a", "body": "", "url": ' + "1" * 100_000 + "}", Article)


def test_deep_nesting_is_refused() -> None:
    for depth in (100, 100_000):
        with pytest.raises(DecodeError, match="nested deeper"):
            nj.loads("[" * depth + "]" * depth, Article)
        with pytest.raises(DecodeError, match="nested deeper"):
            nj.loads('{"id": "a", "body": "", "metadata": ' + "[" * depth + "]" * depth + "}",
                     Article)


def test_not_a_record_type() -> None:
    with pytest.raises(TypeError):
        nj.loads("{}", dict)
    with pytest.raises(TypeError):
        nj.dumps({"a": 1})


@pytest.mark.parametrize("n", [10**30, -(10**30), 2**64, 10**400])
def test_big_ints_round_trip_exactly(n: int) -> None:
    st_ = Statistic(text="x", span=Span(0, 1), value=n, low=n, high=n)
    text = nj.dumps(st_)
    assert str(n) in text
    back = nj.loads(text, Statistic)
    assert back == st_
    assert type(back.value) is int


def test_big_int_where_a_string_belongs_is_reported_exactly() -> None:
    data = article_data(title=10**30)
    e = load_error(data)
    assert [(p.path, p.value) for p in e.problems] == [("$.title", 10**30)]


# -- lenient mode ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "check"),
    [
        (lambda d: d["quotes"][0].update(span=[9, 11]), lambda a: a.quotes[0].span == Span(9, 11)),
        (lambda d: d["quotes"][0].update(kind="Direct"),
         lambda a: a.quotes[0].kind is QuoteKind.DIRECT),
        (lambda d: d["statistics"][0].update(value=3000.0, low=None, high=None),
         lambda a: a.statistics[0].value == Decimal("3000.0")),
        (lambda d: d["statistics"][0].update(value="3,000", low=None, high=None),
         lambda a: a.statistics[0].value == 3000),
        (lambda d: d.update(date="2022-01-07T10:30:00"),
         lambda a: a.date == dt.datetime(2022, 1, 7, 10, 30, tzinfo=dt.timezone.utc)),
        (lambda d: d["quotes"][0]["span"].update(start="9"), lambda a: a.quotes[0].span.start == 9),
        (lambda d: d.update(title=12), lambda a: a.title == "12"),
        (lambda d: d.update(metadata={"n": 1}), lambda a: a.metadata["n"] == "1"),
        (lambda d: d.update(extra="kept?"), lambda a: True),
        (lambda d: d["quotes"][0]["span"].update(x=1), lambda a: a.quotes[0].span == Span(9, 11)),
    ],
)
def test_lenient_repairs_warn(change: Any, check: Any) -> None:
    data = article_data()
    change(data)
    text = std_json.dumps(data)
    with pytest.raises(ValidationError):
        nj.loads(text, Article)
    with pytest.warns(NewsrecWarning):
        art = nj.loads(text, Article, strict=False)
    assert check(art)


def test_lenient_never_warns_on_clean_data() -> None:
    import warnings

    text = std_json.dumps(article_data())
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert nj.loads(text, Article, strict=False) == nj.loads(text, Article)


def test_lenient_still_refuses_what_it_cannot_read() -> None:
    data = article_data()
    data["quotes"][0]["kind"] = "shouted"
    with pytest.raises(ValidationError) as info:
        nj.loads(std_json.dumps(data), Article, strict=False)
    assert [p.path for p in info.value.problems] == ["$.quotes[0].kind"]


# -- the stdlib fallback -----------------------------------------------------------------------


@SETTINGS
@given(any_record)
def test_stdlib_fallback_gives_the_same_text_and_records(record: Any) -> None:
    fast_text = nj.dumps(record)
    orjson = nj._orjson
    try:
        nj._orjson = None  # type: ignore[assignment]
        slow_text = nj.dumps(record)
        back = nj.loads(slow_text, type(record))
    finally:
        nj._orjson = orjson
    assert slow_text == fast_text
    same(back, record)


def test_stdlib_fallback_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nj, "_orjson", None)
    test_span_end_before_start_has_its_path()
    test_unknown_key_is_a_validation_error()
    test_decode_error_has_line_and_column()
    test_huge_integer_is_refused()
    test_deep_nesting_is_refused()
    test_big_ints_round_trip_exactly(10**30)


def test_indent() -> None:
    q = Quote(text="no", span=Span(9, 11))
    text = nj.dumps(q, indent=2)
    assert "\n  " in text
    assert nj.loads(text, Quote) == q


# -- the quick pass of check() -----------------------------------------------------------------


@SETTINGS
@given(st.one_of(ns.articles(), ns.corruptions().map(lambda c: c[0])))
def test_quick_check_agrees_with_the_full_one(article: Article) -> None:
    from newsrec import validators

    full = tuple(validators._article(article))
    assert validators._article_ok(article) == (full == ())
    assert newsrec.check(article) == full


def test_lone_surrogates_round_trip_as_escapes(tmp_path):
    import newsrec.jsonl

    art = newsrec.Article(id="a", body="x\ud800y\U0001f600")
    text = newsrec.json.dumps(art)
    assert "\\ud800" in text
    text.encode("utf-8")  # writable as UTF-8
    assert newsrec.json.loads(text, newsrec.Article) == art
    path = tmp_path / "s.jsonl"
    newsrec.jsonl.write(path, [art])
    assert newsrec.jsonl.read_all(path).records == (art,)


def test_to_builtins_is_plain_data():
    st_ = newsrec.Statistic(
        text="a", span=newsrec.Span(0, 1), trend=newsrec.Trend.INCREASE
    )
    data = newsrec.json.to_builtins(st_)
    assert type(data["qualifier"]) is str
    assert type(data["trend"]) is str
    assert data["span"] == {"start": 0, "end": 1}
