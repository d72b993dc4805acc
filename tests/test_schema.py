"""newsrec.schema: the generated JSON Schema accepts what newsrec.json writes, and nothing else.

Each property test dumps a generated record and then tries every single-field
corruption of the dumped JSON (wrong type, bad enum value, unknown key, missing
key, negative span offset, float number): the schema must reject each one.
"""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

import newsrec
import newsrec.json
from newsrec import schema
from newsrec._convert import RECORDS
from newsrec.strategies import articles

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "kazakhstan.txt"

# The fields that may be null; written out here, not read from the records, so that
# the test does not share the generator's reading of the type hints.
NULLABLE = {
    "date", "title", "url", "language", "speaker", "speaker_span", "cue", "cue_span",
    "value", "low", "high", "unit", "counted", "trend", "source", "role", "earliest", "latest",
}  # fmt: skip
ENUMS = {"kind", "qualifier", "trend"}
NUMBERS = {"value", "low", "high"}


@pytest.fixture(scope="module")
def validators() -> dict[type, Draft202012Validator]:
    out = {}
    for cls in RECORDS:
        s = schema.json_schema(cls)
        Draft202012Validator.check_schema(s)
        out[cls] = Draft202012Validator(s)
    return out


def test_every_record_has_a_valid_schema_with_every_field(validators):
    for cls, validator in validators.items():
        names = [a.name for a in attrs.fields(cls)]
        assert validator.schema["required"] == names
        assert list(validator.schema["properties"]) == names
        assert validator.schema["additionalProperties"] is False
        assert validator.schema["$schema"] == schema.DIALECT


def test_nested_records_and_enums_are_defs():
    s = schema.json_schema(newsrec.Article)
    assert sorted(s["$defs"]) == [
        "DateKind", "DateMention", "Paragraph", "ParagraphKind", "Qualifier",
        "Quote", "QuoteKind", "Source", "SourceKind", "Span", "Statistic", "Trend",
    ]  # fmt: skip
    assert s["$defs"]["QuoteKind"]["enum"] == ["direct", "partial", "indirect"]
    assert s["properties"]["quotes"] == {"type": "array", "items": {"$ref": "#/$defs/Quote"}}
    assert "Article" not in s["$defs"]
    assert "$defs" not in schema.json_schema(newsrec.Span)


def test_json_schema_returns_a_fresh_dict():
    a = schema.json_schema(newsrec.Article)
    a["$defs"]["Span"]["properties"].clear()
    assert schema.json_schema(newsrec.Article)["$defs"]["Span"]["properties"]


def test_dumps_is_json_of_the_schema():
    assert json.loads(schema.dumps(newsrec.Quote)) == schema.json_schema(newsrec.Quote)
    assert "\n" not in schema.dumps(newsrec.Quote, indent=None)


def test_not_a_record():
    with pytest.raises(TypeError, match="not a newsrec record type"):
        schema.json_schema(dict)


def test_record_type():
    assert schema.record_type("Article") is newsrec.Article
    assert schema.record_type(" datemention ") is newsrec.DateMention
    with pytest.raises(ValueError, match=r"choose from Span, .*Article"):
        schema.record_type("Story")


def test_unknown_field_type_is_refused():
    @attrs.frozen
    class Odd:
        x: set[int]

    with pytest.raises(TypeError, match="cannot describe"):
        schema._record(Odd, {})


def test_sample_article_is_valid(validators):
    article = newsrec.parse_text(SAMPLE.read_text(encoding="utf-8"))
    assert validators[newsrec.Article].is_valid(newsrec.json.to_builtins(article))


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("2022-01-07", True),
        ("2022-01-07T10:30:00+06:00", True),
        ("2022-01-07T10:30:00.123456-00:30", True),
        ("2022-01-07T10:30:00+05:30:15", True),  # isoformat() of an offset with seconds
        ("2022-01-07T10:30:00", False),  # naive
        ("2022-13-07", False),
        ("7 January 2022", False),
        (20220107, False),
    ],
)
def test_dates(validators, value, ok):
    doc = newsrec.json.to_builtins(newsrec.Article(id="a", body=""))
    doc["date"] = value
    assert validators[newsrec.Article].is_valid(doc) is ok


@pytest.mark.parametrize(
    ("value", "ok"),
    [(3, True), (-(2**80), True), ("2.5", True), ("-0", True), ("1E+999999", True),
     ("0E-30", True), (None, True), ("2,5", False), ("NaN", False), ("Infinity", False),
     (2.5, False), ("", False)],
)  # fmt: skip
def test_numbers(validators, value, ok):
    doc = newsrec.json.to_builtins(newsrec.Statistic(text="", span=newsrec.Span(0, 0)))
    doc["value"] = value
    assert validators[newsrec.Statistic].is_valid(doc) is ok


@pytest.mark.parametrize(("value", "ok"), [("a", True), (" a ", True), ("", False), (" \n", False)])
def test_ids_are_not_blank(validators, value, ok):
    doc = newsrec.json.to_builtins(newsrec.Source(id="x", name="X"))
    doc["id"] = value
    assert validators[newsrec.Source].is_valid(doc) is ok


# -- every single-field corruption ------------------------------------------------------------


CHILDREN = {
    "paragraphs": newsrec.Paragraph,
    "quotes": newsrec.Quote,
    "statistics": newsrec.Statistic,
    "sources": newsrec.Source,
    "dates": newsrec.DateMention,
    "span": newsrec.Span,
    "speaker_span": newsrec.Span,
    "cue_span": newsrec.Span,
    "mentions": newsrec.Span,
}


