"""bench_dates.py — MB/s of dates() over the 20 MB mixed-language corpus
(without a reference, with one, and reading every column), each as a ratio
to SQLite's lower() on the same rows in the same run (time / time of
lower(), the two run in turns)."""
from benchlib import connect, corpus, timed, ratio, report

conn = connect()
nbytes = corpus(conn, 20)
mb = nbytes / (1024 * 1024)
nrows = conn.execute("SELECT count(*) FROM corpus").fetchone()[0]
BASE = "SELECT count(lower(body)) FROM corpus"
base = timed(conn, BASE)
rows = [("lower(body)", f"{mb / base:.0f}", "1.00")]
found = None
for label, sql in [
    ("dates(body)", "SELECT count(*) FROM corpus, dates(corpus.body)"),
    ("dates(body, '2024-01-01')", "SELECT count(*) FROM corpus, dates(corpus.body, '2024-01-01')"),
    ("dates(body, '2024-01-01'), every column",
     "SELECT count(d.start), count(d.surface), count(d.value), count(d.precision), "
     "count(d.calendar), count(d.jalali), count(d.note) "
     "FROM corpus, dates(corpus.body, '2024-01-01') AS d"),
]:
    try:
        t = timed(conn, sql)
        r = ratio(conn, sql, BASE)
        found = found or conn.execute(sql).fetchone()[0]
    except Exception as e:   # not built yet
        rows.append((label, "n/a", str(e)))
        continue
    rows.append((label, f"{mb / t:.0f}", f"{r:.2f}"))
report(f"Dates, {mb:.1f} MB, {nrows} rows, {found} dates found",
       ["expression", "MB/s", "× lower()"], rows)
