#!/bin/sh
# test_install.sh — `make install` into a temporary DESTDIR, then use what it
# installed as users would: the sqlite3 shell loads the installed zaban.so,
# and a C program is built with `pkg-config --cflags --libs zaban` against the
# installed header and static library; `make uninstall` removes every file.
# Run from the repository root by tests/run.sh; prints one line per check
# ("ok ..." or "FAIL ...") and exits 1 if any failed.
set -u
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT
prefix=/usr/local
status=0
check() { # label command...
  label=$1; shift
  if out=$("$@" 2>&1); then echo "ok $label"; else echo "FAIL $label: $out"; status=1; fi
}
same() { # label expected actual
  if [ "$2" = "$3" ]; then echo "ok $1"; else echo "FAIL $1: got '$3', expected '$2'"; status=1; fi
}

check "make install" make -s install DESTDIR="$dest" PREFIX=$prefix
for f in lib/zaban.so lib/libzaban.a include/sqlite3_zaban.h lib/pkgconfig/zaban.pc; do
  check "installed $f" test -f "$dest$prefix/$f"
done
same "the shell loads the installed extension" "1" \
  "$(${SQLITE3:-sqlite3} :memory: -cmd ".load $dest$prefix/lib/zaban" "SELECT fold('ي') = fold('ی');" 2>&1)"
export PKG_CONFIG_PATH="$dest$prefix/lib/pkgconfig" PKG_CONFIG_SYSROOT_DIR="$dest"
flags=$(pkg-config --cflags --libs zaban 2>&1)
check "pkg-config knows zaban" pkg-config --exists zaban
check "a program links zaban in" ${CC:-cc} -o "$dest/use_zaban" tests/install/use_zaban.c $flags
same "the linked program runs zaban" "1|1" "$("$dest/use_zaban" 2>&1)"
check "make uninstall" make -s uninstall DESTDIR="$dest" PREFIX=$prefix
same "nothing is left" "" "$(find "$dest$prefix" -type f)"
exit $status
