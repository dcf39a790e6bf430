#!/bin/sh
# test_python_package.sh — `pip install ./bindings/python` into a fresh venv
# of Debian's python3, offline (--no-index; setuptools and wheel are Debian's),
# then `import zaban; zaban.load(conn)` as a user would, and the error a
# connection that cannot load extensions gets.  Run from the repository root
# by tests/run.sh; prints "ok …" / "FAIL …" lines.
set -u
PYTHON=${PYTHON:-/usr/bin/python3}
venv=$(mktemp -d)
trap 'rm -rf "$venv" bindings/python/build bindings/python/zaban.egg-info' EXIT
status=0
same() { # label expected actual
  if [ "$2" = "$3" ]; then echo "ok $1"; else echo "FAIL $1: got '$3', expected '$2'"; status=1; fi
}

if ! "$PYTHON" -m venv --system-site-packages "$venv" > "$venv.log" 2>&1; then
  echo "FAIL python3 -m venv: $(cat "$venv.log")"; rm -f "$venv.log"; exit 1
fi
rm -f "$venv.log"
log=$("$venv/bin/pip" install --no-index --no-build-isolation ./bindings/python 2>&1)
same "pip install ./bindings/python" "0" "$?"
[ $status -eq 0 ] || { printf '%s\n' "$log" | tail -20; exit 1; }
cd "$venv"                 # away from the clone: the installed package, not the sources
same "import zaban; zaban.load(conn)" "person:hossein-amir-abdollahian|1" "$("$venv/bin/python" -c '
import sqlite3, zaban
conn = zaban.load(sqlite3.connect(":memory:"))
row = conn.execute("SELECT entity FROM entities(?)", ("Amir Abdollahian",)).fetchone()
print(row[0], conn.execute("SELECT fold(?) = fold(?)", ("ي", "ی")).fetchone()[0], sep="|")' 2>&1)"
same "zaban.path() is inside the package" "True" "$("$venv/bin/python" -c '
import os, zaban
print(zaban.path().startswith(os.path.dirname(zaban.__file__)) and os.path.exists(zaban.path() + ".so"))' 2>&1)"
same "a sqlite3 that cannot load extensions: the error names the fix" "ExtensionLoadingUnavailable|1" \
  "$("$venv/bin/python" -c '
import zaban
class NoLoading: pass
try:
    zaban.load(NoLoading())
except zaban.ExtensionLoadingUnavailable as e:
    print(type(e).__name__, int("--enable-loadable-sqlite-extensions" in str(e)), sep="|")' 2>&1)"
exit $status
