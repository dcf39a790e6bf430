"""bench_entities.py — the cost of entities() over the 20 MB mixed-language
corpus (Persian, Arabic, French, English news paragraphs), as MB/s and as a
ratio to SQLite's lower() on the same rows in the same run; and what the
default gazetteer costs to build (first call in a fresh connection, once per
process) and in memory (the process's resident size before and after)."""
import resource
import time
from benchlib import connect, corpus, timed, report


def rss_mb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / (1024 * 1024)


conn = connect()
before = rss_mb()
t = time.perf_counter()
conn.execute("SELECT count(*) FROM entities('Iran')").fetchone()
first = time.perf_counter() - t
t = time.perf_counter()
conn.execute("SELECT count(*) FROM entities('Iran')").fetchone()
second = time.perf_counter() - t
after = rss_mb()
report("Default gazetteer (built on first use, once per process)", ["measure", "value"], [
    ("first entities() call (builds it)", f"{first * 1000:.1f} ms"),
    ("next call", f"{second * 1000:.2f} ms"),
    ("resident memory added", f"{after - before:.1f} MB"),
    ("aliases", conn.execute("SELECT count(*) FROM gazetteer").fetchone()[0]),
    ("entities", conn.execute("SELECT count(DISTINCT entity) FROM gazetteer").fetchone()[0]),
])

nbytes = corpus(conn, 20)
mb = nbytes / (1024 * 1024)
nrows = conn.execute("SELECT count(*) FROM corpus").fetchone()[0]
base = timed(conn, "SELECT count(lower(body)) FROM corpus")
nment = conn.execute("SELECT count(*) FROM corpus, entities(corpus.body)").fetchone()[0]
rows = [("lower(body)", f"{mb / base:.0f}", "1.00", "")]
for label, sql in [
    ("count(*) FROM corpus, entities(corpus.body)",
     "SELECT count(*) FROM corpus, entities(corpus.body)"),
    ("every column (summed in SQL)",
     "SELECT count(kind), sum(start), sum(end), sum(length(surface)), count(entity), count(name), "
     "count(value), count(source) FROM corpus, entities(corpus.body)"),
    ("kind = 'person' GROUP BY entity",
     "SELECT entity, count(*) FROM corpus, entities(corpus.body) WHERE kind = 'person' GROUP BY entity"),
]:
    dt = timed(conn, sql)
    rows.append((label, f"{mb / dt:.1f}", f"{dt / base:.1f}", f"{nment / dt / 1e6:.2f} M/s"))

# With a user gazetteer of 2,000 rows (read once, then cached).
conn.execute("CREATE TABLE zaban_gazetteer(entity, kind, name, alias, lang)")
conn.executemany("INSERT INTO zaban_gazetteer VALUES (?, 'person', ?, ?, 'en')",
                 [(f"person:p{i}", f"Person Number{i}", f"Person Number{i}") for i in range(2000)])
conn.commit()
dt = timed(conn, "SELECT count(*) FROM corpus, entities(corpus.body)")
rows.append(("count(*), with 2,000 user rows", f"{mb / dt:.1f}", f"{dt / base:.1f}", f"{nment / dt / 1e6:.2f} M/s"))
report(f"entities() over {mb:.1f} MB, {nrows} rows, {nment} mentions",
       ["query", "MB/s", "× lower()", "mentions"], rows)
