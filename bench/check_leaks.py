"""List the lines of the repository that repeat text of the evaluation corpora.

The evaluation corpora (PolNeAR, NewsQuant, quantulum3's test sentences) are for
internal evaluation only: no test, doc, comment or example may quote them. This
prints every line of a source, test or doc file that shares a run of ``--words``
words (case and punctuation ignored) with any text of the JSON Lines files given,
leaving out runs the bundled sample article has too. Exit status 1 if any is found.

    python bench/check_leaks.py ../shared/eval/polnear/dev.jsonl \\
        ../shared/eval/newsquant/dev.jsonl ../shared/eval/quantulum3/dev.jsonl

Run it before a commit that adds examples; CI has no corpora to run it with.
"""

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORD = re.compile(r"\w+")
SUFFIXES = {".py", ".md", ".rst", ".txt", ".toml", ".cfg", ".json", ".jsonl"}
SKIP = {".git", "_build", "build", "dist", "node_modules"}
#: Third-party text shipped as is (the IPTC ninjs schemas), not examples of ours.
THIRD_PARTY = ("src/newsrec/data/",)


def runs(text: str, n: int) -> set[str]:
    """Every run of ``n`` consecutive words of ``text``, lower-cased."""
    words = [w.lower() for w in WORD.findall(text)]
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


def files() -> list[Path]:
    """The repository's text files, without virtual environments and build output."""
    out = []
    for path in ROOT.rglob("*"):
        parts = path.relative_to(ROOT).parts
        if any(p in SKIP or p.startswith(".") for p in parts[:-1]) or "venv" in str(path):
            continue
        if path.as_posix().removeprefix(ROOT.as_posix() + "/").startswith(THIRD_PARTY):
            continue
        if path.is_file() and path.suffix in SUFFIXES:
            out.append(path)
    return sorted(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="+", help="JSON Lines files whose records have a text")
    ap.add_argument("--words", type=int, default=6, help="run length (default 6)")
    args = ap.parse_args(argv)
    corpus: set[str] = set()
    for name in args.corpora:
        with Path(name).open(encoding="utf-8") as f:
            for line in f:
                corpus |= runs(json.loads(line)["text"], args.words)
    corpus -= runs((ROOT / "examples" / "kazakhstan.txt").read_text(encoding="utf-8"), args.words)
    found = 0
    for path in files():
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except UnicodeDecodeError:
            continue
        for i, line in enumerate(lines):
            # A run may wrap onto the next line: the pair is checked as well.
            pair = line + " " + lines[i + 1] if i + 1 < len(lines) else line
            if runs(line, args.words) & corpus or runs(pair, args.words) & corpus:
                found += 1
                print(f"{path.relative_to(ROOT)}:{i + 1}: {line.strip()[:120]}")
    print(f"{found} line{'s' if found != 1 else ''} repeat {args.words} words of the corpora")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
