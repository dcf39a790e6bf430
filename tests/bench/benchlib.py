"""benchlib.py — shared by zaban's benchmarks (run with Debian's python3).

corpus(conn, mb)  creates table corpus(body) of about `mb` MB of mixed
                  Persian/Arabic/French/English news text, built from
                  sql/samples.sql (each row a paragraph, numbered so no two
                  rows are equal).
timed(conn, sql)  runs sql, returns the best of 3 wall-clock seconds.
ratio(conn, sql, base_sql)  the time of sql over that of base_sql, both
                  run in turns (best of 9 each), so that a moment when the
                  shared machine is slow weighs on both alike (with 5, the
                  ratio of one function varied by 15% from run to run).
report(rows)      prints a markdown table.
"""
import os
import sqlite3
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXT = os.path.join(ROOT, "dist", "zaban")


def connect():
    conn = sqlite3.connect(":memory:")
    conn.enable_load_extension(True)
    conn.load_extension(EXT)
    return conn


def corpus(conn, mb=20):
    with open(os.path.join(ROOT, "sql", "samples.sql"), encoding="utf-8") as f:
        conn.executescript(f.read())
    conn.execute("CREATE TEMP TABLE para(body TEXT)")
    for (body,) in conn.execute("SELECT body FROM docs"):
        for p in body.split("\n"):
            if p.strip():
                conn.execute("INSERT INTO para VALUES (?)", (p,))
    size = conn.execute("SELECT sum(length(CAST(body AS BLOB))) FROM para").fetchone()[0]
    copies = int(mb * 1024 * 1024 / size) + 1
    conn.execute("CREATE TABLE corpus(body TEXT)")
    conn.execute("""WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i<?)
                    INSERT INTO corpus SELECT body || ' ' || i FROM n, para ORDER BY i""", (copies,))
    return conn.execute("SELECT sum(length(CAST(body AS BLOB))) FROM corpus").fetchone()[0]


def timed(conn, sql, repeat=3):
    best = None
    for _ in range(repeat):
        t = time.perf_counter()
        conn.execute(sql).fetchall()
        dt = time.perf_counter() - t
        best = dt if best is None else min(best, dt)
    return best


def ratio(conn, sql, base_sql, rounds=9):
    t = t_base = float("inf")
    for _ in range(rounds):
        t_base = min(t_base, timed(conn, base_sql, 1))
        t = min(t, timed(conn, sql, 1))
    return t / t_base


def report(title, header, rows):
    print(f"\n### {title}\n")
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for r in rows:
        print("| " + " | ".join(str(x) for x in r) + " |")
    sys.stdout.flush()
