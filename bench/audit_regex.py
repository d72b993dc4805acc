"""Audit every regular expression of newsrec for catastrophic backtracking (issue #6).

Finds each compiled pattern in newsrec's modules (module globals, and those in
module-level lists, tuples and dicts), runs it on runs of hostile units
(spaces, digits, "1,", quotation marks, "according to ", ...) of two lengths,
and flags superlinear growth:

match    ``pattern.match(s)`` at one position: must be linear in the run it reads
         (x10 text, about x10 time); anything worse is a backtracking bug.
search   ``finditer`` over the whole text: a pattern that starts with ``\\s+`` or
         ``[\\d,]*`` is quadratic here (the scan restarts at every position), which
         only matters where the code searches with it rather than matching at a
         known position.

    python bench/audit_regex.py            # about a minute
    python bench/audit_regex.py --verbose  # every flagged pattern and unit

Exit status 1 if a pattern is superlinear under ``match``.
"""

import argparse
import importlib
import re
import sys
import time

MODULES = (
    "newsrec._text",
    "newsrec._sentences",
    "newsrec._quotes",
    "newsrec._sources",
    "newsrec._dates",
    "newsrec._statistics",
    "newsrec.json",
    "newsrec._convert",
    "newsrec.jsonl",
    "newsrec.lang.en_dates",
    "newsrec.lang.en_numbers",
    "newsrec.lang.en_quotes",
)
UNITS = (
    "a", "A", "1", " ", "\n", "\n\n", "\t", "\u00a0", "“", '"', "'", "’", "« ", "-", ". ",
    "1,", "1.", "1 ", "A. ", "a ", "Aa ", "Mr. ", "according to ", "said ", "one ", "and ",
    "of ", "per ", "the ", "January ", "on ", "1/", "2022-", "(", ":", "x|", ", ", "'s ",
    "he said, “", "More than ", "A-", "Aa-",
)  # fmt: skip


def patterns() -> dict[str, re.Pattern[str] | re.Pattern[bytes]]:
    """Every compiled pattern of newsrec's modules, str and bytes, by a dotted name."""
    found: dict[int, tuple[str, re.Pattern[str] | re.Pattern[bytes]]] = {}

    def visit(obj: object, name: str, depth: int) -> None:
        if isinstance(obj, re.Pattern):
            found.setdefault(id(obj), (name, obj))
        elif depth < 3 and isinstance(obj, list | tuple | set | frozenset):
            for i, x in enumerate(obj):
                visit(x, f"{name}[{i}]", depth + 1)
        elif depth < 3 and isinstance(obj, dict):
            for k, x in obj.items():
                visit(x, f"{name}[{k!r}]", depth + 1)

    for mod in MODULES:
        try:
            module = importlib.import_module(mod)
        except ImportError:
            continue
        for k, v in vars(module).items():
            visit(v, f"{mod}.{k}", 0)
    return dict(found.values())


def growth(
    p: re.Pattern[str] | re.Pattern[bytes], unit: str, n: int, mode: str
) -> tuple[float, float]:
    """Seconds on ``n`` and on ``10 * n`` characters of ``unit`` repeated.

    A bytes pattern (the extractors scan one-byte copies of the text) reads the
    same run encoded as UTF-8.
    """
    out: list[float] = []
    for size in (n, 10 * n):
        text = unit * (size // len(unit) + 1)
        s: str | bytes = text.encode("utf-8") if isinstance(p.pattern, bytes) else text
        best = float("inf")
        for _ in range(3 if mode == "match" else 1):  # best of 3: small times are noisy
            t0 = time.perf_counter()
            if mode == "match":
                p.match(s)  # type: ignore[arg-type]
            else:
                for _ in p.finditer(s):  # type: ignore[arg-type]
                    pass
            best = min(best, time.perf_counter() - t0)
        out.append(best)
    return out[0], out[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)
    pats = patterns()
    print(f"{len(pats)} patterns in {len(MODULES)} modules, {len(UNITS)} hostile units\n")
    bad_match: dict[str, str] = {}
    bad_search: dict[str, str] = {}
    for name, p in sorted(pats.items()):
        for mode, n, seen in (("match", 20_000, bad_match), ("search", 300, bad_search)):
            for unit in UNITS:
                a, b = growth(p, unit, n, mode)
                if b > 0.005 and b / max(a, 1e-7) > 25:
                    seen.setdefault(name, f"{unit!r}: {a * 1e3:.1f} ms -> {b * 1e3:.1f} ms")
                    if args.verbose:
                        print(f"  {mode:6} {name} {unit!r} {a * 1e3:.2f} -> {b * 1e3:.2f} ms")
    print("superlinear under match (a bug wherever the pattern is used):")
    for name, why in bad_match.items():
        print(f"  {name}  {why}")
    print(f"  {'none' if not bad_match else ''}")
    print("quadratic under finditer (a bug only where the code searches with it):")
    for name, why in bad_search.items():
        print(f"  {name}  {why}")
    return 1 if bad_match else 0


if __name__ == "__main__":
    sys.exit(main())
