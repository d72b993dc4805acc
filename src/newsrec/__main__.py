"""The ``newsrec`` command line: parse articles, convert, validate, print schemas.

Exit codes: 0 all inputs good, 1 some input bad (each reported on stderr with
its file and line), 2 usage errors.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import itertools
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from newsrec import __version__
from newsrec import json as nr_json
from newsrec import jsonl as nr_jsonl
from newsrec.errors import DecodeError, NewsrecError, NewsrecWarning, ValidationError
from newsrec.records import Article

EXAMPLES = """\
examples:
  newsrec parse examples/kazakhstan.txt                 one article as pretty JSON
  newsrec parse --format html examples/kazakhstan.txt > k.html   a page to look at
  newsrec parse --format jsonl news/*.txt > corpus.jsonl  many articles, one a line
  newsrec parse --jobs 2 --format jsonl texts.jsonl > a.jsonl   a JSONL corpus of
                                                        {"text": ..., "id": ..., "date": ...}
  newsrec parse --format csv --output tables/ news/*.txt  one CSV file per table
  cat article.txt | newsrec parse -                     read standard input
  newsrec validate corpus.jsonl                         report every bad line
  newsrec convert jsonl ninjs corpus.jsonl --output ninjs/   one ninjs file per article
  newsrec schema Article                                the JSON Schema of a record
"""

OK, BAD_INPUT, USAGE = 0, 1, 2

# name: (file extension, whether one output holds many articles)
FORMATS: dict[str, tuple[str, bool]] = {
    "json": ("json", True),
    "jsonl": ("jsonl", True),
    "html": ("html", False),
    "ninjs": ("json", True),
    "jsonld": ("jsonld", True),
    "csv": ("csv", True),
    "parquet": ("parquet", True),
}
READABLE = ("json", "jsonl", "ninjs")
_INPUT_KEYS = ("id", "date", "title", "url", "language")


class UsageError(Exception):
    """A combination of options that cannot work; exit code 2."""


def _day(s: str) -> dt.date:
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {s!r}") from None


def _jobs(s: str) -> int:
    try:
        n = int(s)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number >= 1 (got {s!r})")
    return n


def _add_output_options(p: argparse.ArgumentParser, default: str) -> None:
    p.add_argument(
        "--format",
        choices=tuple(FORMATS),
        default=default,
        help=f"json: pretty objects (an array for several); jsonl: one compact line each; "
        f"html: a page with everything highlighted (one article); ninjs: IPTC ninjs; "
        f"jsonld: schema.org NewsArticle; csv: one row per item of --table; "
        f"parquet: every table as a Parquet dataset in --output DIR, needs "
        f"newsrec[arrow] (default: {default})",
    )
    p.add_argument(
        "--output",
        metavar="DIR",
        type=Path,
        help="write files into DIR (one per article, one per table for csv, "
        "one corpus.jsonl for jsonl) instead of standard output",
    )
    p.add_argument(
        "--ninjs-version",
        choices=("2.1", "2.2", "3.1"),
        default="2.2",
        help="the ninjs version to write (default: 2.2)",
    )
    p.add_argument(
        "--table",
        default="quotes",
        help="with --format csv on standard output: the table to write "
        "(articles, paragraphs, quotes, statistics, sources, mentions, dates; default: quotes)",
    )


def _parser() -> argparse.ArgumentParser:
    formatter = argparse.RawDescriptionHelpFormatter
    p = argparse.ArgumentParser(
        prog="newsrec",
        description="Turn news articles into typed, validated records.",
        epilog=EXAMPLES,
        formatter_class=formatter,
    )
    p.add_argument("--version", action="version", version=f"newsrec {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    parse = sub.add_parser(
        "parse",
        help="read plain-text articles (or a JSONL corpus of texts) and write records",
        description="Read plain-text articles (an optional 'date YYYY-MM-DD' header, "
        "paragraphs split by blank lines) and write them as records. A FILE ending in "
        ".jsonl is a corpus: one JSON object a line with the text under \"text\" and, "
        "optionally, id, date, title, url and language.",
        epilog=EXAMPLES,
        formatter_class=formatter,
    )
    parse.add_argument(
        "files", nargs="+", metavar="FILE", help="a text or .jsonl file, or - for stdin"
    )
    parse.add_argument("--date", type=_day, help="the publication date, overriding any header")
    parse.add_argument(
        "--jobs", type=_jobs, default=1, metavar="N", help="parse on N processes (default: 1)"
    )
    progress = parse.add_mutually_exclusive_group()
    progress.add_argument(
        "--progress", dest="progress", action="store_true", default=None,
        help="draw a progress line on stderr (default: only on a terminal)",
    )
    progress.add_argument("--no-progress", dest="progress", action="store_false")
    _add_output_options(parse, "json")

    conv = sub.add_parser(
        "convert",
        help="convert records from one format to another",
        description="Read articles in format FROM and write them in format TO.",
        epilog=EXAMPLES,
        formatter_class=formatter,
    )
    conv.add_argument(
        "source_format", choices=READABLE, metavar="FROM", help="json, jsonl or ninjs"
    )
    conv.add_argument(
        "target_format", choices=tuple(FORMATS), metavar="TO", help=", ".join(FORMATS)
    )
    conv.add_argument("files", nargs="+", metavar="FILE", help="a file, or - for stdin")
    conv.add_argument("--lenient", action="store_true", help="repair what can be read, warning")
    _add_output_options(conv, "json")

    val = sub.add_parser(
        "validate",
        help="check JSON Lines files of articles and report every bad line",
        description="Read JSON Lines files of articles; report every bad line with its "
        "file, line number and the path of each problem. Exit 1 if any line is bad.",
        epilog=EXAMPLES,
        formatter_class=formatter,
    )
    val.add_argument("files", nargs="+", metavar="FILE", help="a .jsonl file, or - for stdin")
    val.add_argument(
        "--lenient",
        action="store_true",
        help="coerce what can be read (each repair is reported as a warning)",
    )

    sch = sub.add_parser(
        "schema",
        help="print the JSON Schema (draft 2020-12) of a record's JSON",
        description="Print the JSON Schema of newsrec's JSON shape for one record type, "
        "generated from the record classes.",
        formatter_class=formatter,
    )
    sch.add_argument(
        "record",
        metavar="RECORD",
        help="Article, Quote, Source, Statistic, DateMention, Paragraph or Span",
    )
    return p


def _err(msg: str) -> None:
    print(f"newsrec: {msg}", file=sys.stderr)


def _why(e: BaseException) -> str:
    if isinstance(e, OSError) and e.strerror:
        return e.strerror
    return str(e)


class _Status:
    """The exit code so far: 1 once any input was bad."""

    def __init__(self) -> None:
        self.code = OK

    def bad(self, msg: str) -> None:
        _err(msg)
        self.code = BAD_INPUT


# -- inputs ----------------------------------------------------------------------------------


def _read_text(name: str, stdin: TextIO) -> str:
    if name == "-":
        return stdin.read()
    return Path(name).read_text(encoding="utf-8-sig")


def _parse_inputs(
    files: Sequence[str], date: dt.date | None, stdin: TextIO, status: _Status
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield (text, parse_text keyword arguments) for every input, reporting bad ones."""
    import json as std_json

    for name in files:
        if name.endswith(".jsonl"):
            try:
                with Path(name).open("rb") as f:
                    for n, raw in enumerate(f, 1):
                        if not raw.strip():
                            continue
                        try:
                            obj = std_json.loads(raw)
                            text = obj.pop("text")
                            if not isinstance(text, str):
                                raise TypeError("'text' must be a string")  # noqa: TRY301
                        except (ValueError, KeyError, TypeError, AttributeError) as e:
                            why = "no 'text'" if isinstance(e, KeyError) else str(e)
                            status.bad(f"{name}:{n}: not an input ({{\"text\": ...}}): {why}")
                            continue
                        kw = {k: obj[k] for k in _INPUT_KEYS if k in obj}
                        if date is not None:
                            kw["date"] = date
                        kw.setdefault("id", None)
                        yield text, {"_label": f"{name}:{n}", **kw}
            except OSError as e:
                status.bad(f"{name}: {_why(e)}")
            continue
        try:
            text = _read_text(name, stdin)
        except (OSError, UnicodeDecodeError) as e:
            status.bad(f"{name}: {_why(e)}")
            continue
        yield text, {"_label": name, "date": date}


def _parse(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from newsrec.corpus import ParseFailure, parse_many

    status = _Status()
    labels: list[str] = []

    def inputs() -> Iterator[dict[str, Any]]:
        for text, kw in _parse_inputs(args.files, args.date, stdin, status):
            labels.append(kw.pop("_label"))
            # The mapping form: parse_many reads an ISO 8601 "date" string too.
            yield {"text": text, **{k: v for k, v in kw.items() if v is not None}}

    def failed(f: ParseFailure) -> None:
        status.bad(f"{labels[f.index]}: {f.error}")

    if args.format == "html" and args.output is None and (
        len(args.files) > 1 or args.files[0].endswith(".jsonl")
    ):
        raise UsageError("--format html shows one article: give one text, or --output DIR")
    articles = parse_many(
        inputs(), jobs=args.jobs, ordered=True, progress=args.progress, on_error=failed
    )
    _write(args, articles, out, stem_of=lambda a, i: _stem(labels, i, a))
    return status.code


def _stem(labels: list[str], i: int, article: Article) -> str:
    """Name an output file after its input file; inputs from stdin or a corpus by article id."""
    label = labels[i] if i < len(labels) else "-"
    if label == "-" or ".jsonl:" in label:
        return article.id
    return Path(label).stem


def _read_articles(args: argparse.Namespace, stdin: TextIO, status: _Status) -> Iterator[Article]:
    strict = not args.lenient
    for name in args.files:
        label = "<stdin>" if name == "-" else name
        try:
            if args.source_format == "jsonl":
                # stdin as bytes, like a file: bad UTF-8 is one bad line, not the end.
                source: Any = getattr(stdin, "buffer", stdin) if name == "-" else name

                def bad_line(b: nr_jsonl.BadLine, lab: str = label) -> None:
                    status.bad(f"{lab}:{b.line}: {b.error}")

                yield from nr_jsonl.read(source, Article, strict=strict, on_error=bad_line)
                continue
            data = _read_text(name, stdin)
            if args.source_format == "ninjs":
                from newsrec import ninjs

                yield ninjs.loads(data, strict=strict)
                continue
            obj = nr_json.decode(data)
            items = obj if isinstance(obj, list) else [obj]
            for i, item in enumerate(items):
                try:
                    yield nr_json.from_builtins(item, Article, strict=strict)
                except ValidationError as e:
                    where = f"[{i}]" if isinstance(obj, list) else ""
                    status.bad(f"{label}{where}: {e}")
        except (OSError, UnicodeDecodeError, DecodeError, ValidationError) as e:
            status.bad(f"{label}: {_why(e)}")


def _convert(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    status = _Status()
    _write(args, _read_articles(args, stdin, status), out, stem_of=lambda a, _: a.id)
    return status.code


# -- outputs ---------------------------------------------------------------------------------


def _render(fmt: str, args: argparse.Namespace) -> Callable[[Article], str]:
    if fmt == "json":
        return lambda a: nr_json.dumps(a, indent=2)
    if fmt == "jsonl":
        return nr_json.dumps
    if fmt == "html":
        from newsrec import html

        return html.dumps
    if fmt == "ninjs":
        from newsrec import ninjs

        version = args.ninjs_version
        return lambda a: ninjs.dumps(a, version=version, indent=2)
    from newsrec import jsonld

    return lambda a: jsonld.dumps(a, indent=2)


def _write(
    args: argparse.Namespace,
    articles: Iterator[Article],
    out: TextIO,
    *,
    stem_of: Callable[[Article, int], str],
) -> None:
    fmt = args.format if args.command == "parse" else args.target_format
    if fmt == "csv":
        _write_csv(args, articles, out)
        return
    if fmt == "parquet":
        _write_parquet(args, articles)
        return
    render = _render(fmt, args)
    if args.output is not None:
        args.output.mkdir(parents=True, exist_ok=True)
        if fmt == "jsonl":
            nr_jsonl.write(args.output / "corpus.jsonl", articles)
            return
        ext = FORMATS[fmt][0]
        for i, a in enumerate(articles):
            path = args.output / f"{stem_of(a, i)}.{ext}"
            path.write_text(render(a) + "\n", encoding="utf-8")
        return
    if fmt == "jsonl":
        for a in articles:
            out.write(render(a) + "\n")
        return
    # One article: the document itself; several: a JSON array of them.
    first = next(articles, None)
    second = next(articles, None)
    if first is None:
        return
    if second is None:
        out.write(render(first) + "\n")
        return
    if not FORMATS[fmt][1]:
        raise UsageError(f"--format {fmt} shows one article: give one input, or --output DIR")
    out.write("[\n" + render(first))
    for a in itertools.chain((second,), articles):
        out.write(",\n" + render(a))
    out.write("\n]\n")


def _write_parquet(args: argparse.Namespace, articles: Iterator[Article]) -> None:
    from newsrec import tables

    if args.output is None:
        raise UsageError("--format parquet writes a folder of tables: give --output DIR")
    if importlib.util.find_spec("pyarrow") is None:
        raise UsageError("--format parquet needs pyarrow: pip install 'newsrec[arrow]'")
    tables.write_parquet(articles, args.output)


def _write_csv(args: argparse.Namespace, articles: Iterator[Article], out: TextIO) -> None:
    from newsrec import tables

    if args.output is None:
        if args.table not in tables.TABLES:
            names = ", ".join(tables.TABLES)
            raise UsageError(f"--table must be one of {names} (got {args.table!r})")
        tables.to_csv(articles, args.table, out)
        return
    args.output.mkdir(parents=True, exist_ok=True)
    kept = list(articles)  # every table reads them again
    for table in tables.TABLES:
        with (args.output / f"{table}.csv").open("w", encoding="utf-8", newline="") as f:
            tables.to_csv(kept, table, f)


# -- validate, schema ------------------------------------------------------------------------


def _validate(args: argparse.Namespace, stdin: TextIO) -> int:
    import warnings

    status = OK
    for name in args.files:
        label = "<stdin>" if name == "-" else name
        # Standard input is read as bytes, like a file: a line of bad UTF-8 is one bad line,
        # not the end of the stream.
        source: Any = getattr(stdin, "buffer", stdin) if name == "-" else name
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", NewsrecWarning)
            try:
                result = nr_jsonl.read_all(source, Article, strict=not args.lenient)
            except (OSError, UnicodeDecodeError) as e:
                _err(f"{label}: {_why(e)}")
                status = BAD_INPUT
                continue
        for w in caught:
            _err(f"{label}: warning: {w.message}")
        good, bad = len(result.records), len(result.bad_lines)
        for b in result.bad_lines:
            _err(f"{label}:{b.line}: {b.error}")
        print(f"{label}: {good} good record{'s' * (good != 1)}, {bad} bad line{'s' * (bad != 1)}")
        if bad:
            status = BAD_INPUT
    return status


def _schema(args: argparse.Namespace, out: TextIO) -> int:
    from newsrec import schema

    try:
        cls = schema.record_type(args.record)
    except ValueError as e:
        raise UsageError(str(e)) from None
    out.write(schema.dumps(cls) + "\n")
    return OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``newsrec`` command line; return the exit code.

    Args:
        argv: The arguments, without the program name; ``sys.argv[1:]`` by default.

    .. versionadded:: 0.1.0
    """
    parser = _parser()
    args = parser.parse_args(argv)
    stdin, out = sys.stdin, sys.stdout
    try:
        if args.command == "parse":
            return _parse(args, out, stdin)
        if args.command == "convert":
            return _convert(args, out, stdin)
        if args.command == "schema":
            return _schema(args, out)
        return _validate(args, stdin)
    except UsageError as e:
        parser.print_usage(sys.stderr)
        _err(str(e))
        return USAGE
    except NewsrecError as e:  # pragma: no cover - every input error is reported above
        _err(str(e))
        return BAD_INPUT
    except BrokenPipeError:  # e.g. piped into head: not an error of ours
        sys.stderr.close()
        return OK
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
