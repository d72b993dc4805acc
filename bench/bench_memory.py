"""Memory stays flat while reading a JSON Lines corpus: peak memory for 10k and 1M records.

Writes a corpus of small articles (an id, a one-sentence body, one paragraph;
about 150 bytes a line) with ``newsrec.jsonl.write``, then reads it with
``newsrec.jsonl.read`` in a fresh Python process per size, counting the records
and keeping none. Each child reports:

* ``maxrss``: the process's peak resident set (``resource.getrusage``), and the
  part of it the read added over a warmed-up baseline (imports, converters);
* ``traced``: the peak of Python allocations during the read (``tracemalloc``,
  in a second child, since tracing slows the read and costs memory itself).

Flat memory means the 1M figures are about the 10k ones, not 100 times them.
For contrast, ``--contrast`` also reads 10k and 100k records with ``read_all``,
which keeps every record (linear memory by design).

    python bench/bench_memory.py                 # 10k and 1M records (about a minute)
    python bench/bench_memory.py --sizes 10000 100000 --keep /tmp/corpora

Measured 2026-11-25 (CPython 3.11, Linux; ``--contrast``):

      records mode           file   write    read    rec/s      maxrss       added  traced peak
       10,000 read          2.7MB    0.5s    0.1s   89,756     25.0 MB      0.0 MB      0.10 MB
    1,000,000 read        276.8MB   27.3s   14.3s   69,983     25.0 MB      0.0 MB      0.10 MB
       10,000 read_all      2.7MB    0.2s    0.1s   71,532     30.2 MB      5.3 MB      5.55 MB
"""

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import newsrec
import newsrec.jsonl

CHILD = r"""
import json, resource, sys, time, tracemalloc
import newsrec, newsrec.jsonl
path, mode, trace = sys.argv[1], sys.argv[2], sys.argv[3] == "1"

def kb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux

# Warm up: imports, the converters and their generated fast paths, one record read.
for _ in newsrec.jsonl.read([open(path, "rb").readline()]):
    pass
base = kb()
if trace:
    tracemalloc.start()
t0 = time.perf_counter()
if mode == "read":
    n = 0
    for _ in newsrec.jsonl.read(path):
        n += 1
else:
    n = len(newsrec.jsonl.read_all(path).records)
seconds = time.perf_counter() - t0
traced = tracemalloc.get_traced_memory()[1] if trace else None
print(json.dumps({"n": n, "seconds": seconds, "base_kb": base, "max_kb": kb(), "traced": traced}))
"""


def articles(n: int) -> Iterator[newsrec.Article]:
    """``n`` small, valid, distinct articles."""
    kind = newsrec.ParagraphKind.PARAGRAPH
    for i in range(n):
        body = f"Record {i} of the corpus: the minister said nothing."
        yield newsrec.Article(
            id=f"a{i}",
            body=body,
            paragraphs=(newsrec.Paragraph(span=newsrec.Span(0, len(body)), kind=kind),),
        )


def child(path: Path, mode: str, trace: bool) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), mode, "1" if trace else "0"],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, Any] = json.loads(out.stdout)
    return result


def _mb(kib: float) -> str:
    return f"{kib / 1024:8.1f} MB"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", nargs="+", type=int, default=[10_000, 1_000_000])
    ap.add_argument("--keep", type=Path, help="write the corpora here and keep them")
    ap.add_argument("--no-trace", action="store_true", help="skip the tracemalloc children")
    ap.add_argument("--contrast", action="store_true", help="also read_all 10k and 100k")
    args = ap.parse_args(argv)

    folder = args.keep or Path(tempfile.mkdtemp(prefix="newsrec-bench-memory-"))
    folder.mkdir(parents=True, exist_ok=True)
    runs = [(n, "read") for n in args.sizes]
    if args.contrast:
        runs += [(n, "read_all") for n in (10_000, 100_000)]
    print(f"{'records':>9} {'mode':<9} {'file':>9} {'write':>7} {'read':>7} {'rec/s':>8}"
          f" {'maxrss':>11} {'added':>11} {'traced peak':>12}")
    for n, mode in runs:
        path = folder / f"corpus-{n}.jsonl"
        t_write = 0.0
        if not path.exists():
            t0 = time.perf_counter()
            newsrec.jsonl.write(path, articles(n))
            t_write = time.perf_counter() - t0
        plain = child(path, mode, trace=False)
        assert plain["n"] == n, plain
        traced = None if args.no_trace else child(path, mode, trace=True)["traced"]
        size = path.stat().st_size
        print(
            f"{n:>9,} {mode:<9} {size / 1e6:7.1f}MB {t_write:6.1f}s {plain['seconds']:6.1f}s"
            f" {n / plain['seconds']:8,.0f} {_mb(plain['max_kb'])} "
            f"{_mb(plain['max_kb'] - plain['base_kb'])} "
            + (f"{traced / 2**20:9.2f} MB" if traced is not None else "         -"),
            flush=True,
        )
        if not args.keep:
            path.unlink()
    if not args.keep:
        folder.rmdir()
    return 0


if __name__ == "__main__":
    sys.exit(main())
