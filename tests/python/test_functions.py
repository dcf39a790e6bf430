"""test_functions.py — every SQL function and table zaban registers is in
the README's table of functions, documented in docs/ and exercised by at
least one golden test (tests/*.sql); and every example of that table gives
the result the table shows.  The lists come from pragma_function_list and
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
    return funcs, mods


conn = sqlite3.connect(":memory:")
funcs_before, mods_before = names(conn)
conn.enable_load_extension(True)
conn.load_extension(EXT)
funcs, mods = names(conn)
tables = mods - mods_before
added = sorted((funcs - funcs_before) | tables)

readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
docs = "".join(open(f, encoding="utf-8").read() for f in glob.glob(os.path.join(ROOT, "docs", "*.md")))
tests = "".join(open(f, encoding="utf-8").read() for f in glob.glob(os.path.join(ROOT, "tests", "*.sql")))
failures = []
if not added:
    failures.append("the extension registered nothing")
for name in added:
    # a function is written name(...); a table may be written bare (FROM gazetteer)
    pattern = re.compile(r"\b" + re.escape(name) + (r"\b" if name in tables else r"\s*\("))
    if not pattern.search(readme):
        failures.append(f"{name}() is not in README.md's table of functions")
    if not pattern.search(docs):
        failures.append(f"{name}() is not documented in docs/")
    if not pattern.search(tests):
        failures.append(f"{name}() has no golden test in tests/*.sql")
# The README's table: | `function` | what | `example` | `result` |
table = readme[readme.index("## Functions"):readme.index("## Cookbook")]
examples = 0
for row in table.splitlines():
    cells = [c.strip() for c in row.strip().strip("|").split("|")]
    if len(cells) != 4 or not (cells[2].startswith("`") and cells[3].startswith("`")):
        continue
    example, expected = cells[2].strip("`"), cells[3].strip("`")
    sql = example if example.upper().startswith("SELECT") else "SELECT " + example
    examples += 1
    try:
        got = conn.execute(sql).fetchone()[0]
    except sqlite3.Error as e:
        got = f"error: {e}"
    if str(got) != expected:
        failures.append(f"README example {example}: got {got!r}, the table says {expected!r}")
if examples < 15:
    failures.append(f"only {examples} examples read from the README's table of functions")
if failures:
    print("\n".join(failures))
    sys.exit(1)
print("functions: " + ", ".join(added))
