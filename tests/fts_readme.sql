-- The worked search example of docs/tokenize.md (the README section), run
-- so that the documentation stays true.  Expected: tests/fts_readme.expected.
.read sql/samples.sql

-- an FTS5 index over the sample news, spelling variants folded together
CREATE VIRTUAL TABLE docs_fts USING fts5(body, tokenize = 'zaban', content = 'docs', content_rowid = 'id');
INSERT INTO docs_fts(docs_fts) VALUES ('rebuild');
SELECT rowid, snippet(docs_fts, 0, '[', ']', '…', 6) FROM docs_fts WHERE docs_fts MATCH 'گفت‌وگو';
SELECT rowid, snippet(docs_fts, 0, '[', ']', '…', 6) FROM docs_fts WHERE docs_fts MATCH 'همكاري';
SELECT rowid, snippet(docs_fts, 0, '[', ']', '…', 6) FROM docs_fts WHERE docs_fts MATCH '۱۴۰۰ OR 1445';
SELECT rowid, snippet(docs_fts, 0, '[', ']', '…', 6) FROM docs_fts WHERE docs_fts MATCH '"coopération islamique"';

-- with stemming: plural and other suffixes, per language
CREATE VIRTUAL TABLE docs_stem USING fts5(body, tokenize = 'zaban stem 1', content = 'docs', content_rowid = 'id');
INSERT INTO docs_stem(docs_stem) VALUES ('rebuild');
SELECT rowid, snippet(docs_stem, 0, '[', ']', '…', 6) FROM docs_stem WHERE docs_stem MATCH 'کشور';
SELECT rowid, snippet(docs_stem, 0, '[', ']', '…', 6) FROM docs_stem WHERE docs_stem MATCH 'meetings';

-- what the tokenizer makes of a text
SELECT start, end, token, normalized, script, position
  FROM tokens('امیرعبداللهیان در این گفت وگو گفت: کشورهای منطقه', 'stem=1');
-- per document
SELECT docs.id, count(*) AS tokens, count(DISTINCT t.normalized) AS terms
  FROM docs, tokens(docs.body) AS t GROUP BY docs.id;
