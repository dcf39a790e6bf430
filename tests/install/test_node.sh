#!/bin/sh
# test_node.sh — the Node client: bindings/node's example run with the npm
# package libsql installed from the registry into a temporary copy of the
# folder.  Says SKIPPED (and passes) where node or the npm registry is
# absent.  Run from the repository root by tests/run.sh; prints "ok …",
# "FAIL …" or "SKIPPED …" lines.
set -u
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "SKIPPED Node client: node or npm is not installed"; exit 0
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cp bindings/node/package.json bindings/node/index.js bindings/node/example.js "$dir"
if ! (cd "$dir" && timeout 300 npm install --no-audit --no-fund --loglevel=error > npm.log 2>&1); then
  echo "SKIPPED Node client: npm install libsql failed (no registry?): $(tail -1 "$dir/npm.log")"; exit 0
fi
expected='Amir Abdollahian|person:hossein-amir-abdollahian
Fuad Hussein|person:fuad-hussein
امیرعبداللهیان|person:hossein-amir-abdollahian'
root=$PWD
got=$(cd "$dir" && ZABAN_EXTENSION="$root/dist/zaban" node example.js 2>&1)
if [ "$got" = "$expected" ]; then echo "ok node example.js with libsql"
else echo "FAIL node example.js: got '$got'"; exit 1; fi
