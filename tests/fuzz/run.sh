#!/usr/bin/env bash
# Bounded atheris run of both harnesses, for CI (issue #6): about 2 x SECONDS seconds.
#   bash tests/fuzz/run.sh            # 30 s per harness
#   bash tests/fuzz/run.sh 3600       # the longer run: an hour per harness
# Needs `pip install atheris` (CPython wheels for Linux and macOS). Exit status is
# non-zero if a harness finds a crash; the input is kept in $WORK/crash-*.
set -euo pipefail
SECONDS_PER_HARNESS="${1:-30}"
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PY="${PYTHON:-python}"
WORK="${FUZZ_WORK:-$(mktemp -d -t newsrec-fuzz.XXXXXX)}"
mkdir -p "$WORK/corpus_parse" "$WORK/corpus_json"

# Seeds: the bundled articles, and records as newsrec writes them (2 flag bytes first).
cp "$ROOT"/examples/*.txt "$WORK/corpus_parse/" 2>/dev/null || true
"$PY" - "$WORK/corpus_json" "$ROOT/examples" <<'PY'
import pathlib, sys, warnings
import newsrec, newsrec.json
from newsrec._convert import RECORDS
out, examples = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
warnings.simplefilter("ignore", newsrec.NewsrecWarning)
arts = [newsrec.parse_text(p.read_text(encoding="utf-8")) for p in sorted(examples.glob("*.txt"))]
arts.append(newsrec.parse_text("“Hi,” he said. 3,000 people, according to police, on Friday."))
records = list(arts)
for a in arts:
    records += [*a.paragraphs[:2], *a.quotes[:2], *a.sources[:2], *a.statistics[:2], *a.dates[:2]]
records.append(newsrec.Span(0, 1))
for i, r in enumerate(records):
    (out / f"seed-{i}").write_bytes(bytes([RECORDS.index(type(r)), 3]) + newsrec.json.dumps(r).encode())
PY

status=0
for h in parse json; do
    echo "==> fuzz_$h.py for ${SECONDS_PER_HARNESS}s"
    (cd "$WORK" && "$PY" "$HERE/fuzz_$h.py" "$WORK/corpus_$h" \
        -max_total_time="$SECONDS_PER_HARNESS" -dict="$HERE/$h.dict" \
        -artifact_prefix="$WORK/$h-" -print_final_stats=1 2>&1 \
        | grep -Ev '^INFO: Instrumenting') || status=$?
done
echo "work folder: $WORK"
exit "$status"
