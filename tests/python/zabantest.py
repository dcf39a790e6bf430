"""zabantest.py — what zaban's Python tests share (not a test itself).

EXT          the extension to load: argv[1] (as tests/run.sh passes it), or dist/zaban
ROOT         the repository root
connect()    a new :memory: connection with the extension loaded
connect_file(path)  the same on a database file, in autocommit
seed_files() the seed texts of ../shared/seeds/; when that folder is absent
             (a user's fresh clone) it prints "<label>: SKIPPED …" and exits 0
check(label, got, expected)  one labelled check; finish(name) prints the
             failures and exits 1, or says how many checks passed
"""
import glob
import os
import sqlite3
import sys

EXT = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else "dist/zaban"
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SEEDS = os.path.join(os.path.dirname(ROOT), "shared", "seeds")


def connect(check_same_thread=True):
    conn = sqlite3.connect(":memory:", check_same_thread=check_same_thread)
    conn.enable_load_extension(True)
    conn.load_extension(EXT)
    conn.enable_load_extension(False)
    return conn


def connect_file(path):
    conn = sqlite3.connect(path, isolation_level=None)
    conn.enable_load_extension(True)
    conn.load_extension(EXT)
    conn.enable_load_extension(False)
    return conn


def seed_files(label):
    files = sorted(glob.glob(os.path.join(SEEDS, "*.txt")))
    if not files:
        print(f"{label}: SKIPPED ({SEEDS} not found)")
        sys.exit(0)
    return files


_failures = []
_checks = [0]


def check(label, got, expected):
    _checks[0] += 1
    if got != expected:
        _failures.append(f"FAIL {label}: got {got!r}, expected {expected!r}")


def finish(name):
    if _failures:
        print("\n".join(_failures))
        sys.exit(1)
    print(f"{name}: {_checks[0]} checks passed")
