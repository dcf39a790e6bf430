#!/bin/sh
# deps.sh — make sure the Debian packages zaban builds and tests with are
# installed.  As root it installs what is missing; otherwise it prints the
# exact apt-get line and fails, so that no build silently skips a step.
# On a system without dpkg (macOS, other distributions) it only checks that
# pkg-config finds sqlite3 and ICU.
set -eu
PACKAGES="make gcc libc6-dev pkg-config libsqlite3-dev libicu-dev sqlite3 python3 libstemmer-dev
  python3-venv python3-pip python3-setuptools python3-wheel"

if ! command -v dpkg-query >/dev/null 2>&1; then
  pkg-config --exists sqlite3 icu-uc icu-i18n || {
    echo "deps: pkg-config cannot find sqlite3 and ICU (icu-uc, icu-i18n); install them first" >&2
    exit 1
  }
  exit 0
fi

missing=""
for p in $PACKAGES; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  case "$status" in
    *"install ok installed"*) ;;
    *) missing="$missing $p" ;;
  esac
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  echo "deps: installing$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends $missing
else
  echo "deps: missing Debian packages:$missing" >&2
  echo "deps: run as root:  apt-get install -y$missing" >&2
  exit 1
fi