def records(cls: type, doc: dict[str, Any]) -> list[tuple[type, dict[str, Any]]]:
    """``doc`` and every record nested in it, with its type."""
    out = [(cls, doc)]
    for key, value in doc.items():
        if key in CHILDREN and type(value) is dict:
            out.extend(records(CHILDREN[key], value))
        elif key in CHILDREN and type(value) is list:
            for item in value:
                out.extend(records(CHILDREN[key], item))
    return out


def corruptions(rec: dict[str, Any]) -> list[tuple[str, tuple[Any, ...]]]:
    """Every single-field corruption of one record (not of the records inside it)."""
    out: list[tuple[str, tuple[Any, ...]]] = [("unknown_key", ("add", "not_a_field", "x"))]
    for field, value in rec.items():
        out.append(("missing_key", ("del", field)))
        out.append(("wrong_type", ("set", field, True)))
        out.append(("wrong_type", ("set", field, "x" if type(value) in (dict, list) else [])))
        if type(value) is str and field not in NUMBERS and field not in ENUMS:
            out.append(("wrong_type", ("set", field, 7)))
        if field not in NULLABLE:
            out.append(("wrong_type", ("set", field, None)))
        if type(value) is list and value:  # an item of the wrong type
            item = 7 if type(value[0]) is str else "x"
            out.append(("wrong_type", ("set", field, [*value[:-1], item])))
        if field == "metadata" and value:
            out.append(("wrong_type", ("set", field, {**value, next(iter(value)): 7})))
        if field in ENUMS and type(value) is str:
            out.append(("bad_enum", ("set", field, value.upper())))
            out.append(("bad_enum", ("set", field, value + "s")))
        if field in ("start", "end"):
            out.append(("negative_offset", ("set", field, -1)))
            out.append(("negative_offset", ("set", field, -(2**70))))
        if type(value) is int or (field in NUMBERS and type(value) is str):
            out.append(("float_number", ("set", field, 0.5)))
            f = float(Decimal(value))
            if f not in (float("inf"), float("-inf")):
                out.append(("float_number", ("set", field, f if f % 1 else f + 0.25 if abs(f) < 2**50 else 0.75)))
    return out


def apply(rec: dict[str, Any], action: tuple[Any, ...]) -> dict[str, Any]:
    bad = dict(rec)
    if action[0] == "del":
        del bad[action[1]]
    else:
        bad[action[1]] = action[2]
    return bad


def check_all(validators: dict[type, Draft202012Validator], cls: type, doc: dict[str, Any]) -> set[str]:
    """Assert ``doc`` is valid and that every single-field corruption of it is not.

    Each corruption is checked against the schema of the record it is in, with
    that record's lists of records emptied unless the corruption is in them: an
    article is valid exactly when each record in it is, so this gives the same
    answer as validating the whole article, and much faster.
    """
    assert validators[cls].is_valid(doc), list(validators[cls].iter_errors(doc))
    kinds = set()
    for rec_cls, rec in records(cls, doc):
        # The lists of records in it, emptied: they are checked as records of their own.
        light = {k: [] if k in CHILDREN and type(v) is list else v for k, v in rec.items()}
        for kind, action in corruptions(rec):
            field = action[1]
            bad = apply({**light, field: rec[field]} if field in rec else light, action)
            assert not validators[rec_cls].is_valid(bad), (rec_cls, kind, action)
            if kind != "missing_key":  # newsrec.json fills in fields that have a default
                with pytest.raises(newsrec.ValidationError):
                    newsrec.json.from_builtins(bad, rec_cls, validate=False)
            kinds.add(kind)
    return kinds


def test_a_corrupted_record_makes_the_whole_article_invalid(validators):
    doc = newsrec.json.to_builtins(newsrec.parse_text("date 2022-01-07 More than 3,000 people."))
    bad = copy.deepcopy(doc)
    bad["statistics"][0]["span"]["start"] = -1
    assert not validators[newsrec.Article].is_valid(bad)


def test_corruptions_cover_every_kind(validators):
    article = newsrec.parse_text(SAMPLE.read_text(encoding="utf-8"))
    kinds = check_all(validators, newsrec.Article, newsrec.json.to_builtins(article))
    assert kinds == {
        "wrong_type", "bad_enum", "unknown_key", "missing_key", "negative_offset", "float_number",
    }  # fmt: skip


# Each example makes hundreds of checks: no deadline; the example count is the profile's.
@settings(deadline=None)
@given(articles())
def test_generated_articles_are_valid_and_every_corruption_is_rejected(validators, article):
    check_all(validators, newsrec.Article, newsrec.json.to_builtins(article))


@settings(deadline=None)
@given(st.sampled_from([r for r in RECORDS if r is not newsrec.Article]).flatmap(st.from_type))
def test_generated_records_are_valid_and_every_corruption_is_rejected(validators, record):
    check_all(validators, type(record), newsrec.json.to_builtins(record))


def test_decimal_strings_match_str_of_decimal(validators):
    doc = newsrec.json.to_builtins(newsrec.Statistic(text="", span=newsrec.Span(0, 0)))
    for d in ("1.50", "-0", "1E-999999", "123456789012345678901234567890.5", "-1.5E+7"):
        doc["low"] = str(Decimal(d))
        assert validators[newsrec.Statistic].is_valid(doc), d
