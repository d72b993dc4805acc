#!/usr/bin/env bash
# Bounded atheris run of both harnesses, for CI (issue #6): about 2 x SECONDS seconds.
#   bash tests/fuzz/run.sh            # 30 s per harness
#   bash tests/fuzz/run.sh 3600       # the longer run: an hour per harness
#   FUZZ_SEED=7 bash tests/fuzz/run.sh  # replayable: libFuzzer's -seed and PYTHONHASHSEED
# Needs `pip install atheris` (CPython wheels for Linux and macOS). Exit status is
# non-zero if a harness finds a crash; the input is kept in $WORK/<harness>-crash-*.
#
# Without FUZZ_SEED every run explores new inputs. CI sets one, so that its runs
# draw much the same inputs (not quite the same: memory layout also steers what
# counts as new) and a red CI points at the change, not at the draw. The crash
# file replays exactly. The exploring runs are the long ones (docs/howto/fuzzing.md).
#
# libFuzzer's progress lines go to $WORK/<harness>.log, not to the terminal: a CI
# log keeps only its end, and the end is what this prints - each harness's final
# stats and, for a failure, the log's last lines, the failing input (as Python
# text and as base64) and its traceback, replayed.
set -euo pipefail
SECONDS_PER_HARNESS="${1:-30}"
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PY="${PYTHON:-python}"
case "$PY" in */*) PY="$(cd "$(dirname "$PY")" && pwd)/$(basename "$PY")" ;; esac  # we cd below
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

seed_opts=()
if [ -n "${FUZZ_SEED:-}" ]; then
    seed_opts=(-seed="$FUZZ_SEED")
    export PYTHONHASHSEED="$FUZZ_SEED"  # set order steers which inputs count as new
fi

status=0
for h in parse json; do
    echo "==> fuzz_$h.py for ${SECONDS_PER_HARNESS}s (log: $WORK/$h.log)"
    rc=0
    (cd "$WORK" && "$PY" "$HERE/fuzz_$h.py" "$WORK/corpus_$h" \
        -max_total_time="$SECONDS_PER_HARNESS" -dict="$HERE/$h.dict" \
        -artifact_prefix="$WORK/$h-" -print_final_stats=1 "${seed_opts[@]}") \
        >"$WORK/$h.log" 2>&1 || rc=$?
    grep -E '^(INFO: Seed|Done|stat::)' "$WORK/$h.log" || true
    if [ "$rc" -ne 0 ]; then
        status=$rc
        echo "!!! fuzz_$h.py exited with $rc; the end of its log:"
        grep -Ev '^(#[0-9]+|INFO: Instrumenting)' "$WORK/$h.log" | tail -n 60
        for crash in "$WORK/$h-"*; do
            [ -f "$crash" ] || continue
            echo "!!! the input in $crash:"
            "$PY" - "$crash" <<'PY'
import base64, pathlib, sys
data = pathlib.Path(sys.argv[1]).read_bytes()
print("bytes:", len(data))
print("repr:", repr(data[:2000]))
print("base64:", base64.b64encode(data).decode())
PY
            echo "!!! replayed:"
            (cd "$WORK" && "$PY" "$HERE/fuzz_$h.py" "$crash" 2>&1 \
                | grep -Ev '^(INFO|WARNING)' | tail -n 60) || true
        done
    fi
done
echo "work folder: $WORK"
exit "$status"
