"""bench_normalize.py — MB/s of the normalization functions over a 20 MB
mixed-language corpus, each with its cost relative to SQLite's lower() on
the same rows in the same run (time / time of lower(), the two run in turns)."""
from benchlib import connect, corpus, timed, ratio, report

conn = connect()
nbytes = corpus(conn, 20)
mb = nbytes / (1024 * 1024)
BASE = "SELECT count(lower(body)) FROM corpus"
base = timed(conn, BASE)
rows = [("lower(body)", f"{mb / base:.0f}", "1.00")]
for label, expr in [
    ("fold(body)", "fold(body)"),
    ("digits(body, 'latin')", "digits(body, 'latin')"),
    ("fa_normalize(body)", "fa_normalize(body)"),
    ("ar_normalize(body)", "ar_normalize(body)"),
    ("lang(body)", "lang(body)"),
]:
    try:
        sql = f"SELECT count({expr}) FROM corpus"
        t = timed(conn, sql)
        r = ratio(conn, sql, BASE)
    except Exception as e:   # a function not built yet
        rows.append((label, "n/a", str(e)))
        continue
    rows.append((label, f"{mb / t:.0f}", f"{r:.2f}"))
report(f"Normalization, {mb:.1f} MB, {conn.execute('SELECT count(*) FROM corpus').fetchone()[0]} rows",
       ["expression", "MB/s", "× lower()"], rows)
