"""test_user_gazetteer.py — the user gazetteer (zaban_gazetteer) under the
uses that once crashed or crawled: cursors left open while the table
changes, a view that reads entities() or gazetteer, an untrusted schema,
and how often the rows are read inside and outside transactions.
run.sh runs it on the release build and on the ASan/UBSan build.
Usage: python3 test_user_gazetteer.py dist/zaban"""
import os
import sqlite3
import tempfile

from zabantest import EXT, check, connect, finish

def error_of(conn, sql, args=()):
    try:
        conn.execute(sql, args).fetchall()
    except sqlite3.Error as e:
        return str(e)
    return None


def autocommit_conn(path=":memory:"):
    conn = sqlite3.connect(path, isolation_level=None)
    conn.enable_load_extension(True)
    conn.load_extension(EXT)
    return conn


def user_table(conn, rows=()):
    conn.execute("CREATE TABLE zaban_gazetteer(entity, kind, name, alias, lang)")
    conn.executemany("INSERT INTO zaban_gazetteer VALUES (?, ?, NULL, ?, 'en')", rows)


TEXT = "Jane Roe met Karim Benali in Tehran. " * 200


# An entities() cursor left open while the table changes and another query
# rebuilds the user gazetteer: the open cursor keeps reading the one it took.
c = autocommit_conn()
user_table(c, [("person:jane", "person", "Jane Roe")])
cur = c.execute("SELECT surface, entity FROM entities(?)", (TEXT,))
first = cur.fetchone()
c.execute("INSERT INTO zaban_gazetteer VALUES('person:x', 'person', NULL, 'Karim Benali', 'en')")
check("entities() after the change", c.execute("SELECT entity FROM entities('Karim Benali')").fetchall(),
      [("person:x",)])
rest = cur.fetchall()
check("open entities() cursor: its first row", first, ("Jane Roe", "person:jane"))
check("open entities() cursor: rows of the gazetteer it took",
      sum(1 for r in rest if r[1] == "person:x"), 0)
check("open entities() cursor: every Jane Roe", sum(1 for r in rest if r[1] == "person:jane"), 199)

# The same with two gazetteer cursors while rows are deleted.
c.executemany("INSERT INTO zaban_gazetteer VALUES(?, 'org', NULL, ?, 'en')",
              [(f"org:o{i}", f"Org Number {i}") for i in range(300)])
a = c.execute("SELECT alias FROM gazetteer WHERE source = 'user'")
b = c.execute("SELECT alias FROM gazetteer WHERE source = 'user'")
a.fetchmany(10)
b.fetchmany(20)
c.execute("DELETE FROM zaban_gazetteer WHERE entity LIKE 'org:%'")
check("gazetteer after the delete", c.execute("SELECT count(*) FROM gazetteer WHERE source = 'user'").fetchone(), (2,))
check("open gazetteer cursor a", len(a.fetchall()), 302 - 10)
check("open gazetteer cursor b", len(b.fetchall()), 302 - 20)

# One statement that reads entities() twice and writes the table, in a
# transaction: the statement sees the gazetteer of its start.
c.execute("BEGIN")
c.execute("""INSERT INTO zaban_gazetteer
             SELECT 'person:y' || a.start || '-' || b.start, 'person', NULL, a.surface || ' Junior', 'en'
             FROM entities(?) a CROSS JOIN entities('Jane Roe and Jane Roe') b""", (TEXT,))
check("insert from entities() x entities()",
      c.execute("SELECT count(*) FROM zaban_gazetteer WHERE entity LIKE 'person:y%'").fetchone(), (1200,))
check("the next statement sees the rows",
      c.execute("SELECT count(*) FROM entities('Jane Roe Junior')").fetchone(), (1,))
c.execute("ROLLBACK")
check("after the rollback", c.execute("SELECT entity FROM entities('Jane Roe Junior')").fetchall(),
      [("person:jane",)])

# Savepoints and DDL inside a transaction are seen by the next statement.
c.execute("BEGIN")
c.execute("SAVEPOINT s")
c.execute("INSERT INTO zaban_gazetteer VALUES('place:atl', 'place', NULL, 'Atlantis', 'en')")
check("savepoint: row seen", c.execute("SELECT count(*) FROM entities('Atlantis')").fetchone(), (1,))
c.execute("ROLLBACK TO s")
check("savepoint rolled back", c.execute("SELECT count(*) FROM entities('Atlantis')").fetchone(), (0,))
c.execute("ALTER TABLE zaban_gazetteer RENAME TO old_gazetteer")
check("table renamed in a transaction", c.execute("SELECT count(*) FROM entities('Jane Roe')").fetchone(), (0,))
c.execute("ROLLBACK")
check("rename rolled back", c.execute("SELECT count(*) FROM entities('Jane Roe')").fetchone(), (1,))

