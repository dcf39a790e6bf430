"""test_readme_cookbook.py — the README's cookbook stays true: each SQL block
of its Cookbook section runs on the sample news (sql/samples.sql), and the
rows a statement gives must be the `-- ` lines written under it (columns
joined by |).  A statement without such lines must run without error.
Usage: python3 test_readme_cookbook.py dist/zaban"""
import os
import re

from zabantest import ROOT, check, connect, finish

readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
section = readme[readme.index("## Cookbook"):readme.index("## Documentation")]
blocks = re.findall(r"```sql\n(.*?)```", section, re.S)

conn = connect()
with open(os.path.join(ROOT, "sql", "samples.sql"), encoding="utf-8") as f:
    conn.executescript(f.read())


def statements(block):
    """(sql, expected rows or None) for each statement of a block."""
    sql, out = [], []
    lines = block.splitlines()
    i = 0
    while i < len(lines):
        line = re.sub(r"\s+-- .*$", "", lines[i]) if not lines[i].startswith("-- ") else ""
        sql.append(line)
        i += 1
        if line.rstrip().endswith(";"):
            rows = []
            while i < len(lines) and lines[i].startswith("-- "):
                rows.append(lines[i][3:])
                i += 1
            out.append(("\n".join(sql).strip(), rows or None))
            sql = []
    return out


n = 0
for block in blocks:
    for sql, expected in statements(block):
        n += 1
        rows = ["|".join("" if v is None else str(v) for v in r) for r in conn.execute(sql).fetchall()]
        if expected is not None:
            check(sql.splitlines()[0][:70], rows, expected)
check("statements read from the cookbook", n >= 10, True)
finish("README cookbook")
