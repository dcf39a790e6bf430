-- fts_query.sql — fts_query(): what a user types, as a safe FTS5 query; and
-- the queries it makes, run against an FTS5 table with tokenize = 'zaban'.
.mode list
.nullvalue NULL
SELECT 'fts_query: words', fts_query('Al-Aqsa mosque');
SELECT 'fts_query: any', fts_query('Al-Aqsa mosque', 'any');
SELECT 'fts_query: phrase', fts_query('  Al-Aqsa   mosque ', 'PHRASE');
SELECT 'fts_query: operators are words', fts_query('NEAR(a b) AND OR NOT');
SELECT 'fts_query: quotes doubled', fts_query('say "hello"');
SELECT 'fts_query: a final * is a prefix', fts_query('گفت* *');
SELECT 'fts_query: Persian, ZWNJ kept', fts_query('گفت‌وگو  رایزنی');
SELECT 'fts_query: every space', fts_query('a' || char(9) || 'b' || char(10) || 'c' || char(0x3000) || 'd');
SELECT 'fts_query: empty', fts_query('');
SELECT 'fts_query: spaces only', fts_query('   ');
SELECT 'fts_query: NULL', fts_query(NULL);
SELECT 'fts_query: NULL mode', fts_query('a', NULL);
SELECT 'fts_query: a number', fts_query(1400);
SELECT 'fts_query: invalid UTF-8 becomes U+FFFD', hex(fts_query(CAST(x'61ff62' AS TEXT)));
SELECT 'fts_query: bad mode', fts_query('a', 'near');
SELECT 'fts_query: registered deterministic and innocuous, with 1 and 2 arguments', count(*) FROM pragma_function_list
 WHERE name = 'fts_query' AND flags & 0x800 AND flags & 0x200000;

.read sql/samples.sql
CREATE VIRTUAL TABLE search USING fts5(body, tokenize = 'zaban');
INSERT INTO search(rowid, body) SELECT id, body FROM docs;
SELECT 'search: Al-Aqsa', group_concat(rowid) FROM search WHERE search MATCH fts_query('Al-Aqsa');
SELECT 'search: al-aqsa mosque, as a phrase', group_concat(rowid) FROM search WHERE search MATCH fts_query('al-aqsa mosque', 'phrase');
SELECT 'search: OR is a word', count(*) FROM search WHERE search MATCH fts_query('OR');
SELECT 'search: an unbalanced quote', count(*) FROM search WHERE search MATCH fts_query('"Tehran');
SELECT 'search: nothing typed', count(*) FROM search WHERE search MATCH fts_query('');
SELECT 'search: a prefix', group_concat(rowid) FROM search WHERE search MATCH fts_query('Abdoll*');
SELECT 'search: any word', group_concat(rowid) FROM search WHERE search MATCH fts_query('Téhéran Tehran', 'any');
