"""User code that must type-check under mypy --strict (run by .ci/run, not by pytest).

If a change to newsrec's annotations breaks what users write, mypy fails here.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import newsrec
import newsrec.extract
import newsrec.json
import newsrec.jsonl


def speakers(art: newsrec.Article) -> list[str]:
    out: list[str] = []
    for q in art.quotes:
        if q.speaker is not None:
            src = art.source(q.speaker)
            if src is not None:
                out.append(src.name)
    return out


def total(art: newsrec.Article) -> Decimal:
    acc = Decimal(0)
    for s in art.statistics:
        if s.value is not None:
            acc += s.value
    return acc


art: newsrec.Article = newsrec.parse_text("date 2022-01-07 He said “no”.", date=dt.date(2022, 1, 7))
again: newsrec.Article = newsrec.json.loads(newsrec.json.dumps(art), newsrec.Article)
span: newsrec.Span = newsrec.json.loads('{"start": 0, "end": 1}', newsrec.Span)
result: newsrec.jsonl.ReadResult[newsrec.Article] = newsrec.jsonl.read_all([newsrec.json.dumps(art)])
lines: list[int] = [b.line for b in result.bad_lines]
problems: tuple[newsrec.Problem, ...] = newsrec.check(art)
quotes: tuple[newsrec.Quote, ...] = newsrec.extract.quotes("“Hi,” she said.")
kind: newsrec.QuoteKind = quotes[0].kind if quotes else newsrec.QuoteKind.DIRECT
day: dt.date | None = art.dates[0].earliest if art.dates else None
names: list[str] = speakers(art)
amount: Decimal = total(art)
