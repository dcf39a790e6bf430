#!/bin/bash
# run.sh — runs every zaban test and ends with "N passed, N failed".
#
#   golden   tests/*.sql through the real sqlite3 shell, output compared with
#            tests/*.expected (stdout and stderr together)
#   asan     the same golden files on build/asan/zaban.so, with the ASan and
#            UBSan runtimes preloaded into the (uninstrumented) shell; any
#            sanitizer report fails the test
#   unit     build/unit/test_* (C unit tests of the modules' algorithms)
#   python   tests/python/*.py with Debian's python3 sqlite3 module, on the
#            release build and on the ASan/UBSan build
#
# Tests that read ../shared (present in CI, absent from a user's clone) say
# SKIPPED when it is absent; those lines are shown here.
#
# Called by `make test`, which builds everything first.  Run one golden
# test by hand with:  sqlite3 :memory: -cmd '.load dist/zaban' < tests/X.sql
set -u
cd "$(dirname "$0")/.."
SQLITE3=${SQLITE3:-sqlite3}
PYTHON=${PYTHON:-/usr/bin/python3}
CC=${CC:-cc}
EXT=dist/zaban
ASAN_EXT=build/asan/zaban
passed=0
failed=0
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL $1"; [ -n "${2:-}" ] && printf '%s\n' "$2" | head -40; }

# Runs one golden file with the given extension; output into $out/$name.
run_golden() { # ext file
  "$SQLITE3" -batch :memory: -cmd ".load ./$1" < "$2" 2>&1
}

# The golden files must run from the repository root (they read tests/data/).
for sql in tests/*.sql; do
  name=$(basename "$sql" .sql)
  expected=tests/$name.expected
  if [ ! -f "$expected" ]; then fail "golden $name" "no $expected"; continue; fi
  run_golden "$EXT" "$sql" > "$out/$name.out"
  if diff -u "$expected" "$out/$name.out" > "$out/$name.diff"; then pass
  else fail "golden $name" "$(cat "$out/$name.diff")"; fi
done

# The sanitizer runtimes of the compiler that built build/asan.
asan_rt=$("$CC" -print-file-name=libasan.so)
ubsan_rt=$("$CC" -print-file-name=libubsan.so)
for sql in tests/*.sql; do
  name=$(basename "$sql" .sql)
  [ -f "tests/$name.expected" ] || continue
  LD_PRELOAD="$asan_rt $ubsan_rt" \
  ASAN_OPTIONS=detect_leaks=1:exitcode=86:suppressions=$PWD/tests/asan.supp \
  LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0 \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "$SQLITE3" -batch :memory: -cmd ".load ./$ASAN_EXT" < "$sql" > "$out/$name.asan" 2>&1
  rc=$?
  if grep -q -E 'ERROR: (Address|Leak)Sanitizer|runtime error:' "$out/$name.asan" || [ $rc -eq 86 ]; then
    fail "asan $name" "$(grep -A30 -E 'Sanitizer|runtime error' "$out/$name.asan")"
  elif ! diff -q "tests/$name.expected" "$out/$name.asan" >/dev/null; then
    fail "asan $name" "$(diff -u "tests/$name.expected" "$out/$name.asan")"
  else pass; fi
done

# C unit tests print "unit NAME: P passed, F failed" as their last line.
for bin in build/unit/test_*; do
  [ -x "$bin" ] || continue
  log=$("$bin" 2>&1); rc=$?
  line=$(printf '%s\n' "$log" | tail -1)
  p=$(printf '%s' "$line" | sed -n 's/.*: \([0-9]*\) passed, \([0-9]*\) failed/\1/p')
  f=$(printf '%s' "$line" | sed -n 's/.*: \([0-9]*\) passed, \([0-9]*\) failed/\2/p')
  if [ -z "$p" ] || [ $rc -ne 0 ]; then fail "$(basename "$bin")" "$log"; continue; fi
  passed=$((passed + p)); failed=$((failed + f))
  printf '%s\n' "$log" | grep -E 'SKIPPED' | sed "s|^|$(basename "$bin"): |"
  [ "$f" -eq 0 ] || printf '%s\n' "$log" | grep -E '^FAIL' | head -20
done

# Python tests load the extension through Debian's sqlite3 module, the
# release build and then the ASan/UBSan one (leaks are checked by the golden
# runs: the Python interpreter itself does not free everything at exit).
for py in tests/python/test_*.py; do
  [ -f "$py" ] || continue
  log=$("$PYTHON" "$py" "$EXT" 2>&1); rc=$?
  printf '%s\n' "$log" | grep -E 'SKIPPED' | sed "s|^|$(basename "$py"): |"
  if [ $rc -eq 0 ]; then pass; else fail "python $(basename "$py")" "$log"; fi
  log=$(LD_PRELOAD="$asan_rt $ubsan_rt" ASAN_OPTIONS=detect_leaks=0:exitcode=86 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 "$PYTHON" "$py" "$ASAN_EXT" 2>&1); rc=$?
  if [ $rc -eq 0 ]; then pass; else fail "python-asan $(basename "$py")" "$log"; fi
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
