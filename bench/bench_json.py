"""JSON dumps/loads of a realistic article: newsrec against pydantic v2, msgspec and orjson.

The article is the bundled sample with 15 quotes, 10 statistics and 8 sources
laid on its real text. Every contender serializes the same shape (pydantic and
msgspec models mirror the records; orjson gets the equivalent plain dict), in
one process, one run, so the figures are ratios that survive a busy machine.

    python bench/bench_json.py [--repeat N]

Needs the bench extra: pip install -e '.[bench]'
"""



import argparse
import datetime as dt
import re
import sys
import timeit
from decimal import Decimal
from pathlib import Path
from typing import Any

import newsrec
import newsrec.json

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "kazakhstan.txt"
QUOTED = re.compile(r"“([^”]+)”")
NUMBER = re.compile(r"\b\d[\d,]*\b|\bdozens\b|\bhundreds\b|\btwo\b|\bsix\b|\bseveral\b")


def realistic_article() -> newsrec.Article:
    """The sample with 15 quotes, 10 statistics and 8 sources on its real text."""
    base = newsrec.parse_text(SAMPLE.read_text(encoding="utf-8"))
    body = base.body
    names = ["Tokayev", "authorities", "Ministry of Interior", "NetBlocks",
             "international press", "Russian Ministry of Defense", "defense alliance", "EFE"]
    sources = []
    for i, name in enumerate(names):
        spans = tuple(newsrec.Span(m.start(), m.end()) for m in re.finditer(re.escape(name), body, re.IGNORECASE))
        sources.append(newsrec.Source(
            id=f"s{i}", name=name, kind=list(newsrec.SourceKind)[i % 8],
            role="President of Kazakhstan" if i == 0 else None,
            aliases=("Kasim-Yomart Tokayev", "Kassym-Yomart Tokayev") if i == 0 else (),
            mentions=spans or (newsrec.Span(0, 1),),
        ))
    quotes = []
    for m in list(QUOTED.finditer(body))[:15]:
        said = body.find("said", m.end())
        quotes.append(newsrec.Quote(
            text=m.group(1), span=newsrec.Span(m.start(1), m.end(1)),
            kind=newsrec.QuoteKind.DIRECT if len(m.group(1)) > 40 else newsrec.QuoteKind.PARTIAL,
            speaker="s0", speaker_span=sources[0].mentions[0],
            cue="said" if said > 0 else None,
            cue_span=newsrec.Span(said, said + 4) if said > 0 else None,
        ))
    stats = []
    for i, m in enumerate(list(NUMBER.finditer(body))[:10]):
        digits = m.group().replace(",", "")
        value: int | Decimal | None = int(digits) if digits.isdigit() else None
        stats.append(newsrec.Statistic(
            text=m.group(), span=newsrec.Span(m.start(), m.end()), value=value,
            low=value if value is not None else 24, high=None if i % 2 else value,
            unit="percentage" if i == 3 else None, counted="people detained",
            qualifier=list(newsrec.Qualifier)[i % 7], source="s1" if i % 3 == 0 else None,
        ))
    stats[3] = newsrec.Statistic(text=stats[3].text, span=stats[3].span, value=Decimal("5.5"),
                                 unit="percentage", qualifier=newsrec.Qualifier.ABOUT)
    dates = tuple(
        newsrec.DateMention(text=m.group(), span=newsrec.Span(m.start(), m.end()),
                            earliest=dt.date(2022, 1, 7), latest=dt.date(2022, 1, 7),
                            kind=newsrec.DateKind.RELATIVE)
        for m in re.finditer(r"on Friday|this Friday", body)
    )
    art = newsrec.Article(
        id=base.id, body=body, date=base.date, title="Kazakhstan: shoot to kill",
        authors=("EFE",), url="https://example.org/kz", language="en",
        paragraphs=base.paragraphs, quotes=tuple(quotes), statistics=tuple(stats),
        sources=tuple(sources), dates=dates, metadata={"section": "World"},
    )
    newsrec.validate(art)
    return art


