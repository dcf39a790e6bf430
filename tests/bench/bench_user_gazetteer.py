"""bench_user_gazetteer.py — what a user gazetteer (the table zaban_gazetteer)
costs: its first build from 200,000 rows (time, as a ratio to SQLite's
CREATE INDEX on the same rows' aliases, and the resident memory added, also
after a scan of the `gazetteer` table, which shares the connection's copy);
and a correlated join over 200 documents with 20,000 user rows, in
autocommit and inside a transaction (where each statement reads the rows
once, to see its own changes)."""
import resource
import sqlite3
import time
from benchlib import EXT, report


def rss_mb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / (1024 * 1024)


def connect():
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.enable_load_extension(True)
    conn.load_extension(EXT)
    conn.execute("SELECT count(*) FROM entities('Iran')").fetchone()   # the default gazetteer
    return conn


def user_rows(conn, n):
    conn.execute("CREATE TABLE zaban_gazetteer(entity, kind, name, alias, lang)")
    conn.execute("""WITH RECURSIVE i(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM i WHERE k + 1 < ?)
                    INSERT INTO zaban_gazetteer
                    SELECT 'person:p' || k, 'person', NULL, 'Person ' || k || ' Number' || (k % 977), 'en'
                    FROM i""", (n,))


def seconds(conn, sql):
    t = time.perf_counter()
    conn.execute(sql).fetchall()
    return time.perf_counter() - t


# The first build of 200,000 rows.
conn = connect()
user_rows(conn, 200000)
before = rss_mb()
build = seconds(conn, "SELECT count(*) FROM entities('Person 7 Number7')")
built = rss_mb()
seconds(conn, "SELECT count(*) FROM gazetteer WHERE source = 'user'")
scanned = rss_mb()
cached = seconds(conn, "SELECT count(*) FROM entities('Person 7 Number7')")
index = seconds(conn, "CREATE INDEX zaban_gazetteer_alias ON zaban_gazetteer(alias)")
conn.execute("BEGIN")
reread = seconds(conn, "SELECT count(*) FROM entities('Person 7 Number7')")
conn.execute("COMMIT")
report("User gazetteer of 200,000 rows", ["measure", "value", "× CREATE INDEX on alias"], [
    ("first query (reads the rows, builds)", f"{build:.2f} s", f"{build / index:.1f}"),
    ("resident memory added by the build", f"{built - before:.0f} MB", ""),
    ("… after a scan of `gazetteer` too", f"{scanned - before:.0f} MB", ""),
    ("next query, autocommit, nothing changed", f"{cached * 1000:.2f} ms", ""),
    ("next query in a transaction (reads and hashes the rows)", f"{reread * 1000:.0f} ms",
     f"{reread / index:.2f}"),
])

# A correlated join: 200 documents, 20,000 user rows.
conn = connect()
user_rows(conn, 20000)
conn.execute("CREATE TABLE docs(body)")
conn.execute("""WITH RECURSIVE i(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM i WHERE k + 1 < 200)
                INSERT INTO docs SELECT 'Person ' || k || ' Number' || (k % 977)
                                        || ' met Hossein Amir Abdollahian in Tehran.' FROM i""")
join = "SELECT count(*) FROM docs, entities(docs.body)"
seconds(conn, join)                                       # builds
auto = min(seconds(conn, join) for _ in range(3))
conn.execute("BEGIN")
txn = min(seconds(conn, join) for _ in range(3))
conn.execute("COMMIT")
base = min(seconds(conn, "SELECT count(lower(body)) FROM docs") for _ in range(3))
report("docs, entities(docs.body): 200 documents, 20,000 user rows",
       ["where", "seconds", "× autocommit"], [
           ("autocommit", f"{auto:.3f}", "1.00"),
           ("inside a transaction", f"{txn:.3f}", f"{txn / auto:.2f}"),
       ])
