"""test_load.py — zaban loads into a real client: Debian's python3 sqlite3
module, which links the system libsqlite3.  Checks the functions answer,
that pure functions work in an index and a CHECK constraint (they are
DETERMINISTIC and INNOCUOUS), and that many threads with their own
connections get the same answers.  Usage: python3 test_load.py dist/zaban"""
import sys
import threading

from zabantest import connect
failures = []


def check(label, got, expected):
    if got != expected:
        failures.append(f"{label}: got {got!r}, expected {expected!r}")


conn = connect()
check("version", conn.execute("SELECT zaban_version() LIKE 'zaban %'").fetchone()[0], 1)
check("fold", conn.execute("SELECT fold(?)", ("Côte d’Ivoire",)).fetchone()[0], "cote d'ivoire")
check("fold NULL", conn.execute("SELECT fold(NULL)").fetchone()[0], None)

# expression index, generated column and CHECK with trusted_schema=OFF
conn.execute("PRAGMA trusted_schema=OFF")
conn.execute("CREATE TABLE t(name TEXT, key TEXT GENERATED ALWAYS AS (fold(name)), "
             "CHECK (lang(name) IS NOT NULL))")
conn.execute("CREATE INDEX t_fold ON t(fold(name))")
conn.executemany("INSERT INTO t(name) VALUES (?)", [("كتاب",), ("Kitab",), ("کتاب",)])
check("index lookup", conn.execute("SELECT count(*) FROM t WHERE fold(name) = fold('كتاب')").fetchone()[0], 2)
plan = " ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN SELECT * FROM t WHERE fold(name) = 'x'"))
check("index used", "t_fold" in plan, True)
check("generated", conn.execute("SELECT key FROM t WHERE name='Kitab'").fetchone()[0], "kitab")

# threads: each with its own connection, all answers equal
texts = ["ميخواهم كتابها را ببينم", "Élysée", "۱۴۰۰/۰۹/۰۴", "أحمد"] * 50
expected = [conn.execute("SELECT fold(?), digits(?, 'latin')", (t, t)).fetchone() for t in texts]
results = {}


def worker(k):
    c = connect()
    results[k] = [c.execute("SELECT fold(?), digits(?, 'latin')", (t, t)).fetchone() for t in texts]
    c.close()


threads = [threading.Thread(target=worker, args=(k,)) for k in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in range(8):
    check(f"thread {k}", results.get(k), expected)

if failures:
    print("\n".join(failures))
    sys.exit(1)
print("python: all checks passed")