# How often the rows are read: a view that counts its rows as they are read.
reads = [0]


def counted(x):
    reads[0] += 1
    return x


c = autocommit_conn()
c.create_function("counted", 1, counted)
c.execute("CREATE TABLE people(entity, alias)")
c.executemany("INSERT INTO people VALUES (?, ?)", [(f"person:p{i}", f"Person Number {i}") for i in range(50)])
c.execute("""CREATE VIEW zaban_gazetteer AS
             SELECT counted(entity) AS entity, 'person' AS kind, NULL AS name, alias, 'en' AS lang FROM people""")
c.execute("CREATE TABLE docs(body)")
c.executemany("INSERT INTO docs VALUES (?)", [(f"Person Number {i} spoke.",) for i in range(40)])
c.execute("CREATE TABLE out(entity)")
join = "SELECT count(*) FROM docs, entities(docs.body) WHERE entity LIKE 'person:p%'"
check("correlated join, autocommit", c.execute(join).fetchone(), (40,))
check("rows read by the first query (hashed, then built)", reads[0], 100)
reads[0] = 0
c.execute(join).fetchone()
check("rows read by a second query, nothing changed", reads[0], 0)
c.execute("BEGIN")
reads[0] = 0
check("correlated join in a transaction", c.execute(join).fetchone(), (40,))
check("rows read by one statement in a transaction", reads[0], 50)
reads[0] = 0
c.execute("INSERT INTO out SELECT entity FROM docs, entities(docs.body)")
check("rows read by INSERT ... SELECT FROM docs, entities()", reads[0], 50)
check("rows inserted", c.execute("SELECT count(*) FROM out WHERE entity LIKE 'person:p%'").fetchone(), (40,))
c.execute("COMMIT")
reads[0] = 0
c.execute("INSERT INTO out SELECT entity FROM docs, entities(docs.body)")
check("rows read by INSERT ... SELECT in autocommit", reads[0], 50)

# A view named zaban_gazetteer that reads gazetteer or entities(): an error
# that says why, never a recursion.
c = autocommit_conn()
c.execute("""CREATE VIEW zaban_gazetteer AS
             SELECT entity, kind, name, alias, lang FROM gazetteer WHERE entity = 'country:IR'""")
err = error_of(c, "SELECT count(*) FROM entities('Iran')")
check("view reading gazetteer", err is not None and "cannot read entities() or gazetteer" in err, True)
check("view reading gazetteer, gazetteer itself",
      "cannot read" in (error_of(c, "SELECT count(*) FROM gazetteer") or ""), True)
c.execute("DROP VIEW zaban_gazetteer")
c.execute("""CREATE VIEW zaban_gazetteer AS
             SELECT 'person:' || surface AS entity, 'person' AS kind, NULL AS name, surface AS alias,
                    'en' AS lang FROM entities('Jane Roe')""")
check("view reading entities()",
      "cannot read entities() or gazetteer" in (error_of(c, "SELECT count(*) FROM entities('Iran')") or ""), True)
c.execute("DROP VIEW zaban_gazetteer")
check("after the view is dropped", c.execute("SELECT count(*) FROM entities('Iran')").fetchone(), (1,))

# A hostile database file: with trusted_schema=OFF its views may not use
# entities() or gazetteer (neither is innocuous); the answer is an error.
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "hostile.db")
    h = autocommit_conn(path)
    h.execute("""CREATE VIEW zaban_gazetteer AS
                 SELECT entity, kind, name, alias, lang FROM gazetteer WHERE entity = 'country:IR'""")
    h.execute("CREATE VIEW v AS SELECT count(*) FROM entities('Iran')")
    h.execute("CREATE VIEW g AS SELECT count(*) FROM gazetteer")
    h.close()
    u = autocommit_conn(path)
    u.execute("PRAGMA trusted_schema = OFF")
    err = error_of(u, "SELECT count(*) FROM entities('Iran')")
    check("untrusted view zaban_gazetteer", err is not None and "unsafe use of virtual table" in err, True)
    check("untrusted view calling entities()",
          "unsafe use of virtual table" in (error_of(u, "SELECT * FROM v") or ""), True)
    check("untrusted view calling gazetteer",
          "unsafe use of virtual table" in (error_of(u, "SELECT * FROM g") or ""), True)
    u.execute("PRAGMA trusted_schema = ON")
    check("trusted: the view's own error",
          "cannot read entities() or gazetteer" in (error_of(u, "SELECT count(*) FROM entities('Iran')") or ""),
          True)
    u.close()

finish("user gazetteer")
