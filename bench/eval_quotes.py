"""Where quote precision goes on a PolNeAR-style gold: a breakdown, not a new score.

The reference scorer (``score.py quotes``) counts a predicted quote as wrong when no
gold passage overlaps it. PolNeAR's ``dev.direct.jsonl`` holds only the quoted
fragments of *direct* attributions: the fragments of mixed attributions (partial
quotes, which newsrec reports as ``partial``) are not in it, and some house styles
(two apostrophes as quotation marks) have every attribution labelled indirect. This
script tells those apart, reading the file of every attribution alongside:

* the reference figures, computed with the same rules (edge marks and punctuation
  stripped, greedy one-to-one matching at Jaccard >= 0.5);
* every unmatched prediction, by newsrec's kind and by the gold attribution whose
  content holds it (direct, mixed, indirect, or none);
* the same figures on the articles whose gold has a direct or mixed attribution,
  with all predictions and with direct-kind predictions only.

    python bench/eval_quotes.py ../shared/eval/polnear/dev.direct.jsonl \\
        ../shared/eval/polnear/dev.jsonl

The corpora are read from the paths given and never copied.
"""

import argparse
import collections
import json
import sys
import warnings
from pathlib import Path

import newsrec
from newsrec import QuoteKind

EDGE = "\"'“”‘’«»„‚‹›`" + ".,;:!?…—–-"


def norm(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip white space, quotation marks and edge punctuation from a span."""
    while start < end and (text[start].isspace() or text[start] in EDGE):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in EDGE):
        end -= 1
    return start, end


def jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def matched(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> set[int]:
    """Indices of the predictions matched one-to-one, best overlaps first."""
    pairs = sorted(
        ((jaccard(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    for score, gi, pi in pairs:
        if score < 0.5:
            break
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
    return used_p


def prf(tp: int, npred: int, ngold: int) -> str:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}  ({tp} of {npred} predicted, {ngold} gold)"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("direct", help="the gold of direct-quote passages (dev.direct.jsonl)")
    ap.add_argument("attributions", help="the gold of every attribution (dev.jsonl)")
    args = ap.parse_args(argv)
    every = {}
    with Path(args.attributions).open(encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            every[doc["id"]] = doc["quotes"]
    totals: collections.Counter[str] = collections.Counter()
    unmatched: collections.Counter[tuple[str, str]] = collections.Counter()
    with Path(args.direct).open(encoding="utf-8") as f:
        docs = [json.loads(line) for line in f]
    for doc in docs:
        text = doc["text"]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", newsrec.NewsrecWarning)
            art = newsrec.parse_text(text)
        shift = 0 if art.body == text else text.find(art.body)
        gold = [norm(text, q["inner_start"], q["inner_end"]) for q in doc["quotes"]]
        quotes = [q for q in art.quotes if q.kind != QuoteKind.INDIRECT]
        pred = [norm(text, q.span.start + shift, q.span.end + shift) for q in quotes]
        hit = matched(gold, pred)
        attributions = every.get(doc["id"], [])
        annotated = any(a["kind"] in ("direct", "mixed") for a in attributions)
        direct = [i for i, q in enumerate(quotes) if q.kind == QuoteKind.DIRECT]
        hit_direct = matched(gold, [pred[i] for i in direct])
        for scope, on in (("all", True), ("annotated", annotated)):
            if on:
                totals[f"{scope} gold"] += len(gold)
                totals[f"{scope} pred"] += len(pred)
                totals[f"{scope} tp"] += len(hit)
                totals[f"{scope} direct pred"] += len(direct)
                totals[f"{scope} direct tp"] += len(hit_direct)
        for i, (q, p) in enumerate(zip(quotes, pred, strict=True)):
            if i in hit:
                continue
            label = "none"
            for a in attributions:
                if a["content_start"] <= p[0] and p[1] <= a["content_end"] + 2:
                    label = a["kind"]
                    if label != "indirect":
                        break
            unmatched[(q.kind.value, label)] += 1
    print(f"{len(docs)} articles; the reference rules (all non-indirect predictions):")
    print("  " + prf(totals["all tp"], totals["all pred"], totals["all gold"]))
    print("\nunmatched predictions, by newsrec's kind and the gold attribution holding them:")
    for (kind, label), n in sorted(unmatched.items()):
        print(f"  {kind:8} in {label:9} {n:6}")
    n_annotated = sum(
        1 for d in docs if any(a["kind"] in ("direct", "mixed") for a in every.get(d["id"], []))
    )
    print(f"\n{n_annotated} articles whose gold has a direct or mixed attribution:")
    print(
        "  all kinds:    "
        + prf(totals["annotated tp"], totals["annotated pred"], totals["annotated gold"])
    )
    print(
        "  direct only:  "
        + prf(
            totals["annotated direct tp"], totals["annotated direct pred"], totals["annotated gold"]
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
