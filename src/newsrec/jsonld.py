"""schema.org JSON-LD: an article as a ``NewsArticle`` with its quotations, figures and sources.

>>> import newsrec, newsrec.jsonld
>>> article = newsrec.parse_text("date 2022-01-07 Tokayev said “no”.", id="a1")
>>> doc = newsrec.jsonld.to_jsonld(article)
>>> doc["@type"], doc["datePublished"], doc["hasPart"][0]["text"]
('NewsArticle', '2022-01-07', 'no')

Export only: schema.org has no place for character offsets, paragraph kinds,
date mentions or ``metadata``, so these are left out (use :mod:`newsrec.json`
or :mod:`newsrec.ninjs` to keep everything).

What goes where
    ==========================  ===================================================
    newsrec                     schema.org
    ==========================  ===================================================
    ``Article``                 ``NewsArticle``; ``@id`` the id if it is an absolute
                                URI, else ``urn:newsrec:`` + the id percent-encoded
    ``id``                      ``identifier``
    ``title``, ``body``         ``headline``, ``articleBody``
    ``date``                    ``datePublished`` (ISO 8601)
    ``url``, ``language``       ``url``, ``inLanguage``
    ``authors``                 ``author``: a ``Person`` each
    ``sources``                 ``mentions``: ``Person`` (persons),
                                ``GovernmentOrganization``, ``Organization``
                                (organisations and monitors),
                                ``NewsMediaOrganization`` (agencies and media),
                                ``CreativeWork`` (documents), ``Thing`` (unknown);
                                with ``name``, ``identifier`` (the source id),
                                ``alternateName`` (aliases) and ``jobTitle`` (a
                                person's role) or ``description`` (any other's)
    ``quotes``                  ``hasPart``: a ``Quotation`` each, with ``text``,
                                ``creator`` (a reference to the speaker's node)
                                and ``description`` (direct, partial or indirect)
    ``statistics``              ``mentions``: an ``Observation`` each, with
                                ``description`` (the text), ``value``, ``minValue``,
                                ``maxValue``, ``unitText``, ``name`` (what is
                                counted), ``creator`` (its source's node), as far
                                as known, and ``additionalProperty``: a
                                ``PropertyValue`` named ``qualifier`` (and one
                                named ``trend`` if set)
    ==========================  ===================================================

Sources get blank-node ids (``_:source-0``, ...) that quotations and
observations refer to. Integers beyond ±2**53 and ``Decimal`` values are
written as typed literals (``{"@value": "2.5", "@type": xsd:decimal}``) so that
no JSON parser rounds them.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import json as _std
from decimal import Decimal
from typing import Any

from newsrec import json as _json
from newsrec.ninjs import _uri
from newsrec.records import Article, SourceKind

__all__ = ["CONTEXT", "dumps", "to_jsonld"]

CONTEXT = "https://schema.org"
"""The ``@context`` of every document :func:`to_jsonld` makes.

.. versionadded:: 0.1.0
"""

_XSD = "http://www.w3.org/2001/XMLSchema#"
_SAFE_INT = 2**53
_TYPES = {
    SourceKind.PERSON: "Person",
    SourceKind.GOVERNMENT: "GovernmentOrganization",
    SourceKind.ORGANIZATION: "Organization",
    SourceKind.AGENCY: "NewsMediaOrganization",
    SourceKind.MEDIA: "NewsMediaOrganization",
    SourceKind.MONITOR: "Organization",
    SourceKind.DOCUMENT: "CreativeWork",
    SourceKind.UNKNOWN: "Thing",
}


def _number(n: int | Decimal) -> Any:
    if type(n) is int:
        if -_SAFE_INT <= n <= _SAFE_INT:
            return n
        return {"@value": str(n), "@type": f"{_XSD}integer"}
    text = str(n)
    # xsd:decimal has no exponent; xsd:double keeps the exact text of one.
    kind = "double" if "E" in text else "decimal"
    return {"@value": text, "@type": f"{_XSD}{kind}"}


def to_jsonld(article: Article) -> dict[str, Any]:
    """Return ``article`` as a schema.org ``NewsArticle`` in JSON-LD (plain JSON-ready data).

    See the module documentation for where each field goes and what is left out.

    Args:
        article: The article.

    Raises:
        TypeError: ``article`` is not an :class:`~newsrec.Article`.

    .. versionadded:: 0.1.0
    """
    if type(article) is not Article:
        raise TypeError(f"to_jsonld needs an Article, not {type(article).__name__}")
    node_ids = {s.id: f"_:source-{i}" for i, s in enumerate(article.sources)}
    doc: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "NewsArticle",
        "@id": _uri(article.id),
        "identifier": article.id,
    }
    if article.title is not None:
        doc["headline"] = article.title
    if article.date is not None:
        doc["datePublished"] = article.date.isoformat()
    if article.url is not None:
        doc["url"] = article.url
    if article.language is not None:
        doc["inLanguage"] = article.language
    if article.authors:
        doc["author"] = [{"@type": "Person", "name": a} for a in article.authors]
    doc["articleBody"] = article.body
    parts = []
    for q in article.quotes:
        quotation: dict[str, Any] = {
            "@type": "Quotation",
            "text": q.text,
            "description": f"{q.kind.value} quotation",
        }
        if q.speaker is not None and q.speaker in node_ids:
            quotation["creator"] = {"@id": node_ids[q.speaker]}
        parts.append(quotation)
    if parts:
        doc["hasPart"] = parts
    mentions: list[dict[str, Any]] = []
    for s in article.sources:
        node: dict[str, Any] = {
            "@type": _TYPES[s.kind],
            "@id": node_ids[s.id],
            "name": s.name,
            "identifier": s.id,
        }
        if s.aliases:
            node["alternateName"] = list(s.aliases)
        if s.role is not None:
            node["jobTitle" if s.kind is SourceKind.PERSON else "description"] = s.role
        mentions.append(node)
    for st in article.statistics:
        obs: dict[str, Any] = {"@type": "Observation", "description": st.text}
        if st.value is not None:
            obs["value"] = _number(st.value)
        if st.low is not None:
            obs["minValue"] = _number(st.low)
        if st.high is not None:
            obs["maxValue"] = _number(st.high)
        if st.unit is not None:
            obs["unitText"] = st.unit
        if st.counted is not None:
            obs["name"] = st.counted
        extra = [{"@type": "PropertyValue", "name": "qualifier", "value": st.qualifier.value}]
        if st.trend is not None:
            extra.append({"@type": "PropertyValue", "name": "trend", "value": st.trend.value})
        obs["additionalProperty"] = extra
        if st.source is not None and st.source in node_ids:
            obs["creator"] = {"@id": node_ids[st.source]}
        mentions.append(obs)
    if mentions:
        doc["mentions"] = mentions
    return doc


def dumps(article: Article, *, indent: int | None = None) -> str:
    """Serialize ``article`` to JSON-LD text, ready for a ``<script type="application/ld+json">``.

    Args:
        article: The article.
        indent: Indent nested objects by this many spaces; compact by default.

    Raises:
        TypeError: ``article`` is not an :class:`~newsrec.Article`.

    .. versionadded:: 0.1.0
    """
    doc = to_jsonld(article)
    if indent is None:
        out = _std.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    else:
        out = _std.dumps(doc, ensure_ascii=False, indent=indent)
    # "</script>" inside a string would end an HTML script element early.
    out = out.replace("</", "<\\/")
    return _json._SURROGATE.sub(_json._escape, out)
