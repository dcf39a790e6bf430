#!/bin/sh
# bench_calendar.sh — the calendar's benchmarks (run from the repository root
# by tests/bench/run.sh, after `make`).  Builds the driver
# tests/bench/bench_calendar.c into build/bench/ against the module objects
# of the last build and prints its markdown tables.
set -eu
cd "$(dirname "$0")/../.."
mkdir -p build/bench
# shellcheck disable=SC2046
${CC:-cc} -O2 -std=gnu11 -Iext $(pkg-config --cflags sqlite3 icu-uc icu-i18n) \
  -o build/bench/bench_calendar tests/bench/bench_calendar.c build/*.o \
  $(pkg-config --libs sqlite3 icu-uc icu-i18n) -lm
build/bench/bench_calendar ./dist/zaban
