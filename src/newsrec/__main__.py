"""The ``newsrec`` command line: parse articles, validate JSON Lines corpora.

Exit codes: 0 all inputs good, 1 some input bad (each reported on stderr with
its file and line), 2 usage errors.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from newsrec import __version__
from newsrec import json as nr_json
from newsrec import jsonl as nr_jsonl
from newsrec._text import parse_text
from newsrec.errors import NewsrecError, NewsrecWarning
from newsrec.records import Article

EXAMPLES = """\
examples:
  newsrec parse examples/kazakhstan.txt            one article as pretty JSON
  newsrec parse --format jsonl news/*.txt > a.jsonl  many articles, one per line
  cat article.txt | newsrec parse -                read standard input
  newsrec validate a.jsonl                         report every bad line
"""

OK, BAD_INPUT, USAGE = 0, 1, 2


def _day(s: str) -> dt.date:
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {s!r}") from None


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsrec",
        description="Turn news articles into typed, validated records.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"newsrec {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    parse = sub.add_parser(
        "parse",
        help="read plain-text articles and print them as records",
        description="Read plain-text articles (an optional 'date YYYY-MM-DD' header, "
        "paragraphs split by blank lines) and print them as JSON records.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parse.add_argument("files", nargs="+", metavar="FILE", help="a text file, or - for stdin")
    parse.add_argument(
        "--format",
        choices=("json", "jsonl"),
        default="json",
        help="json: one pretty object per article (an array for several); "
        "jsonl: one compact line per article (default: json)",
    )
    parse.add_argument("--date", type=_day, help="the publication date, overriding any header")

    val = sub.add_parser(
        "validate",
        help="check JSON Lines files of articles and report every bad line",
        description="Read JSON Lines files of articles; report every bad line with its "
        "file, line number and the path of each problem. Exit 1 if any line is bad.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    val.add_argument("files", nargs="+", metavar="FILE", help="a .jsonl file, or - for stdin")
    val.add_argument(
        "--lenient",
        action="store_true",
        help="coerce what can be read (each repair is reported as a warning)",
    )
    return p


def _read_text(name: str, stdin: TextIO) -> str:
    if name == "-":
        return stdin.read()
    return Path(name).read_text(encoding="utf-8-sig")


def _err(msg: str) -> None:
    print(f"newsrec: {msg}", file=sys.stderr)


def _parse(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    status = OK
    articles: list[Article] = []
    for name in args.files:
        try:
            art = parse_text(_read_text(name, stdin), date=args.date)
        except (OSError, UnicodeDecodeError, NewsrecError) as e:
            _err(f"{name}: {e.strerror if isinstance(e, OSError) and e.strerror else e}")
            status = BAD_INPUT
            continue
        if args.format == "jsonl":
            out.write(nr_json.dumps(art) + "\n")
        else:
            articles.append(art)
    if args.format == "json" and articles:
        if len(args.files) == 1:
            out.write(nr_json.dumps(articles[0], indent=2) + "\n")
        else:
            items = ",\n".join(nr_json.dumps(a, indent=2) for a in articles)
            out.write(f"[\n{items}\n]\n")
    return status


def _validate(args: argparse.Namespace, stdin: TextIO) -> int:
    import warnings

    status = OK
    for name in args.files:
        label = "<stdin>" if name == "-" else name
        good = bad = 0
        # Standard input is read as bytes, like a file: a line of bad UTF-8 is one bad line,
        # not the end of the stream.
        source = getattr(stdin, "buffer", stdin) if name == "-" else name
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", NewsrecWarning)
            try:
                result = nr_jsonl.read_all(source, Article, strict=not args.lenient)
            except (OSError, UnicodeDecodeError) as e:
                _err(f"{label}: {e.strerror if isinstance(e, OSError) and e.strerror else e}")
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


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``newsrec`` command line; return the exit code.

    Args:
        argv: The arguments, without the program name; ``sys.argv[1:]`` by default.

    .. versionadded:: 0.1.0
    """
    args = _parser().parse_args(argv)
    stdin = sys.stdin
    try:
        if args.command == "parse":
            return _parse(args, sys.stdout, stdin)
        return _validate(args, stdin)
    except BrokenPipeError:  # e.g. piped into head: not an error of ours
        sys.stderr.close()
        return OK
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
