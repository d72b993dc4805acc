"""Corpus throughput: parse_many on 1 and 2 processes, and Dask on 2 workers.

Generates N different articles (10,000 by default) deterministically from the
bundled sample: each takes a different run of the sample's paragraphs, with
its sentences in a different order and its numbers and date changed, so no two
texts are the same and their length is about the sample's. Then it times,
in the same run and on the same texts:

* ``parse_many(texts, jobs=1)``: one process, no pool;
* ``parse_many(texts, jobs=2)``: two worker processes (ordered, as read back);
* Dask: ``newsrec.dask.parse_bag`` on a ``LocalCluster`` of 2 worker processes
  with 1 thread each, counting the quotes on the workers (the articles stay
  there, as they would on the way to Parquet); the cluster's start-up is not
  timed, its first task is;
* texts to Parquet, every table: ``parse_many(jobs=2)`` into
  ``newsrec.tables.write_parquet``, and ``newsrec.dask.write_parquet``.

The runs are interleaved over ``--rounds`` rounds (2 by default), so a burst
of other work on the machine hits every mode alike; each mode's ratio to
``jobs=1`` is taken within a round, and the best round is reported with the
others. It prints the load average before and after each run and, first and
last, the machine's free parallelism: how much faster two processes run a pure
Python loop than one. On a machine where other jobs hold a core, that figure
is near 1.0 and is the ceiling of any ratio here.

    python bench/bench_corpus.py [--n 10000] [--rounds 2] [--skip-dask] [--skip-parquet]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import os
import random
import re
import sys
import tempfile
import time
import warnings
from pathlib import Path

import newsrec
from newsrec import tables
from newsrec.corpus import parse_many

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "kazakhstan.txt"
_SENTENCE_END = re.compile(r"(?<=[.!?”])\s+(?=[“A-Z])")
_NUMBER = re.compile(r"\b\d{1,3}(?:,\d{3})*\b")
_QUOTE_MARKS = set('“”‘’"«»')


def generate(n: int) -> list[str]:
    """N different articles made from the sample: varied paragraphs, sentence order and numbers."""
    text = SAMPLE.read_text(encoding="utf-8")
    body = text.split(" ", 2)[2]  # drop the "date 2022-01-07" header
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    out = []
    for i in range(n):
        rng = random.Random(i)
        start = rng.randrange(len(paragraphs))
        k = rng.randint(len(paragraphs) // 2, len(paragraphs))
        chosen = [paragraphs[(start + j) % len(paragraphs)] for j in range(k)]
        varied = []
        for para in chosen:
            sentences = _SENTENCE_END.split(para)
            # Sentences of a paragraph without quotation marks change places:
            # moving a sentence out of a quotation would break the quotation.
            if len(sentences) > 1 and not _QUOTE_MARKS & set(para) and rng.random() < 0.5:
                rng.shuffle(sentences)
            varied.append(
                _NUMBER.sub(lambda _, r=rng: f"{r.randint(2, 9999):,}", " ".join(sentences))
            )
        day = 1 + i % 28
        out.append(f"date 2022-{1 + i % 12:02d}-{day:02d} " + "\n\n".join(varied))
    return out


def load() -> str:
    try:
        return "{:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    except OSError:  # pragma: no cover - not on every platform
        return "n/a"


def _burn(_: int) -> float:
    start = time.perf_counter()
    x = 0
    for i in range(5_000_000):
        x += i
    return time.perf_counter() - start


def free_parallelism() -> float:
    """How much faster 2 processes run a pure-Python loop than 1, now: 2.0 on an idle 2-CPU box."""
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(2) as pool:
        pool.map(_burn, [0, 0])  # start both
        one = min(pool.map(_burn, [0]) for _ in range(3))[0]
        start = time.perf_counter()
        pool.map(_burn, [0, 1], chunksize=1)
        two = time.perf_counter() - start
    return 2 * one / two


def timed(label: str, fn, n: int, results: dict) -> float:
    before = load()
    start = time.perf_counter()
    fn()
    seconds = time.perf_counter() - start
    results.setdefault(label, []).append(seconds)
    print(
        f"  {label:<38} {seconds:7.1f} s  {n / seconds:7.0f} articles/s   load {before} -> {load()}"
    )
    sys.stdout.flush()
    return seconds


@contextlib.contextmanager
def dask_cluster():
    from dask.distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=2,
            processes=True,
            threads_per_worker=1,
            dashboard_address=":0",  # None still serves HTTP on 8787, warning if taken
            host="127.0.0.1",
        ) as cluster,
        Client(cluster),
    ):
        yield


def run_round(texts: list[str], results: dict, *, dask: bool, parquet: bool) -> None:
    n = len(texts)

    def count(jobs: int) -> int:
        return sum(1 for _ in parse_many(texts, jobs=jobs, progress=False))

    timed("parse_many, jobs=1", lambda: count(1), n, results)
    timed("parse_many, jobs=2", lambda: count(2), n, results)
    if dask:
        import dask.bag as db

        import newsrec.dask

        # About 8 partitions a worker, so both stay busy to the end. The texts
        # travel in the graph (31 MB), as parse_many sends them to its workers:
        # Dask's warning about that large graph is expected here.
        warnings.filterwarnings("ignore", "Sending large graph", UserWarning)
        bag = db.from_sequence(texts, npartitions=16)

        def count_quotes() -> int:
            return newsrec.dask.parse_bag(bag).map(lambda a: len(a.quotes)).sum().compute()

        timed("dask, 2 workers: parse", count_quotes, n, results)
    if parquet:
        with tempfile.TemporaryDirectory() as out:
            articles = parse_many(texts, jobs=2, progress=False)
            timed(
                "parse_many, jobs=2: texts -> Parquet",
                lambda: tables.write_parquet(articles, out),
                n,
                results,
            )
        if dask:
            with tempfile.TemporaryDirectory() as out:
                timed(
                    "dask, 2 workers: texts -> Parquet",
                    lambda: newsrec.dask.write_parquet(newsrec.dask.parse_bag(bag), out),
                    n,
                    results,
                )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--n", type=int, default=10_000, help="how many articles (10,000)")
    parser.add_argument("--rounds", type=int, default=2, help="interleaved rounds (2)")
    parser.add_argument("--skip-dask", action="store_true", help="do not time Dask")
    parser.add_argument("--skip-parquet", action="store_true", help="do not time Parquet output")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()

    texts = generate(args.n)
    chars = sum(len(t) for t in texts)
    print(f"newsrec {newsrec.__version__}, Python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    print(f"{args.n:,} generated articles, {chars / args.n:,.0f} characters each on average")
    results: dict[str, list[float]] = {}
    print(f"free parallelism before: {free_parallelism():.2f} (2.00 = both CPUs free)")
    use_dask = not args.skip_dask
    if use_dask:
        try:
            import dask.distributed  # noqa: F401
        except ImportError as e:
            print(f"dask: skipped ({e}; pip install 'newsrec[dask]')")
            use_dask = False
    with dask_cluster() if use_dask else contextlib.nullcontext():
        for r in range(args.rounds):
            print(f"round {r + 1}:")
            run_round(texts, results, dask=use_dask, parquet=not args.skip_parquet)
    print(f"free parallelism after: {free_parallelism():.2f}")

    base = results["parse_many, jobs=1"]
    print("\nthroughput as a ratio to parse_many(jobs=1) of the same round (best; every round):")
    for label, seconds in results.items():
        ratios = [b / s for b, s in zip(base, seconds, strict=True)]
        every = ", ".join(f"{x:.2f}" for x in ratios)
        print(f"  {label:<38} {max(ratios):5.2f}x   ({every})")
    if args.json:
        args.json.write_text(json.dumps({"n": args.n, "seconds": results}, indent=2))


if __name__ == "__main__":
    main()
