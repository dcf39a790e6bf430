-- The extension loads, says what it is, and follows SQLite's conventions.
SELECT zaban_version() LIKE 'zaban 0.1.0 (ICU %, Unicode %)';
SELECT fold(NULL) IS NULL;
SELECT zaban_debug() LIKE 'zaban 0.1.0%built:%running: SQLite%FTS5: %';
-- the extension refuses nothing it registered: every entry point answers
SELECT typeof(zaban_debug());
