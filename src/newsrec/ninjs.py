"""IPTC ninjs (News in JSON) 2.1, 2.2 and 3.1: export, and lossless import back.

>>> import newsrec, newsrec.ninjs
>>> article = newsrec.parse_text("date 2022-01-07 Tokayev said “no”.", id="a1")
>>> doc = newsrec.ninjs.to_ninjs(article, version="3.1")
>>> doc["uri"], doc["bodies"][0]["value"]
('urn:newsrec:a1', 'Tokayev said “no”.')
>>> newsrec.ninjs.from_ninjs(doc) == article
True

Every export validates against the official IPTC schema of its version (shipped
with newsrec: :func:`official_schema`, :func:`validate`). ninjs 3.x writes
property names in camelCase (``versionCreated``, ``contentType``) where 2.x
writes them in lower case (``versioncreated``, ``contenttype``).

Where the article goes
    ============================  ===============================================
    newsrec                       ninjs (2.x spelling; 3.x in camelCase)
    ============================  ===============================================
    ``id``                        ``uri``: the id itself if it is an absolute URI,
                                  else ``urn:newsrec:`` + the id percent-encoded
    (always)                      ``type: "text"``; ``standard``: name ``ninjs``,
                                  the version and its schema URI
    ``date`` (a datetime)         ``versioncreated`` (ISO 8601 with its offset)
    ``date`` (a day)              the extension (ninjs has date-times only)
    ``title``                     ``headlines[0]``, role ``main``, ``text/plain``
    ``body``                      ``bodies[0]``, role ``main``, ``text/plain``
    ``language``                  ``language``
    ``authors``                   the extension; also ``by``, joined with ", "
    ``sources``                   the extension; also ``people`` (persons) and
                                  ``organisations`` (governments, organisations,
                                  agencies, media, monitors): ``name``, ``literal``
                                  = the source id, ``rel: "newsrec:source"``
    ``url``, ``paragraphs``,      the extension
    ``quotes``, ``statistics``,
    ``dates``, ``metadata``
    ============================  ===============================================

The extension
    ninjs has no fields for quotes, statistics, date mentions or character
    offsets, and the official schemas allow no properties of one's own
    (``unevaluatedProperties: false``). So what ninjs cannot hold goes into one
    entry of ``descriptions`` (metadata about the item, in ninjs' own words) with
    ``role`` :data:`EXTENSION_ROLE` (``"newsrec:extension"``) and content type
    ``application/json``. Its ``value`` is a JSON object in newsrec's JSON shape
    (see :mod:`newsrec.json`) with exactly these keys: ``"newsrec_extension": 1``
    (the version of this layout), ``date`` (a day, or null), ``authors``,
    ``url``, ``paragraphs``, ``quotes``, ``statistics``, ``sources``, ``dates``
    and ``metadata``. Spans are offsets into the ``main`` body. Nothing is
    dropped: ``from_ninjs(to_ninjs(a)) == a`` for every valid article.

Reading
    :func:`from_ninjs` reads back what :func:`to_ninjs` writes, and plain ninjs
    text items whose every property maps onto an :class:`~newsrec.Article`
    (``uri``, ``type: "text"``, ``language``, ``versioncreated``, at most one
    headline, at most one plain-text body, ``by``, ``people`` and
    ``organisations`` with ``name``, ``uri``, ``literal`` and our ``rel``).
    It is strict by default: a property newsrec would lose (``subjects``, a
    second body, HTML, ...) raises :class:`~newsrec.ValidationError` naming its
    path. With ``strict=False`` such properties are dropped with a
    :class:`~newsrec.NewsrecWarning` each, and the extension is read leniently
    (as :func:`newsrec.json.loads` with ``strict=False``). Paths into the
    extension continue inside its JSON text:
    ``$.descriptions[0].value.quotes[2].span``.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as dt
import functools
import json as _std
import re
import warnings
from importlib import resources
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import quote, unquote

from newsrec import json as _json
from newsrec.errors import DecodeError, NewsrecWarning, Problem, ValidationError
from newsrec.records import Article, Source, SourceKind

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = [
    "EXTENSION_ROLE",
    "SOURCE_REL",
    "VERSIONS",
    "Version",
    "dumps",
    "from_ninjs",
    "loads",
    "official_schema",
    "to_ninjs",
    "validate",
]

Version = Literal["2.1", "2.2", "3.1"]
"""A ninjs version newsrec writes and reads.

