#!/bin/sh
# bench_calendar.sh — the calendar's benchmarks (run from the repository root
# by tests/bench/run.sh, from `make bench`, which passes the module objects
# in $OBJ and the libraries in $LIBS).  Builds the driver
# tests/bench/bench_calendar.c into build/bench/ against those objects and
# prints its markdown tables.
set -eu
cd "$(dirname "$0")/../.."
mkdir -p build/bench
# shellcheck disable=SC2046
${CC:-cc} -O2 -std=gnu11 -Iext $(pkg-config --cflags sqlite3 icu-uc icu-i18n) \
  -o build/bench/bench_calendar tests/bench/bench_calendar.c $OBJ \
  $(pkg-config --libs sqlite3) $LIBS -lm
build/bench/bench_calendar ./dist/zaban