def pydantic_contender(data: dict[str, Any]) -> tuple[Any, Any] | None:
    try:
        import pydantic
    except ImportError:
        return None
    from typing import Literal

    class PSpan(pydantic.BaseModel):
        model_config = pydantic.ConfigDict(frozen=True, extra="forbid")
        start: int
        end: int

    class PParagraph(pydantic.BaseModel):
        model_config = pydantic.ConfigDict(frozen=True, extra="forbid")
        span: PSpan
        kind: Literal["paragraph", "heading", "caption"]

    class PSource(pydantic.BaseModel):
        model_config = pydantic.ConfigDict(frozen=True, extra="forbid")
        id: str
        name: str
        kind: Literal[tuple(k.value for k in newsrec.SourceKind)]  # type: ignore[misc]
        role: str | None
        aliases: tuple[str, ...]
        mentions: tuple[PSpan, ...]

    class PQuote(pydantic.BaseModel):
        model_config = pydantic.ConfigDict(frozen=True, extra="forbid")
        text: str
        span: PSpan
        kind: Literal["direct", "partial", "indirect"]
        speaker: str | None
        speaker_span: PSpan | None
        cue: str | None
        cue_span: PSpan | None

    class PStatistic(pydantic.BaseModel):
        model_config = pydantic.ConfigDict(frozen=True, extra="forbid")
        text: str
        span: PSpan
        value: int | Decimal | None
        low: int | Decimal | None
        high: int | Decimal | None
        unit: str | None
        counted: str | None
        qualifier: Literal[tuple(k.value for k in newsrec.Qualifier)]  # type: ignore[misc]
        trend: Literal["increase", "decrease"] | None
        source: str | None

    class PDate(pydantic.BaseModel):
        model_config = pydantic.ConfigDict(frozen=True, extra="forbid")
        text: str
        span: PSpan
        earliest: dt.date | None
        latest: dt.date | None
        kind: Literal[tuple(k.value for k in newsrec.DateKind)]  # type: ignore[misc]

    class PArticle(pydantic.BaseModel):
        model_config = pydantic.ConfigDict(frozen=True, extra="forbid")
        id: str
        body: str
        date: dt.date | dt.datetime | None
        title: str | None
        authors: tuple[str, ...]
        url: str | None
        language: str | None
        paragraphs: tuple[PParagraph, ...]
        quotes: tuple[PQuote, ...]
        statistics: tuple[PStatistic, ...]
        sources: tuple[PSource, ...]
        dates: tuple[PDate, ...]
        metadata: dict[str, str]

    obj = PArticle.model_validate(data)
    text = obj.model_dump_json()
    return obj.model_dump_json, (lambda: PArticle.model_validate_json(text))


def msgspec_contender(data: dict[str, Any]) -> tuple[Any, Any] | None:
    try:
        import msgspec
    except ImportError:
        return None
    from typing import Literal

    class MSpan(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
        start: int
        end: int

    class MParagraph(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
        span: MSpan
        kind: Literal["paragraph", "heading", "caption"]

    class MSource(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
        id: str
        name: str
        kind: str
        role: str | None
        aliases: tuple[str, ...]
        mentions: tuple[MSpan, ...]

    class MQuote(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
        text: str
        span: MSpan
        kind: Literal["direct", "partial", "indirect"]
        speaker: str | None
        speaker_span: MSpan | None
        cue: str | None
        cue_span: MSpan | None

    class MStatistic(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
        text: str
        span: MSpan
        value: int | Decimal | None
        low: int | Decimal | None
        high: int | Decimal | None
        unit: str | None
        counted: str | None
        qualifier: str
        trend: str | None
        source: str | None

    class MDate(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
        text: str
        span: MSpan
        earliest: dt.date | None
        latest: dt.date | None
        kind: str

    class MArticle(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
        id: str
        body: str
        date: dt.date | None
        title: str | None
        authors: tuple[str, ...]
        url: str | None
        language: str | None
        paragraphs: tuple[MParagraph, ...]
        quotes: tuple[MQuote, ...]
        statistics: tuple[MStatistic, ...]
        sources: tuple[MSource, ...]
        dates: tuple[MDate, ...]
        metadata: dict[str, str]

    obj = msgspec.convert(data, MArticle)
    enc = msgspec.json.Encoder()
    dec = msgspec.json.Decoder(MArticle)
    text = enc.encode(obj)
    return (lambda: enc.encode(obj)), (lambda: dec.decode(text))


def best(fn: Any, repeat: int, number: int) -> float:
    """Best per-call time in microseconds over ``repeat`` runs of ``number`` calls."""
    return min(timeit.repeat(fn, repeat=repeat, number=number)) / number * 1e6


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--number", type=int, default=300)
    args = ap.parse_args(argv)

    art = realistic_article()
    text = newsrec.json.dumps(art)
    assert newsrec.json.loads(text, newsrec.Article) == art
    data = newsrec.json.to_builtins(art)
    print(f"article: {len(art.body)} chars, {len(art.quotes)} quotes, {len(art.statistics)} "
          f"statistics, {len(art.sources)} sources; JSON {len(text)} chars")

    rows: dict[str, tuple[float, float]] = {}
    rows["newsrec"] = (best(lambda: newsrec.json.dumps(art), args.repeat, args.number),
                       best(lambda: newsrec.json.loads(text, newsrec.Article), args.repeat, args.number))
    rows["newsrec (no article checks)"] = (
        rows["newsrec"][0],
        best(lambda: newsrec.json.loads(text, newsrec.Article, validate=False), args.repeat, args.number),
    )
    for name, make in (("pydantic v2", pydantic_contender), ("msgspec", msgspec_contender)):
        pair = make(data)
        if pair is None:
            print(f"{name}: not installed, skipped")
            continue
        rows[name] = (best(pair[0], args.repeat, args.number), best(pair[1], args.repeat, args.number))
    try:
        import orjson
    except ImportError:
        print("orjson: not installed, skipped")
    else:
        raw = orjson.dumps(data)
        rows["orjson (plain dict)"] = (best(lambda: orjson.dumps(data), args.repeat, args.number),
                                       best(lambda: orjson.loads(raw), args.repeat, args.number))

    base = rows.get("pydantic v2", rows["newsrec"])
    print(f"\n{'':30} {'dumps us':>10} {'loads us':>10} {'dumps/pyd':>10} {'loads/pyd':>10}")
    for name, (d, lo) in rows.items():
        print(f"{name:30} {d:10.1f} {lo:10.1f} {d / base[0]:10.2f} {lo / base[1]:10.2f}")
    print("\nratios below 1.00 are faster than pydantic v2 (same process, best of runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
