-- search_docs.sql — the worked search example of docs/search.md (Full-text
-- search), run so that the documentation stays true.  The statements are the
-- page's, word for word; a .print line before each names its check (a
-- label inside the statement would part it from the page's text).
-- Expected: tests/search_docs.expected.
.read sql/samples.sql

-- an FTS5 index over the sample news, spelling variants folded together
CREATE VIRTUAL TABLE docs_fts USING fts5(body, tokenize = 'zaban', content = 'docs', content_rowid = 'id');
INSERT INTO docs_fts(docs_fts) VALUES ('rebuild');
.print 'docs/search.md: search: گفت‌وگو'
SELECT rowid, snippet(docs_fts, 0, '[', ']', '…', 6) FROM docs_fts WHERE docs_fts MATCH 'گفت‌وگو';
.print 'docs/search.md: search: همكاري'
SELECT rowid, snippet(docs_fts, 0, '[', ']', '…', 6) FROM docs_fts WHERE docs_fts MATCH 'همكاري';
.print 'docs/search.md: search: ۱۴۰۰ OR 1445'
SELECT rowid, snippet(docs_fts, 0, '[', ']', '…', 6) FROM docs_fts WHERE docs_fts MATCH '۱۴۰۰ OR 1445';
.print 'docs/search.md: search: "coopération islamique"'
SELECT rowid, snippet(docs_fts, 0, '[', ']', '…', 6) FROM docs_fts WHERE docs_fts MATCH '"coopération islamique"';

-- with stemming: plural and other suffixes, per language
CREATE VIRTUAL TABLE docs_stem USING fts5(body, tokenize = 'zaban stem 1', content = 'docs', content_rowid = 'id');
INSERT INTO docs_stem(docs_stem) VALUES ('rebuild');
.print 'docs/search.md: search, stem 1: کشور'
SELECT rowid, snippet(docs_stem, 0, '[', ']', '…', 6) FROM docs_stem WHERE docs_stem MATCH 'کشور';
.print 'docs/search.md: search, stem 1: meetings'
SELECT rowid, snippet(docs_stem, 0, '[', ']', '…', 6) FROM docs_stem WHERE docs_stem MATCH 'meetings';

-- what the tokenizer makes of a text
.print 'docs/search.md: tokens(): a Persian text, stem=1'
SELECT start, end, token, normalized, script, position
  FROM tokens('امیرعبداللهیان در این گفت وگو گفت: کشورهای منطقه', 'stem=1');
-- per document (not in docs/search.md)
SELECT 'tokens and terms of each document', docs.id, count(*) AS tokens, count(DISTINCT t.normalized) AS terms
  FROM docs, tokens(docs.body) AS t GROUP BY docs.id;

-- an external-content table kept up to date by triggers
CREATE TRIGGER docs_fts_insert AFTER INSERT ON docs BEGIN
  INSERT INTO docs_fts(rowid, body) VALUES (new.id, new.body);
END;
CREATE TRIGGER docs_fts_delete AFTER DELETE ON docs BEGIN
  INSERT INTO docs_fts(docs_fts, rowid, body) VALUES ('delete', old.id, old.body);
END;
CREATE TRIGGER docs_fts_update AFTER UPDATE OF body ON docs BEGIN
  INSERT INTO docs_fts(docs_fts, rowid, body) VALUES ('delete', old.id, old.body);
  INSERT INTO docs_fts(rowid, body) VALUES (new.id, new.body);
END;
INSERT INTO docs(id, lang, published, body) VALUES (7, 'fa', '2024-06-03', 'گفتوگو دو وزیر در تهران');
.print 'docs/search.md: triggers: the new document is found'
SELECT rowid FROM docs_fts WHERE docs_fts MATCH 'گفت‌وگو' ORDER BY rowid;
.print 'docs/search.md: triggers: integrity-check'
INSERT INTO docs_fts(docs_fts, rank) VALUES ('integrity-check', 1);
-- beyond the page: an update and a delete keep the index right
UPDATE docs SET body = 'Zarif in Geneva' WHERE id = 7;
SELECT 'triggers: updated, the old words gone', count(*) FROM docs_fts WHERE docs_fts MATCH 'وزیر' AND rowid = 7;
SELECT 'triggers: updated, the new words found', group_concat(rowid) FROM docs_fts WHERE docs_fts MATCH 'geneva';
DELETE FROM docs WHERE id = 7;
SELECT 'triggers: deleted', count(*) FROM docs_fts WHERE docs_fts MATCH 'geneva';
INSERT INTO docs_fts(docs_fts, rank) VALUES ('integrity-check', 1);
SELECT 'triggers: integrity-check after the update and the delete', 'ok';

-- what users type, as a safe query
.print 'docs/search.md: fts_query(): words'
SELECT fts_query('Al-Aqsa mosque');
.print 'docs/search.md: fts_query(): any'
SELECT fts_query('Al-Aqsa mosque', 'any');
.print 'docs/search.md: fts_query(): phrase'
SELECT fts_query('Al-Aqsa mosque', 'phrase');
.print 'docs/search.md: fts_query(): a prefix and quotes'
SELECT fts_query('گفت* "quoted"');
.print 'docs/search.md: fts_query(): search'
SELECT rowid FROM docs_fts WHERE docs_fts MATCH fts_query('Al-Aqsa');
