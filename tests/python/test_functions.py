"""test_functions.py — every SQL function and table zaban registers is
documented in README.md and exercised by at least one golden test
(tests/*.sql).  The lists come from pragma_function_list and
pragma_module_list before and after loading the extension."""
import glob
import os
import re
import sqlite3
import sys

EXT = sys.argv[1] if len(sys.argv) > 1 else "dist/zaban"
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def names(conn):
    funcs = {r[0] for r in conn.execute("SELECT name FROM pragma_function_list")}
    mods = {r[0] for r in conn.execute("SELECT name FROM pragma_module_list")}
    return funcs | mods


conn = sqlite3.connect(":memory:")
before = names(conn)
conn.enable_load_extension(True)
conn.load_extension(EXT)
added = sorted(names(conn) - before)

readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
tests = "".join(open(f, encoding="utf-8").read() for f in glob.glob(os.path.join(ROOT, "tests", "*.sql")))
failures = []
if not added:
    failures.append("the extension registered nothing")
for name in added:
    pattern = re.compile(r"\b" + re.escape(name) + r"\s*\(")
    if not pattern.search(readme):
        failures.append(f"{name}() is not documented in README.md")
    if not pattern.search(tests):
        failures.append(f"{name}() has no golden test in tests/*.sql")
if failures:
    print("\n".join(failures))
    sys.exit(1)
print("functions: " + ", ".join(added))
