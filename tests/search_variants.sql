-- search_variants.sql — the FTS5 tokenizer `zaban` and its extra terms: Persian
-- spelling variants (sql/search/spelling_variants.tsv) indexed under one term,
-- and the parts of names written as one word, colocated.
.mode list
CREATE VIRTUAL TABLE f USING fts5(body, tokenize = 'zaban');
INSERT INTO f(rowid, body) VALUES
  (1, 'گفتگوی تلفنی: گفتگو در اطاق'),
  (2, 'گفت‌وگو در اتاق'),
  (3, 'گفت وگو با هیأت'),
  (4, 'AmirAbdollahian met the press'),
  (7, 'Amir Abdollahian met the press'),
  (5, 'امیرعبداللهیان و عبداللهیان'),
  (6, 'مسئله و مساله و مسأله');
SELECT 'variants: گفتگو finds every spelling', group_concat(rowid) FROM f WHERE f MATCH 'گفتگو';
SELECT 'variants: گفت‌وگو finds every spelling', group_concat(rowid) FROM f WHERE f MATCH 'گفت‌وگو';
SELECT 'variants: the phrase "گفت وگو" too', group_concat(rowid) FROM f WHERE f MATCH '"گفت وگو"';
SELECT 'variants: اطاق', group_concat(rowid) FROM f WHERE f MATCH 'اطاق';
SELECT 'variants: اتاق', group_concat(rowid) FROM f WHERE f MATCH 'اتاق';
SELECT 'variants: هیئت', group_concat(rowid) FROM f WHERE f MATCH 'هیئت';
SELECT 'variants: مساله, one document', group_concat(rowid) FROM f WHERE f MATCH 'مساله';
SELECT 'variants: a prefix query is left as typed', group_concat(rowid) FROM f WHERE f MATCH 'اطا*';
SELECT 'names: Abdollahian finds AmirAbdollahian and Amir Abdollahian', group_concat(rowid) FROM f WHERE f MATCH 'Abdollahian';
SELECT 'names: amir too', group_concat(rowid) FROM f WHERE f MATCH 'amir';
SELECT 'names: the query AmirAbdollahian finds the joined spelling only (a limit)', group_concat(rowid) FROM f WHERE f MATCH 'AmirAbdollahian';
SELECT 'names: عبداللهیان finds امیرعبداللهیان', group_concat(rowid) FROM f WHERE f MATCH 'عبداللهیان';
SELECT 'names: highlight() marks the whole word', highlight(f, 0, '[', ']') FROM f WHERE f MATCH 'Abdollahian';
-- what tokens() shows: the extra terms at the word's position
SELECT 'tokens: a variant', group_concat(normalized || '@' || position, ' ') FROM tokens('گفتگو اطاق');
SELECT 'tokens: joined names', group_concat(normalized || '@' || position, ' ')
  FROM tokens('AmirAbdollahian McDonald iPhone امیرعبداللهیان میرزا ابوظبی');
SELECT 'tokens: too many parts for a name', group_concat(normalized, ' ') FROM tokens('ThisIsAnIdentifierName');
