-- tokens(): rows, options, spans, query plans, bad input, errors.
-- One check per line, labelled; the expected output is tests/tokenize.expected.
.nullvalue NULL

-- the issue's examples: one row per token, offsets in characters
SELECT 'one row per token, offsets in characters', start, end, token, normalized, script, position FROM tokens('Côte d’Ivoire ۱۴۰۰, Abdollahian''s l''Organisation');
-- Persian: ZWNJ joins, space separates, می‌ and suffixes stay with their word,
-- kashida and harakat do not split; words written apart that are one word
-- get a joined row at the position of the first (token shows the space)
SELECT 'Persian: ZWNJ, می, suffixes, kashida, harakat, words written apart', start, end, token, normalized, position FROM tokens('می‌دهد کتاب‌ها ســلام مُحَمَّد گفت وگو كتاب ها');
-- scripts: letters of other scripts, numbers of any script, letters glued to digits
SELECT 'scripts', token, normalized, script FROM tokens('Привет Ελλάδα 中文 G7 ١٤٤٥ ۱۴۰۰ام');

-- substr(text, start+1, end-start) is the token, for every token of a mixed text
CREATE TEMP TABLE texts(id INTEGER PRIMARY KEY, t TEXT);
INSERT INTO texts(t) VALUES
  ('وزیر امور خارجه در گفت‌وگویی تلفنی با همتای ترکیه‌ای خود درباره تحولات منطقه رایزنی کرد.'),
  ('Le ministre des Affaires étrangères a salué l’Organisation de la coopération islamique.'),
  ('😀 emoji, 𝐁old, ﷺ, Ｆｕｌｌ, e' || char(0x301) || 'te, ' || char(0x10000) || ' ' || char(0x10ffff)),
  ('وزير الخارجية الإيراني يهنئ نظيره الكويتي بعيد الفطر في 15 رمضان 1445 هـ');
SELECT 'spans: text, tokens, substr() is the token, length() is end - start', id, count(*), sum(substr(t, start+1, end-start) IS token), sum(length(token) IS end-start)
  FROM texts, tokens(texts.t, 'punct=1') GROUP BY id;

-- options
SELECT 'stem=1, Persian and English', group_concat(normalized, ' ') FROM tokens('رایزنیهای کتاب‌ها ایران باران developments', 'stem=1');
SELECT 'stem=1, French', group_concat(normalized, ' ') FROM tokens('Le ministre a salué la coopération', 'stem=1');
SELECT 'stem=1, lang=fr', group_concat(normalized, ' ') FROM tokens('the cooperation', 'stem=1, lang=fr');
SELECT 'join=0', group_concat(normalized, ' ') FROM tokens('گفت وگو کرد', 'join=0');
SELECT 'punct=1: tokens and scripts', group_concat(token || '/' || script, ' ') FROM tokens('۱۴۰۰/۰۹/۰۴ 16:12, «نه»', 'punct=1');
SELECT 'options with spaces, capitals and empty pairs', group_concat(normalized, ' ') FROM tokens('A b', 'STEM = 0 , Join=1,,');
-- the hidden arguments can be read back
SELECT 'hidden arguments read back', text, options FROM tokens('a b', 'stem=0') LIMIT 1;

-- FROM docs, tokens(docs.body) is a correlated join, in either order
CREATE TEMP TABLE docs(id INTEGER PRIMARY KEY, body TEXT);
INSERT INTO docs(body) VALUES ('گفت‌وگو کرد'), (NULL), (''), ('one two three');
.print 'plan: docs, then tokens() for each row (a correlated join)'
EXPLAIN QUERY PLAN SELECT docs.id, t.token FROM docs, tokens(docs.body) AS t;
.print 'plan: docs first, whatever the order written'
EXPLAIN QUERY PLAN SELECT docs.id, t.token FROM tokens(docs.body) AS t, docs;
.print 'plan: both arguments as constraints'
EXPLAIN QUERY PLAN SELECT * FROM tokens('x', 'stem=1');
SELECT 'tokens of each document, LEFT JOIN', docs.id, count(t.token) FROM docs LEFT JOIN tokens(docs.body) AS t GROUP BY docs.id;

-- bad input: NULL text or options, no rows; empty text, no rows; numbers are
-- their text; blobs are read as UTF-8
SELECT 'NULL: no rows', count(*) FROM tokens(NULL);
SELECT 'NULL options: no rows', count(*) FROM tokens('a b', NULL);
SELECT 'empty: no rows', count(*) FROM tokens('');
SELECT 'spaces and ZWNJ: no rows', count(*) FROM tokens('   ' || char(0x200c) || ' ');
SELECT 'a real', group_concat(token, ' ') FROM tokens(1400.5);
SELECT 'a blob', group_concat(token, ' ') FROM tokens(CAST('Côte d’Ivoire' AS BLOB));
-- invalid UTF-8: U+FFFD (EFBFBD) for each ill-formed sequence, offsets as SQLite counts
SELECT 'invalid UTF-8, punct=1', start, end, hex(token), script FROM tokens(x'61FF62C0AF63E282', 'punct=1');
SELECT 'a stray continuation byte', start, end, token FROM tokens(x'C3A9A9616263');
SELECT 'SQLite: bytes of the blob', length(x'C3A9A9616263');
SELECT 'SQLite: characters of the blob as text', length(CAST(x'C3A9A9616263' AS TEXT));
-- code point boundaries
SELECT 'code point boundaries, punct=1', start, end, hex(token), script FROM tokens(char(0x7f, 0x20, 0x80, 0x20, 0x7ff, 0x20, 0x800,
  0x20, 0xffff, 0x20, 0x10000, 0x20, 0x10ffff), 'punct=1');

-- A 100 MB string: two tokens, nothing truncated, nothing crashes
CREATE TEMP TABLE big AS SELECT printf('%.*c', 50000000, 'A') || printf('%.*c', 25000000, 'ك') AS t;
SELECT '100 MB: two tokens', start, end, length(token), length(normalized), substr(normalized, 1, 3), script FROM big, tokens(big.t);
-- and 10 MB of short words, streamed
CREATE TEMP TABLE short_words AS
  SELECT count(*) AS n, max(position) AS last, sum(end - start) AS chars
  FROM tokens(replace(printf('%.*c', 1000000, 'x'), 'x', 'گفت وگو ab '));
SELECT '10 MB of short words: tokens', n FROM short_words;
SELECT '10 MB of short words: last position', last FROM short_words;
SELECT '10 MB of short words: characters in tokens', chars FROM short_words;

-- errors name the function and list what is valid
SELECT * FROM tokens;
SELECT * FROM tokens('a', 'colour=red');
SELECT * FROM tokens('a', 'stem=yes');
SELECT * FROM tokens('a', 'lang');
SELECT * FROM tokens('a', 'lang=de');
