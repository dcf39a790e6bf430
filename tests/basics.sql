-- basics.sql — the extension loads, says what it is, and follows SQLite's conventions.
SELECT 'zaban_version: name, ICU and Unicode versions', coalesce(zaban_version() LIKE 'zaban 0.1.0 (ICU %, Unicode %)', 0);
SELECT 'fold(NULL) is NULL', fold(NULL) IS NULL;
SELECT 'zaban_debug: version, build flags, SQLite, FTS5', coalesce(zaban_debug() LIKE 'zaban 0.1.0%built:%running: SQLite%FTS5: %', 0);
-- the extension refuses nothing it registered: every entry point answers
SELECT 'zaban_debug: a text', typeof(zaban_debug());