.. versionadded:: 0.1.0
"""

VERSIONS: tuple[Version, ...] = ("2.1", "2.2", "3.1")
"""The ninjs versions newsrec writes and reads, oldest first.

.. versionadded:: 0.1.0
"""

EXTENSION_ROLE = "newsrec:extension"
"""The ``role`` of the ``descriptions`` entry that holds what ninjs has no field for.

.. versionadded:: 0.1.0
"""

SOURCE_REL = "newsrec:source"
"""The ``rel`` of the ``people`` and ``organisations`` entries written for sources.

.. versionadded:: 0.1.0
"""

_EXTENSION_VERSION = 1
_EXTENSION_KEYS = (
    "date",
    "authors",
    "url",
    "paragraphs",
    "quotes",
    "statistics",
    "sources",
    "dates",
    "metadata",
)
_URN = "urn:newsrec:"
_ROLE_MAIN = "main"
_TEXT = "text/plain"
_JSON = "application/json"
_ABSOLUTE_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+")
_PEOPLE_KINDS = (SourceKind.PERSON,)
_ORGANISATION_KINDS = (
    SourceKind.GOVERNMENT,
    SourceKind.ORGANIZATION,
    SourceKind.AGENCY,
    SourceKind.MEDIA,
    SourceKind.MONITOR,
)
# A stand-in for the GeoJSON schema the official schemas $ref from places[].geojson
# (2.x) and places[].geoJSON (3.1): newsrec never writes places, and validation must
# not fetch anything from the network.
_GEOJSON_URI = "https://geojson.org/schema/GeoJSON.json"
_GEOJSON_STAND_IN: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": _GEOJSON_URI,
    "description": "newsrec's permissive local stand-in for the GeoJSON schema.",
    "type": "object",
}


class _Names:
    """The property names of one major version: 2.x lower case, 3.x camelCase."""

    def __init__(self, version: str) -> None:
        if version not in VERSIONS:
            raise ValueError(f"ninjs version must be one of {VERSIONS} (got {version!r})")
        self.version = version
        three = version.startswith("3")
        self.versioncreated = "versionCreated" if three else "versioncreated"
        self.contenttype = "contentType" if three else "contenttype"


def _schema_uri(version: str) -> str:
    return f"http://www.iptc.org/std/ninjs/ninjs-schema_{version}.json"


def _uri(article_id: str) -> str:
    if _ABSOLUTE_URI.fullmatch(article_id) and not article_id.lower().startswith(_URN):
        return article_id
    return _URN + quote(article_id, safe="")


def _id(uri: str) -> str:
    if uri.lower().startswith(_URN):
        return unquote(uri[len(_URN) :], errors="surrogatepass")
    return uri


def _rfc3339(moment: dt.date | None) -> str | None:
    """The date-time ninjs can hold, or None for a day or an offset with seconds."""
    if not isinstance(moment, dt.datetime):
        return None
    offset = moment.utcoffset()
    if offset is None or offset % dt.timedelta(minutes=1):
        return None
    return moment.isoformat()


def _native_sources(sources: tuple[Source, ...]) -> tuple[list[dict[str, str]], ...]:
    people: list[dict[str, str]] = []
    organisations: list[dict[str, str]] = []
    for s in sources:
        entry = {"name": s.name, "rel": SOURCE_REL, "literal": s.id}
        if s.kind in _PEOPLE_KINDS:
            people.append(entry)
        elif s.kind in _ORGANISATION_KINDS:
            organisations.append(entry)
    return people, organisations


def _by(authors: tuple[str, ...] | list[Any]) -> str | None:
    return ", ".join(str(a) for a in authors) if authors else None


def to_ninjs(article: Article, *, version: Version = "2.2") -> dict[str, Any]:
    """Return ``article`` as a ninjs document (plain JSON-ready data).

    See the module documentation for where each field goes. The result is
    valid against the official schema of ``version``.

    Args:
        article: The article.
        version: The ninjs version to write: ``"2.1"``, ``"2.2"`` or ``"3.1"``.

    Raises:
        ValueError: ``version`` is not one of :data:`VERSIONS`.
        TypeError: ``article`` is not an :class:`~newsrec.Article`.

    .. versionadded:: 0.1.0
    """
    if type(article) is not Article:
        raise TypeError(f"to_ninjs needs an Article, not {type(article).__name__}")
    k = _Names(version)
    full = _json.to_builtins(article)
    stamp = _rfc3339(article.date)
    doc: dict[str, Any] = {
        "uri": _uri(article.id),
        "standard": {"name": "ninjs", "version": version, "schema": _schema_uri(version)},
        "type": "text",
    }
    if stamp is not None:
        doc[k.versioncreated] = stamp
    if article.language is not None:
        doc["language"] = article.language
    if article.title is not None:
        doc["headlines"] = [{"role": _ROLE_MAIN, k.contenttype: _TEXT, "value": article.title}]
    by = _by(article.authors)
    if by is not None:
        doc["by"] = by
    doc["bodies"] = [{"role": _ROLE_MAIN, k.contenttype: _TEXT, "value": article.body}]
    people, organisations = _native_sources(article.sources)
    if people:
        doc["people"] = people
    if organisations:
        doc["organisations"] = organisations
    ext: dict[str, Any] = {"newsrec_extension": _EXTENSION_VERSION}
    ext.update({key: full[key] for key in _EXTENSION_KEYS})
    if stamp is not None:
        ext["date"] = None
    value = _std.dumps(ext, ensure_ascii=False, separators=(",", ":"))
    doc["descriptions"] = [{"role": EXTENSION_ROLE, k.contenttype: _JSON, "value": value}]
    return doc


def dumps(article: Article, *, version: Version = "2.2", indent: int | None = None) -> str:
    """Serialize ``article`` to ninjs JSON text.

    Args:
        article: The article.
        version: The ninjs version to write: ``"2.1"``, ``"2.2"`` or ``"3.1"``.
        indent: Indent nested objects by this many spaces; compact by default.

    Raises:
        ValueError: ``version`` is not one of :data:`VERSIONS`.
        TypeError: ``article`` is not an :class:`~newsrec.Article`.

    .. versionadded:: 0.1.0
    """
    doc = to_ninjs(article, version=version)
    if indent is None:
        out = _std.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    else:
        out = _std.dumps(doc, ensure_ascii=False, indent=indent)
    return _json._SURROGATE.sub(_json._escape, out)


class _Reader:
    """Reads one ninjs document, collecting problems (strict) or warning (lenient)."""

    def __init__(self, data: dict[str, Any], strict: bool) -> None:
        self.data = data
        self.strict = strict
        self.problems: list[Problem] = []
        self.k = _Names(_detect_version(data))
        # The ninjs path of each field of the newsrec-shaped object being built.
        self.paths: dict[str, str] = {}

    def lose(self, path: str, value: Any, what: str) -> None:
        """Report data newsrec cannot carry: a problem if strict, else a warning."""
        if self.strict:
            self.problems.append(Problem(path=path, value=value, reason=what))
        else:
            warnings.warn(f"ninjs: {what}, dropped - at {path}", NewsrecWarning, stacklevel=4)

    def bad(self, path: str, value: Any, reason: str) -> None:
        self.problems.append(Problem(path=path, value=value, reason=reason))

    def items(self, key: str) -> Iterator[tuple[int, dict[str, Any]]]:
        value = self.data.get(key, [])
        if type(value) is not list:
            self.bad(f"$.{key}", value, "must be an array")
            return
        for i, item in enumerate(value):
            if type(item) is not dict:
                self.bad(f"$.{key}[{i}]", item, "must be an object")
            else:
                yield i, item

    def only(self, path: str, item: dict[str, Any], keys: tuple[str, ...]) -> None:
        for key, value in item.items():
            if key not in keys:
                self.lose(f"{path}.{key}", value, "is not carried by newsrec")

    def text_entry(self, key: str, what: str) -> tuple[str, str | None]:
        """The value of the one plain-text entry of ``headlines`` or ``bodies``."""
        found: tuple[str, str | None] = (f"$.{key}", None)
        keys = ("role", self.k.contenttype, "value", "charcount", "wordcount")
        if key == "bodies" and self.k.version.startswith("3"):
            keys = ("role", self.k.contenttype, "value", "charCount", "wordCount")
        for i, item in self.items(key):
            path = f"$.{key}[{i}]"
            if found[1] is not None:
                self.lose(path, item, f"is a second {what}; newsrec keeps one")
                continue
            self.only(path, item, keys if key == "bodies" else keys[:3])
            ctype = item.get(self.k.contenttype, _TEXT)
            if ctype != _TEXT:
                self.lose(f"{path}.{self.k.contenttype}", ctype, "is not text/plain")
            if type(item.get("value")) is not str:
                self.bad(f"{path}.value", item.get("value"), "must be a string")
                continue
            found = (f"{path}.value", item["value"])
        return found

    def extension(self) -> tuple[str, dict[str, Any]] | None:
        found: tuple[str, dict[str, Any]] | None = None
        for i, item in self.items("descriptions"):
            path = f"$.descriptions[{i}]"
            if item.get("role") != EXTENSION_ROLE:
                self.lose(path, item, "is a description newsrec does not carry")
                continue
            if found is not None:
                self.bad(path, item, "is a second newsrec extension")
                continue
            self.only(path, item, ("role", self.k.contenttype, "value"))
            value = item.get("value")
            if type(value) is not str:
                self.bad(f"{path}.value", value, "must be a string of JSON")
                continue
            try:
                ext = _json.decode(value, exact=True, lenient=not self.strict)
            except DecodeError as e:
                raise DecodeError(f"newsrec extension: {e}", path=f"{path}.value") from None
            if type(ext) is not dict:
                self.bad(f"{path}.value", ext, "must be a JSON object")
                continue
            if ext.get("newsrec_extension") != _EXTENSION_VERSION:
                self.bad(
                    f"{path}.value.newsrec_extension",
                    ext.get("newsrec_extension"),
                    f"must be {_EXTENSION_VERSION}",
                )
                continue
            for key in ext:
                if key != "newsrec_extension" and key not in _EXTENSION_KEYS:
                    self.lose(f"{path}.value.{key}", ext[key], "is not a field of the extension")
            missing = [key for key in _EXTENSION_KEYS if key not in ext]
            for key in missing:
                self.bad(f"{path}.value.{key}", None, "is missing from the extension")
            if not missing:
                found = (f"{path}.value", ext)
        return found

    def foreign_sources(self) -> list[dict[str, Any]]:
        """Sources from the ``people`` and ``organisations`` of a document without extension."""
        sources: list[dict[str, Any]] = []
        for key, kind in (("people", "person"), ("organisations", "organization")):
            for i, item in self.items(key):
                path = f"$.{key}[{i}]"
                self.only(path, item, ("name", "rel", "uri", "literal"))
                if item.get("rel", SOURCE_REL) != SOURCE_REL:
                    self.lose(f"{path}.rel", item["rel"], f"is not {SOURCE_REL!r}")
                ident = item.get("literal", item.get("uri", item.get("name")))
                self.paths[f"sources[{len(sources)}]"] = path
                sources.append(
                    {
                        "id": ident,
                        "name": item.get("name", ident),
                        "kind": kind,
                        "role": None,
                        "aliases": [],
                        "mentions": [],
                    }
                )
        return sources

    def check_derived(self, ext: dict[str, Any], sources: Any) -> None:
        """Check ``by``, ``people`` and ``organisations`` agree with the extension."""
        authors = ext["authors"]
        if type(authors) is list and self.data.get("by") != _by(authors):
            self.lose("$.by", self.data.get("by"), "differs from the authors of the extension")
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", NewsrecWarning)  # warned when the article is built
                built = tuple(_json.from_builtins(s, Source, strict=self.strict) for s in sources)
        except (TypeError, ValueError):
            return  # reported with its path when the article is built
        for key, want in zip(("people", "organisations"), _native_sources(built), strict=True):
            if self.data.get(key, []) != want:
                self.lose(f"$.{key}", self.data.get(key), "differs from the extension's sources")


def _detect_version(data: dict[str, Any]) -> Version:
    std = data.get("standard")
    if type(std) is dict:
        for v in VERSIONS:
            if std.get("version") == v:
                return v
    for key in ("headlines", "bodies", "descriptions"):
        items = data.get(key)
        if type(items) is list and any(type(i) is dict and "contentType" in i for i in items):
            return "3.1"
    return "3.1" if "versionCreated" in data else "2.2"


def from_ninjs(data: Any, *, strict: bool = True, validate: bool = True) -> Article:
    """Build an :class:`~newsrec.Article` from a ninjs document (as from ``json.loads``).

    ``from_ninjs(to_ninjs(a, version=v)) == a`` for every valid article and
    version. See the module documentation for what else it reads.

    Args:
        data: A ninjs document, 2.x or 3.x (told apart by ``standard.version``,
            else by its property names).
        strict: Refuse properties newsrec would lose; with False, drop them with
            a :class:`~newsrec.NewsrecWarning` each and read the extension leniently.
        validate: Also run the whole-article checks of :func:`newsrec.check`.

    Raises:
        ValidationError: with every problem and its ninjs path.
        DecodeError: the extension's value is not JSON.

    .. versionadded:: 0.1.0
    """
    if type(data) is not dict:
        problem = Problem(path="$", value=data, reason="must be a ninjs object")
        raise ValidationError([problem], what="ninjs document")
    r = _Reader(data, strict)
    k = r.k
    known = (
        *("uri", "standard", "type", k.versioncreated, "language", "headlines", "bodies"),
        *("by", "people", "organisations", "descriptions"),
    )
    r.only("$", data, known)
    if "uri" not in data:
        r.bad("$.uri", None, "is required")
    std = data.get("standard", {"name": "ninjs"})
    if type(std) is not dict or std.get("name") != "ninjs":
        r.lose("$.standard", std, "is not a ninjs standard object")
    if data.get("type", "text") != "text":
        r.lose("$.type", data["type"], "is not 'text'; newsrec reads text items")
    title_path, title = r.text_entry("headlines", "headline")
    body_path, body = r.text_entry("bodies", "body")
    found = r.extension()
    obj: dict[str, Any] = {
        "id": _id(data["uri"]) if type(data.get("uri")) is str else data.get("uri"),
        "body": body if body is not None else "",
        "date": data.get(k.versioncreated),
        "title": title,
        "authors": [data["by"]] if "by" in data else [],
        "url": None,
        "language": data.get("language"),
        "paragraphs": [],
        "quotes": [],
        "statistics": [],
        "sources": [],
        "dates": [],
        "metadata": {},
    }
    r.paths.update(
        id="$.uri",
        body=body_path,
        date=f"$.{k.versioncreated}",
        title=title_path,
        authors="$.by",
        language="$.language",
    )
    if found is None:
        obj["sources"] = r.foreign_sources()
    else:
        ext_path, ext = found
        r.check_derived(ext, ext["sources"])
        for key in _EXTENSION_KEYS:
            if key == "date" and ext["date"] is None:
                continue
            if key == "date" and obj["date"] is not None:
                r.bad(f"{ext_path}.date", ext["date"], f"is set as well as {k.versioncreated}")
            obj[key] = ext[key]
            r.paths[key] = f"{ext_path}.{key}"
    if r.problems:
        raise ValidationError(r.problems, what="ninjs document")
    try:
        return _json.from_builtins(obj, Article, strict=strict, validate=validate)
    except ValidationError as e:
        problems = [_ninjs_path(p, r.paths) for p in e.problems]
        raise ValidationError(problems, what="ninjs document") from None


def _ninjs_path(problem: Problem, paths: dict[str, str]) -> Problem:
    """``problem`` with its newsrec path replaced by the ninjs path it came from."""
    rest = problem.path[2:] if problem.path.startswith("$.") else ""
    for newsrec_path in sorted(paths, key=len, reverse=True):
        if rest == newsrec_path or rest.startswith((f"{newsrec_path}.", f"{newsrec_path}[")):
            path = paths[newsrec_path] + rest[len(newsrec_path) :]
            return Problem(path=path, value=problem.value, reason=problem.reason)
    return problem


def loads(data: str | bytes, *, strict: bool = True, validate: bool = True) -> Article:
    """Read an :class:`~newsrec.Article` from ninjs JSON text.

    ``loads(dumps(a, version=v)) == a`` for every valid article and version.

    Args:
        data: JSON text, or UTF-8 bytes.
        strict: See :func:`from_ninjs`.
        validate: Also run the whole-article checks of :func:`newsrec.check`.

    Raises:
        DecodeError: ``data`` is not JSON (with line and column).
        ValidationError: with every problem and its ninjs path.

    .. versionadded:: 0.1.0
    """
    return from_ninjs(_json.decode(data, exact=True), strict=strict, validate=validate)


def official_schema(version: Version = "2.2") -> dict[str, Any]:
    """Return the official IPTC JSON Schema of a ninjs version, shipped with newsrec.

    The files are byte-for-byte copies from https://github.com/iptc/newsinjson
    (MIT; the schemas also CC BY 4.0, (c) IPTC), next to their licence in
    ``newsrec/data/ninjs/``.

    Args:
        version: ``"2.1"``, ``"2.2"`` or ``"3.1"``.

    Raises:
        ValueError: ``version`` is not one of :data:`VERSIONS`.

    .. versionadded:: 0.1.0
    """
    _Names(version)
    path = resources.files("newsrec") / "data" / "ninjs" / f"ninjs-schema_{version}.json"
    schema: dict[str, Any] = _std.loads(path.read_text(encoding="utf-8"))
    return schema


def validate(doc: Any, *, version: Version | None = None) -> None:
    """Check ``doc`` against the official ninjs schema, offline; needs ``jsonschema``.

    The schemas ``$ref`` https://geojson.org/schema/GeoJSON.json for
    ``places``; that reference is resolved to a permissive local stand-in (any
    JSON object), so nothing is fetched and GeoJSON geometry is not checked.
    String formats (``uri``, ``date-time``) are annotations in draft 2020-12
    and are not asserted.

    Args:
        doc: A ninjs document.
        version: The version to check against; by default ``standard.version``
            of ``doc``, else told from its property names.

    Raises:
        ValidationError: with every schema error and its path.
        ImportError: ``jsonschema`` is not installed.

    .. versionadded:: 0.1.0
    """
    if version is None:
        version = _detect_version(doc) if type(doc) is dict else "2.2"
    checker = _validator(version)
    errors = sorted(checker.iter_errors(doc), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        problems = [Problem(path=e.json_path, value=e.instance, reason=e.message) for e in errors]
        raise ValidationError(problems, what=f"ninjs {version} document")


@functools.cache
def _validator(version: Version) -> Any:
    try:
        import jsonschema  # type: ignore[import-untyped,unused-ignore]
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT202012
    except ImportError as exc:  # pragma: no cover - jsonschema is a test dependency
        msg = "newsrec.ninjs.validate needs jsonschema: pip install 'jsonschema>=4.18'"
        raise ImportError(msg) from exc
    stand_in = Resource.from_contents(_GEOJSON_STAND_IN, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(_GEOJSON_URI, stand_in)
    return jsonschema.Draft202012Validator(official_schema(version), registry=registry)
