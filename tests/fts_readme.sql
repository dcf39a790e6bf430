-- fts_readme.sql — the worked search example of the README (Full-text
-- search), run so that the documentation stays true.  The statements are the
-- README's, word for word; a .print line before each names its check (a
-- label inside the statement would part it from the README's text).
-- Expected: tests/fts_readme.expected.
.read sql/samples.sql

-- an FTS5 index over the sample news, spelling variants folded together
CREATE VIRTUAL TABLE docs_fts USING fts5(body, tokenize = 'zaban', content = 'docs', content_rowid = 'id');
INSERT INTO docs_fts(docs_fts) VALUES ('rebuild');
.print 'README search: گفت‌وگو'
SELECT rowid, snippet(docs_fts, 0, '[', ']', '…', 6) FROM docs_fts WHERE docs_fts MATCH 'گفت‌وگو';
.print 'README search: همكاري'
SELECT rowid, snippet(docs_fts, 0, '[', ']', '…', 6) FROM docs_fts WHERE docs_fts MATCH 'همكاري';
.print 'README search: ۱۴۰۰ OR 1445'
SELECT rowid, snippet(docs_fts, 0, '[', ']', '…', 6) FROM docs_fts WHERE docs_fts MATCH '۱۴۰۰ OR 1445';
.print 'README search: "coopération islamique"'
SELECT rowid, snippet(docs_fts, 0, '[', ']', '…', 6) FROM docs_fts WHERE docs_fts MATCH '"coopération islamique"';

-- with stemming: plural and other suffixes, per language
CREATE VIRTUAL TABLE docs_stem USING fts5(body, tokenize = 'zaban stem 1', content = 'docs', content_rowid = 'id');
INSERT INTO docs_stem(docs_stem) VALUES ('rebuild');
.print 'README search, stem 1: کشور'
SELECT rowid, snippet(docs_stem, 0, '[', ']', '…', 6) FROM docs_stem WHERE docs_stem MATCH 'کشور';
.print 'README search, stem 1: meetings'
SELECT rowid, snippet(docs_stem, 0, '[', ']', '…', 6) FROM docs_stem WHERE docs_stem MATCH 'meetings';

-- what the tokenizer makes of a text
.print 'README tokens(): a Persian text, stem=1'
SELECT start, end, token, normalized, script, position
  FROM tokens('امیرعبداللهیان در این گفت وگو گفت: کشورهای منطقه', 'stem=1');
-- per document (not in the README)
SELECT 'tokens and terms of each document', docs.id, count(*) AS tokens, count(DISTINCT t.normalized) AS terms
  FROM docs, tokens(docs.body) AS t GROUP BY docs.id;
