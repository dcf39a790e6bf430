"""test_database_dependency.py — docs/database.md says what fails in a
database that uses zaban when a connection has not loaded it, and how to
recover; this checks each of its claims, and that ~/.sqliterc loads zaban
in every sqlite3 shell.
Usage: python3 test_database_dependency.py dist/zaban"""
import os
import sqlite3
import subprocess
import tempfile

from zabantest import EXT, check, connect_file, finish

def outcome(conn, sql):
    """'ok', or the error message."""
    try:
        conn.execute(sql).fetchall()
        conn.commit()
        return "ok"
    except sqlite3.Error as e:
        return str(e)


SCHEMA = """
CREATE TABLE names(name TEXT, key TEXT GENERATED ALWAYS AS (fold(name)) VIRTUAL);
CREATE INDEX names_key ON names(fold(name));
CREATE TABLE stored(name TEXT, key TEXT GENERATED ALWAYS AS (fold(name)) STORED);
CREATE VIRTUAL TABLE search USING fts5(body, tokenize = 'zaban');
INSERT INTO names(name) VALUES ('كتاب');
INSERT INTO stored(name) VALUES ('كتاب');
INSERT INTO search VALUES ('گفت‌وگو');
"""

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "news.db")
    with_zaban = connect_file(path)
    with_zaban.executescript(SCHEMA)
    with_zaban.close()

    plain = sqlite3.connect(path)
    for label, sql, expected in [
        ("FTS5 table: read", "SELECT count(*) FROM search", "no such tokenizer: zaban"),
        ("FTS5 table: write", "INSERT INTO search VALUES ('x')", "no such tokenizer: zaban"),
        ("FTS5 table: drop", "DROP TABLE search", "no such tokenizer: zaban"),
        ("virtual generated column: read", "SELECT * FROM names", "unknown function: fold()"),
        ("indexed table: insert", "INSERT INTO names(name) VALUES ('a')", "unknown function: fold()"),
        ("integrity_check", "PRAGMA integrity_check", "unknown function: fold()"),
        ("VACUUM", "VACUUM", "no such function: fold"),
        ("plain column: read", "SELECT name FROM names", "ok"),
        ("stored generated column: read", "SELECT * FROM stored", "ok"),
    ]:
        check("without zaban, " + label, outcome(plain, sql), expected)
    plain.close()

    # Recovery: load zaban, then drop what uses it.
    again = connect_file(path)
    for sql in ["DROP TABLE search", "DROP INDEX names_key", "ALTER TABLE names DROP COLUMN key",
                "ALTER TABLE stored DROP COLUMN key"]:
        check("with zaban, " + sql, outcome(again, sql), "ok")
    again.close()
    plain = sqlite3.connect(path)
    check("after the drops, integrity_check without zaban", outcome(plain, "PRAGMA integrity_check"), "ok")
    check("after the drops, VACUUM without zaban", outcome(plain, "VACUUM"), "ok")
    plain.close()

    # The line docs/database.md puts in ~/.sqliterc loads zaban (the shell
    # finds its home directory by the password file, not $HOME: the file is
    # passed with -init, which reads it the same way).
    rc = os.path.join(d, "sqliterc")
    with open(rc, "w") as f:
        f.write(f".load {os.path.abspath(EXT)}\n")
    shell = os.environ.get("SQLITE3", "sqlite3")
    run = subprocess.run([shell, "-init", rc, ":memory:", "SELECT fold('ي') = fold('ی');"],
                         capture_output=True, text=True)
    check("the .sqliterc line loads zaban", run.stdout.strip(), "1")

finish("database dependency")
