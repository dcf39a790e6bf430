-- The extension loads, says what it is, and follows SQLite's conventions.
SELECT zaban_version() LIKE 'zaban 0.1.0 (ICU %, Unicode %)';
SELECT fold(NULL) IS NULL;
