"""newsrec.ninjs: exports valid against the official IPTC schemas, lossless import back."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings

import newsrec
import newsrec.json
from newsrec import ninjs
from newsrec.strategies import articles

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "kazakhstan.txt"
EXAMPLES = sorted((ROOT / "tests" / "data" / "ninjs").glob("*/*.json"))


@pytest.fixture(scope="module")
def sample() -> newsrec.Article:
    return newsrec.parse_text(
        SAMPLE.read_text(encoding="utf-8"),
        title="Kazakhstan's president orders troops to shoot to kill",
        url="https://example.com/kazakhstan",
        language="en",
    )


def extension(doc):
    [entry] = [d for d in doc["descriptions"] if d["role"] == ninjs.EXTENSION_ROLE]
    return json.loads(entry["value"])


# -- the official schemas ---------------------------------------------------------------------


@pytest.mark.parametrize("version", ninjs.VERSIONS)
def test_shipped_schemas_are_the_official_ones(version):
    schema = ninjs.official_schema(version)
    assert schema["$id"] == f"http://www.iptc.org/std/ninjs/ninjs-schema_{version}.json#"
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    here = Path(ninjs.__file__).parent / "data" / "ninjs"
    assert (here / "LICENSE-ninjs.txt").read_text(encoding="utf-8").startswith("MIT License")


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_official_examples_validate_offline(path):
    # Proves the registry works: the examples use the same schemas, with no network.
    ninjs.validate(json.loads(path.read_text(encoding="utf-8")), version=path.parent.name)


def test_validate_reports_paths():
    doc = {"uri": "urn:x", "headlines": [{"value": 3}], "not_ninjs": True}
    with pytest.raises(newsrec.ValidationError) as info:
        ninjs.validate(doc, version="2.2")
    paths = [p.path for p in info.value.problems]
    assert "$.headlines[0].value" in paths
    assert "$" in paths  # the unevaluated property


def test_validate_resolves_geojson_locally():
    # places[].geojson $refs the GeoJSON schema; the stand-in takes any object, and
    # nothing is fetched (an unresolvable $ref would raise here).
    place = {"name": "Almaty", "geojson": {"type": "Point", "coordinates": [76.9, 43.2]}}
    ninjs.validate({"uri": "urn:x", "places": [place]}, version="2.2")
    place3 = {"name": "Almaty", "geoJSON": {"type": "Point", "coordinates": [76.9, 43.2]}}
    ninjs.validate({"uri": "urn:x", "places": [place3]}, version="3.1")
    with pytest.raises(newsrec.ValidationError):
        ninjs.validate({"uri": "urn:x", "places": [{"geojson": 3}]}, version="2.1")


def test_unknown_version():
    with pytest.raises(ValueError, match="ninjs version must be one of"):
        ninjs.to_ninjs(newsrec.Article(id="a", body=""), version="3.0")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="ninjs version"):
        ninjs.official_schema("1.5")  # type: ignore[arg-type]


# -- export -----------------------------------------------------------------------------------


@pytest.mark.parametrize("version", ninjs.VERSIONS)
def test_sample_validates_and_round_trips(sample, version):
    doc = ninjs.to_ninjs(sample, version=version)
    ninjs.validate(doc)
    ninjs.validate(json.loads(ninjs.dumps(sample, version=version, indent=2)), version=version)
    assert ninjs.from_ninjs(doc) == sample
    assert ninjs.loads(ninjs.dumps(sample, version=version)) == sample


def test_sample_fields_2x(sample):
    doc = ninjs.to_ninjs(sample, version="2.2")
    assert doc["uri"] == f"urn:newsrec:{sample.id}"
    assert doc["type"] == "text"
    assert doc["standard"] == {
        "name": "ninjs",
        "version": "2.2",
        "schema": "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json",
    }
    assert doc["language"] == "en"
    assert doc["headlines"] == [{"role": "main", "contenttype": "text/plain", "value": sample.title}]
    assert doc["bodies"] == [{"role": "main", "contenttype": "text/plain", "value": sample.body}]
    assert "versioncreated" not in doc  # the sample's date is a day: ninjs has date-times only
    people = [p["literal"] for p in doc["people"]]
    organisations = [o["literal"] for o in doc["organisations"]]
    assert "kasim-yomart-tokayev" in people
    assert "ministry-of-interior" in organisations
    assert all(p["rel"] == ninjs.SOURCE_REL for p in doc["people"] + doc["organisations"])
    ext = extension(doc)
    assert ext["newsrec_extension"] == 1
    assert ext["date"] == "2022-01-07"
    assert ext["url"] == "https://example.com/kazakhstan"
    assert len(ext["quotes"]) == len(sample.quotes)
    assert len(ext["statistics"]) == len(sample.statistics)
    assert len(ext["sources"]) == len(sample.sources)
    assert len(ext["dates"]) == len(sample.dates)
    assert ext["quotes"][0] == newsrec.json.to_builtins(sample.quotes[0])


def test_sample_fields_3x_are_camel_case(sample):
    doc = ninjs.to_ninjs(
        newsrec.Article(
            id="a",
            body="b",
            title="t",
            date=dt.datetime(2022, 1, 7, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=6))),
        ),
        version="3.1",
    )
    assert doc["versionCreated"] == "2022-01-07T10:30:00+06:00"
    assert doc["bodies"][0]["contentType"] == "text/plain"
    assert doc["headlines"][0]["contentType"] == "text/plain"
    assert doc["descriptions"][0]["contentType"] == "application/json"
    assert extension(doc)["date"] is None
    assert "versioncreated" not in json.dumps(doc)


def test_every_source_kind_is_kept(sample):
    kinds = list(newsrec.SourceKind)
    art = newsrec.Article(
        id="a",
        body="",
        sources=tuple(newsrec.Source(id=k.value, name=k.name, kind=k) for k in kinds),
        authors=("A, B", "C"),
    )
    doc = ninjs.to_ninjs(art)
    assert [p["literal"] for p in doc["people"]] == ["person"]
    assert [o["literal"] for o in doc["organisations"]] == [
        "government", "organization", "agency", "media", "monitor",
    ]  # fmt: skip
    # Documents and unknown sources have no ninjs field: they are in the extension.
    assert [s["id"] for s in extension(doc)["sources"]] == [k.value for k in kinds]
    assert doc["by"] == "A, B, C"
    assert ninjs.from_ninjs(doc) == art


@pytest.mark.parametrize(
    ("article_id", "uri"),
    [
        ("aa02d05837c55b82", "urn:newsrec:aa02d05837c55b82"),
        ("https://example.com/a?b=1", "https://example.com/a?b=1"),
        ("tag:afp.com,2022:123", "tag:afp.com,2022:123"),
        ("urn:newsrec:x", "urn:newsrec:urn%3Anewsrec%3Ax"),
        ("a b/é", "urn:newsrec:a%20b%2F%C3%A9"),
    ],
)
def test_uri(article_id, uri):
    art = newsrec.Article(id=article_id, body="")
    doc = ninjs.to_ninjs(art)
    assert doc["uri"] == uri
    assert ninjs.from_ninjs(doc) == art


def test_offset_with_seconds_goes_to_the_extension():
    moment = dt.datetime(1900, 1, 1, tzinfo=dt.timezone(dt.timedelta(seconds=3600 + 61)))
    art = newsrec.Article(id="a", body="", date=moment)
    doc = ninjs.to_ninjs(art)
    assert "versioncreated" not in doc
    assert extension(doc)["date"] == moment.isoformat()
    assert ninjs.from_ninjs(doc) == art


def test_not_an_article():
    with pytest.raises(TypeError, match="needs an Article"):
        ninjs.to_ninjs(newsrec.Quote(text="", span=newsrec.Span(0, 0)))  # type: ignore[arg-type]


@settings(deadline=None)
@given(articles())
def test_generated_articles_validate_and_round_trip(article):
    for version in ninjs.VERSIONS:
        doc = ninjs.to_ninjs(article, version=version)
        ninjs.validate(doc, version=version)
        assert ninjs.from_ninjs(doc) == article
        assert ninjs.loads(ninjs.dumps(article, version=version)) == article


# -- import -----------------------------------------------------------------------------------


@pytest.mark.parametrize("version", ["2.2", "3.1"])
def test_reads_plain_ninjs(version):
    doc = json.loads((ROOT / f"tests/data/ninjs/{version}/001_simple_example.json").read_text())
    art = ninjs.from_ninjs(doc)
    assert art.id == "http://ninjs.example.com/newsitems/20130709simp123"
    assert art.title == "Captain of wrecked cruise ship on trial in Italy"
    assert art.body.startswith("GROSSETO, Italy (AP)")
    assert art.date == dt.datetime(2013, 7, 9, 10, 37, tzinfo=dt.timezone.utc)
    assert art.authors == ("Paulo Santalucia and Frances d'Emilio",)
    # Read and written back, nothing is lost.
    again = ninjs.to_ninjs(art, version=version)
    for key in ("uri", "type", "by"):
        assert again[key] == doc[key]


def test_reads_foreign_people_as_sources():
    doc = {
        "uri": "urn:x",
        "bodies": [{"value": "Tokayev said."}],
        "people": [{"name": "Kassym-Jomart Tokayev", "literal": "tokayev"}],
        "organisations": [{"name": "NetBlocks", "uri": "https://netblocks.org"}],
    }
    art = ninjs.from_ninjs(doc)
    assert [(s.id, s.name, s.kind.value) for s in art.sources] == [
        ("tokayev", "Kassym-Jomart Tokayev", "person"),
        ("https://netblocks.org", "NetBlocks", "organization"),
    ]


@pytest.mark.parametrize(
    ("name", "paths"),
    [
        ("2.1/001_ninjs_example.json", ["$.trustindicators", "$.headlines[1]", "$.descriptions[0]"]),
        ("2.2/001_good_digital_source.json", ["$.digitalsourcetype"]),
        ("3.1/008_event.json", ["$.title", "$.eventDetails", "$.places", "$.type"]),
    ],
)
def test_strict_refuses_what_it_would_lose(name, paths):
    doc = json.loads((ROOT / "tests/data/ninjs" / name).read_text(encoding="utf-8"))
    with pytest.raises(newsrec.ValidationError) as info:
        ninjs.from_ninjs(doc)
    assert sorted(p.path for p in info.value.problems) == sorted(paths)
    assert isinstance(info.value, ValueError)


def test_lenient_drops_with_a_warning_each():
    doc = json.loads((ROOT / "tests/data/ninjs/2.1/001_ninjs_example.json").read_text())
    with pytest.warns(newsrec.NewsrecWarning) as record:
        art = ninjs.from_ninjs(doc, strict=False)
    assert len(record) == 3
    assert "$.trustindicators" in str(record[0].message)
    assert art.title == doc["headlines"][0]["value"]


def test_not_an_object():
    with pytest.raises(newsrec.ValidationError, match="must be a ninjs object"):
        ninjs.from_ninjs([])


def test_bad_json():
    with pytest.raises(newsrec.DecodeError):
        ninjs.loads("{")


def test_bad_extension_json_has_its_path(sample):
    doc = ninjs.to_ninjs(sample)
    doc["descriptions"][0]["value"] = "{not json"
    with pytest.raises(newsrec.DecodeError) as info:
        ninjs.from_ninjs(doc)
    assert info.value.path == "$.descriptions[0].value"


def test_problems_in_the_extension_have_ninjs_paths(sample):
    doc = ninjs.to_ninjs(sample, version="3.1")
    ext = extension(doc)
    ext["quotes"][2]["span"]["end"] = 10**6
    ext["statistics"][0]["qualifier"] = "lots"
    doc["descriptions"][0]["value"] = json.dumps(ext)
    with pytest.raises(newsrec.ValidationError) as info:
        ninjs.from_ninjs(doc)
    paths = [p.path for p in info.value.problems]
    assert paths == ["$.descriptions[0].value.statistics[0].qualifier"]
    ext["statistics"][0]["qualifier"] = "exact"
    doc["descriptions"][0]["value"] = json.dumps(ext)
    with pytest.raises(newsrec.ValidationError) as info:
        ninjs.from_ninjs(doc)
    assert [p.path for p in info.value.problems] == ["$.descriptions[0].value.quotes[2].span"]


@pytest.mark.parametrize(
    ("change", "path"),
    [
        (lambda d: d.update(by="Someone else"), "$.by"),
        (lambda d: d["people"][0].update(name="Someone"), "$.people"),
        (lambda d: d.pop("organisations"), "$.organisations"),
        (lambda d: d.update(subjects=[{"name": "unrest"}]), "$.subjects"),
        (lambda d: d["bodies"].append({"value": "more"}), "$.bodies[1]"),
        (lambda d: d["bodies"][0].update(contenttype="text/html"), "$.bodies[0].contenttype"),
        (lambda d: d.update(type="picture"), "$.type"),
        (lambda d: d.update(versioncreated="2022-01-07T00:00:00+00:00"), "$.descriptions[0].value.date"),
        (lambda d: d.pop("uri"), "$.uri"),
        (lambda d: d["descriptions"].append(dict(d["descriptions"][0])), "$.descriptions[1]"),
    ],
)
def test_edits_that_would_be_lost_are_refused(sample, change, path):
    doc = ninjs.to_ninjs(sample, version="2.2")
    doc["by"] = "Ana Author"
    ext = extension(doc)
    ext["authors"] = ["Ana Author"]
    doc["descriptions"][0]["value"] = json.dumps(ext)
    assert ninjs.from_ninjs(doc) == attrs.evolve(sample, authors=("Ana Author",))
    change(doc)
    with pytest.raises(newsrec.ValidationError) as info:
        ninjs.from_ninjs(doc)
    assert path in [p.path for p in info.value.problems]


def test_extension_layout_is_checked(sample):
    doc = ninjs.to_ninjs(sample)
    ext = extension(doc)
    ext["newsrec_extension"] = 2
    doc["descriptions"][0]["value"] = json.dumps(ext)
    with pytest.raises(newsrec.ValidationError, match="must be 1"):
        ninjs.from_ninjs(doc)
    ext["newsrec_extension"] = 1
    del ext["quotes"]
    ext["extra"] = 1
    doc["descriptions"][0]["value"] = json.dumps(ext)
    with pytest.raises(newsrec.ValidationError) as info:
        ninjs.from_ninjs(doc)
    assert sorted(p.path for p in info.value.problems) == [
        "$.descriptions[0].value.extra",
        "$.descriptions[0].value.quotes",
    ]


def test_blank_id_is_reported_at_the_uri():
    with pytest.raises(newsrec.ValidationError) as info:
        ninjs.from_ninjs({"uri": "urn:newsrec:%20"})
    assert [p.path for p in info.value.problems] == ["$.uri"]


def test_no_body_is_an_empty_body():
    assert ninjs.from_ninjs({"uri": "urn:x"}) == newsrec.Article(id="urn:x", body="")
