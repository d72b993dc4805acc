"""newsrec.jsonld: a schema.org NewsArticle with Quotation, Observation, Person and Organization nodes."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings

import newsrec
from newsrec import jsonld
from newsrec.strategies import articles

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "kazakhstan.txt"
XSD = "http://www.w3.org/2001/XMLSchema#"


@pytest.fixture(scope="module")
def sample() -> newsrec.Article:
    return newsrec.parse_text(
        SAMPLE.read_text(encoding="utf-8"),
        title="Kazakhstan's president orders troops to shoot to kill",
        url="https://example.com/kazakhstan",
        language="en",
    )


def test_sample(sample):
    doc = jsonld.to_jsonld(sample)
    assert doc["@context"] == "https://schema.org"
    assert doc["@type"] == "NewsArticle"
    assert doc["@id"] == f"urn:newsrec:{sample.id}"
    assert doc["identifier"] == sample.id
    assert doc["headline"] == sample.title
    assert doc["articleBody"] == sample.body
    assert doc["datePublished"] == "2022-01-07"
    assert doc["url"] == "https://example.com/kazakhstan"
    assert doc["inLanguage"] == "en"
    quotations = doc["hasPart"]
    assert [q["text"] for q in quotations] == [q.text for q in sample.quotes]
    assert {q["@type"] for q in quotations} == {"Quotation"}
    nodes = {m["@id"]: m for m in doc["mentions"] if "@id" in m}
    first = quotations[0]
    assert nodes[first["creator"]["@id"]]["name"] == "Kasim-Yomart Tokayev"
    assert nodes[first["creator"]["@id"]]["@type"] == "Person"
    assert nodes[first["creator"]["@id"]]["jobTitle"] == "Kazakhstan’s President"
    types = {m["identifier"]: m["@type"] for m in nodes.values()}
    assert types["ministry-of-interior"] == "GovernmentOrganization"
    observations = [m for m in doc["mentions"] if m["@type"] == "Observation"]
    assert len(observations) == len(sample.statistics)
    dozens = observations[0]
    assert dozens["description"] == "dozens of protesters"
    assert dozens["minValue"] == 24
    assert dozens["additionalProperty"] == [
        {"@type": "PropertyValue", "name": "qualifier", "value": "vague"}
    ]
    assert "value" not in dozens


def test_dumps_is_the_json_of_to_jsonld(sample):
    assert json.loads(jsonld.dumps(sample)) == jsonld.to_jsonld(sample)
    assert json.loads(jsonld.dumps(sample, indent=2)) == jsonld.to_jsonld(sample)


def test_dumps_is_safe_in_a_script_element():
    art = newsrec.Article(id="a", body="</script><script>alert(1)</script>")
    text = jsonld.dumps(art)
    assert "</script" not in text
    assert json.loads(text)["articleBody"] == art.body


def test_exact_numbers():
    stats = tuple(
        newsrec.Statistic(text="", span=newsrec.Span(0, 0), value=v)
        for v in (3, 2**60, Decimal("2.5"), Decimal("1E+999999"))
    )
    doc = jsonld.to_jsonld(newsrec.Article(id="a", body="", statistics=stats))
    assert [m["value"] for m in doc["mentions"]] == [
        3,
        {"@value": str(2**60), "@type": f"{XSD}integer"},
        {"@value": "2.5", "@type": f"{XSD}decimal"},
        {"@value": "1E+999999", "@type": f"{XSD}double"},
    ]


def test_every_kind_of_source():
    sources = tuple(newsrec.Source(id=k.value, name=k.name, kind=k, role="r") for k in newsrec.SourceKind)
    doc = jsonld.to_jsonld(newsrec.Article(id="a", body="", sources=sources))
    assert [m["@type"] for m in doc["mentions"]] == [
        "Person", "GovernmentOrganization", "Organization", "NewsMediaOrganization",
        "NewsMediaOrganization", "Organization", "CreativeWork", "Thing",
    ]  # fmt: skip
    assert doc["mentions"][0]["jobTitle"] == "r"
    assert all(m["description"] == "r" for m in doc["mentions"][1:])


def test_datetime_and_authors():
    moment = dt.datetime(2022, 1, 7, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=6)))
    doc = jsonld.to_jsonld(newsrec.Article(id="https://x.org/a", body="", date=moment, authors=("A", "B")))
    assert doc["datePublished"] == "2022-01-07T10:30:00+06:00"
    assert doc["author"] == [{"@type": "Person", "name": "A"}, {"@type": "Person", "name": "B"}]
    assert doc["@id"] == "https://x.org/a"


def test_not_an_article():
    with pytest.raises(TypeError, match="needs an Article"):
        jsonld.to_jsonld({"id": "a"})  # type: ignore[arg-type]


@settings(deadline=None)
@given(articles())
def test_generated_articles(article):
    doc = json.loads(jsonld.dumps(article))
    assert doc["@type"] == "NewsArticle"
    assert doc["articleBody"] == article.body
    assert [q["text"] for q in doc.get("hasPart", [])] == [q.text for q in article.quotes]
    mentions = doc.get("mentions", [])
    ids = {m["@id"] for m in mentions if "@id" in m}
    assert len(ids) == len(article.sources)
    for node in [*doc.get("hasPart", []), *mentions]:
        if "creator" in node:
            assert node["creator"]["@id"] in ids
    assert sum(m["@type"] == "Observation" for m in mentions) == len(article.statistics)
    quoted_by = [q.speaker is not None for q in article.quotes]
    assert ["creator" in q for q in doc.get("hasPart", [])] == quoted_by
