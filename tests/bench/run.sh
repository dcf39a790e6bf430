#!/bin/sh
# run.sh — runs every benchmark in tests/bench/ (bench_*.py with Debian's
# python3, bench_*.sh with sh) after `make`; prints markdown tables.
# Benchmarks report numbers; they never fail on speed.
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-/usr/bin/python3}
for b in tests/bench/bench_*.py; do
  [ -f "$b" ] && (cd tests/bench && "$PYTHON" "$(basename "$b")")
done
for b in tests/bench/bench_*.sh; do
  [ -f "$b" ] && sh "$b"
done
