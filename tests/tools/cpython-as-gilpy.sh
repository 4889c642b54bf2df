#!/usr/bin/env bash
# A stand-in for the gilpy binary that runs CPython 3.11, for checking the test harness and
# the corpus while gilpy itself cannot run:
#   GILPY_BIN=tests/tools/cpython-as-gilpy.sh cargo test --release
# Every corpus script then passes except those in tests/DIFFERENCES.md.
# It answers --version and --help like gilpy and drops gilpy-only flags (--no-gil, -X gil=0)
# given before the script. Set GILPY_CPYTHON to CPython's real executable to avoid the cost
# of resolving it on each run (a pyenv shim adds ~0.1 s per start).
set -u
PY="${GILPY_CPYTHON:-}"
if [ -z "$PY" ]; then
  PY="$(python3 -c 'import sys; print(sys.executable)')"
fi
case "${1:-}" in
  --version) echo "gilpy 0.0.0 (CPython stand-in)"; exit 0 ;;
  --help|-h) echo "usage: gilpy [option] ... [-c cmd | file | -] [arg] ... (CPython stand-in)"; exit 0 ;;
esac
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --no-gil) shift ;;
    -X) if [ "${2:-}" = "gil=0" ] || [ "${2:-}" = "gil=1" ]; then shift 2; else args+=("$1"); shift; fi ;;
    -*) args+=("$1"); shift; [ "${args[-1]}" = "-c" ] && break ;;
    *) break ;;
  esac
done
exec "$PY" -S -B "${args[@]}" "$@"
