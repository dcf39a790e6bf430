#!/bin/bash
# run.sh — runs every zaban test, one line per suite as it finishes, and ends
# with the checks that were skipped and why, then "N passed, N failed".
#
#   golden        tests/*.sql through the real sqlite3 shell, output compared
#                 with tests/*.expected (stdout and stderr together)
#   golden-asan   the same golden files on build/asan/zaban.so, with the ASan
#                 and UBSan runtimes preloaded into the (uninstrumented) shell;
#                 any sanitizer report fails the test
#   unit          build/unit/test_* (C unit tests of the modules' algorithms,
#                 and the fuzz target's smoke test under ASan/UBSan)
#   python        tests/python/*.py with Debian's python3 sqlite3 module, on
#                 the release build and again on the ASan/UBSan build
#   install       tests/install/*.sh: make install into a temporary DESTDIR,
#                 the Python package in a venv, the Node client
#
# A check that needs what a user's clone lacks (../shared, the data shared
# with the project's developers; the npm registry) says SKIPPED, and is
# listed at the end.  Called by `make test`, which builds everything first.
# Run one golden test by hand with:
#   sqlite3 :memory: -cmd '.load dist/zaban' < tests/X.sql
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
: > "$out/skipped"

# The sanitizer runtimes of the compiler that built build/asan.
asan_rt=$("$CC" -print-file-name=libasan.so)
ubsan_rt=$("$CC" -print-file-name=libubsan.so)
with_sanitizers() {
  LD_PRELOAD="$asan_rt $ubsan_rt" ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}:exitcode=86 \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 "$@"
}

# Each suite counts into suite_passed/suite_failed and reports when done.
suite_begin() { suite=$1; suite_passed=0; suite_failed=0; }
suite_end() {
  echo "$suite: $suite_passed passed, $suite_failed failed"
  passed=$((passed + suite_passed)); failed=$((failed + suite_failed))
}
pass() { suite_passed=$((suite_passed + ${1:-1})); }
fail() { suite_failed=$((suite_failed + 1)); echo "FAIL $1"; [ -n "${2:-}" ] && printf '%s\n' "$2" | head -40; }
# Keeps the SKIPPED lines of a test's output for the closing summary.
note_skips() { # test-name output
  printf '%s\n' "$2" | grep -E 'SKIPPED' | sed "s|^|$1: |" >> "$out/skipped"
}

suite_begin golden
for sql in tests/*.sql; do
  name=$(basename "$sql" .sql)
  if [ ! -f "tests/$name.expected" ]; then fail "golden $name" "no tests/$name.expected"; continue; fi
  "$SQLITE3" -batch :memory: -cmd ".load ./$EXT" < "$sql" > "$out/$name.out" 2>&1
  if diff -u "tests/$name.expected" "$out/$name.out" > "$out/$name.diff"; then pass
  else fail "golden $name" "$(cat "$out/$name.diff")"; fi
done
suite_end

suite_begin golden-asan
for sql in tests/*.sql; do
  name=$(basename "$sql" .sql)
  [ -f "tests/$name.expected" ] || continue
  ASAN_OPTIONS=detect_leaks=1:suppressions=$PWD/tests/asan.supp \
  LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0 \
    with_sanitizers "$SQLITE3" -batch :memory: -cmd ".load ./$ASAN_EXT" < "$sql" > "$out/$name.asan" 2>&1
  rc=$?
  if grep -q -E 'ERROR: (Address|Leak)Sanitizer|runtime error:' "$out/$name.asan" || [ $rc -eq 86 ]; then
    fail "asan $name" "$(grep -A30 -E 'Sanitizer|runtime error' "$out/$name.asan")"
  elif ! diff -q "tests/$name.expected" "$out/$name.asan" >/dev/null; then
    fail "asan $name" "$(diff -u "tests/$name.expected" "$out/$name.asan")"
  else pass; fi
done
suite_end

# C unit tests print "unit NAME: P passed, F failed" as their last line.
suite_begin unit
for bin in build/unit/test_*; do
  [ -x "$bin" ] || continue
  log=$("$bin" 2>&1); rc=$?
  line=$(printf '%s\n' "$log" | tail -1)
  p=$(printf '%s' "$line" | sed -n 's/.*: \([0-9]*\) passed, \([0-9]*\) failed/\1/p')
  f=$(printf '%s' "$line" | sed -n 's/.*: \([0-9]*\) passed, \([0-9]*\) failed/\2/p')
  if [ -z "$p" ] || [ $rc -ne 0 ]; then fail "$(basename "$bin")" "$log"; continue; fi
  pass "$p"
  suite_failed=$((suite_failed + f))
  note_skips "$(basename "$bin")" "$log"
  [ "$f" -eq 0 ] || printf '%s\n' "$log" | grep -E '^FAIL' | head -20
done
suite_end

# Python tests: release build, then ASan/UBSan (leaks are checked by the
# golden runs: the Python interpreter itself does not free everything).
suite_begin python
for py in tests/python/test_*.py; do
  [ -f "$py" ] || continue
  log=$("$PYTHON" "$py" "$EXT" 2>&1); rc=$?
  note_skips "$(basename "$py")" "$log"
  if [ $rc -eq 0 ]; then pass; else fail "python $(basename "$py")" "$log"; fi
  log=$(with_sanitizers "$PYTHON" "$py" "$ASAN_EXT" 2>&1); rc=$?
  if [ $rc -eq 0 ]; then pass; else fail "python-asan $(basename "$py")" "$log"; fi
done
suite_end

# Installation and clients: each script prints "ok …", "FAIL …" or
# "SKIPPED …" lines.
suite_begin install
for sh in tests/install/test_*.sh; do
  [ -f "$sh" ] || continue
  log=$(SQLITE3=$SQLITE3 PYTHON=$PYTHON CC=$CC sh "$sh" 2>&1); rc=$?
  pass "$(printf '%s\n' "$log" | grep -c '^ok ')"
  note_skips "$(basename "$sh")" "$log"
  printf '%s\n' "$log" | grep '^FAIL' | while read -r line; do echo "$line"; done
  suite_failed=$((suite_failed + $(printf '%s\n' "$log" | grep -c '^FAIL')))
  [ $rc -eq 0 ] || [ "$(printf '%s\n' "$log" | grep -c '^FAIL')" -gt 0 ] || fail "$(basename "$sh")" "$log"
done
suite_end

# One line: how many checks were skipped, grouped by why.  Those that need
# ../shared are counted together; any other reason is shown as the test said
# it ("SKIPPED <what>: <why>").
if [ -s "$out/skipped" ]; then
  awk '/shared/ { n++; next }
       { sub(/.*SKIPPED[: ]*/, ""); other[$0]++ }
       END {
         line = "skipped:"
         if( n ) line = line " " n " check" (n > 1 ? "s" : "") " that need ../shared (the developers'"'"' data, not in a user'"'"'s clone)"
         for( r in other ) line = line (line == "skipped:" ? " " : "; ") r (other[r] > 1 ? " (" other[r] " checks)" : "")
         print line
       }' "$out/skipped"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
