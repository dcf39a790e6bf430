-- The FTS5 tokenizer `zaban`: a small multilingual collection and queries
-- whose hits are listed by hand (column `expected`).  Every line of the
-- checks must say ok (then the table, the query and its hits); the other
-- checks are labelled.  The expected output is tests/fts.expected.
.nullvalue NULL

CREATE TABLE news(id INTEGER PRIMARY KEY, body TEXT);
INSERT INTO news VALUES
 (1, 'وزیر خارجه در این گفتوگو گفت که رایزنیهای منطقه‌ای ادامه دارد.'),
 (2, 'در نشست خبری امروز دو طرف درباره همکاری گفت وگو کردند.'),
 (3, 'متن کامل گفت‌وگو در کتاب ها و روزنامه‌ها منتشر شد.'),
 (4, 'این كتاب جديد را خواندم.'),
 (5, 'تاریخ نشست ۱۴۰۰/۰۹/۰۴ بود و در سال ۱۴۰۳ تکرار شد.'),
 (6, 'The meeting of 1400 delegates was held in Tehran.'),
 (7, 'Lors d’un entretien téléphonique, le ministre a salué l''Organisation de la coopération islamique.'),
 (8, 'Foreign Minister Abdollahian''s phone call with the OIC.'),
 (9, 'أجرى وزير الخارجية اتصالاً هاتفياً مع نظيره الكويتي.'),
 (10, 'Côte d’Ivoire: the government made a telephone call.'),
 (11, 'کشورهای منطقه باید بیشتر همکاری کنند و پیچیده‌تر شدن شرایط را ببینند.'),
 (12, 'در ایران باران می بارد.');

CREATE VIRTUAL TABLE f USING fts5(body, tokenize = 'zaban');
INSERT INTO f(rowid, body) SELECT id, body FROM news;
CREATE VIRTUAL TABLE fs USING fts5(body, tokenize = 'zaban stem 1');
INSERT INTO fs(rowid, body) SELECT id, body FROM news;

-- (query, hits by hand) for the default tokenizer and for stem 1
CREATE TABLE q(tab TEXT, query TEXT, expected TEXT);
INSERT INTO q VALUES
 -- گفت‌وگو finds گفتوگو and گفت وگو, in every spelling of the query
 ('f', 'گفت‌وگو', '1,2,3'), ('f', 'گفتوگو', '1,2,3'), ('f', '"گفت وگو"', '1,2,3'),
 ('f', 'گفت*', '1,2,3'), ('f', 'گفت', '1,2'), ('f', '"این گفتوگو"', '1'),
 -- Arabic and Persian letter forms
 ('f', 'كتاب', '3,4'), ('f', 'کتاب', '3,4'), ('f', 'جدید', '4'), ('f', 'کتاب‌ها', '3'),
 -- digits of any script
 ('f', '۱۴۰۰', '5,6'), ('f', '1400', '5,6'), ('f', '١٤٠٠', '5,6'), ('f', '"۱۴۰۰ ۰۹"', '5'),
 -- accents, case, apostrophes, elisions
 ('f', 'telephonique', '7'), ('f', 'TÉLÉPHONIQUE', '7'), ('f', 'Abdollahian', '8'),
 ('f', '"Abdollahian''s"', '8'), ('f', 'organisation', '7'), ('f', '"l''Organisation"', '7'),
 ('f', 'ivoire', '10'), ('f', '"cote d''ivoire"', '10'), ('f', 'الخارجية', '9'),
 ('f', 'می‌بارد', '12'), ('f', 'بارد', '12'),
 -- without stemming, inflected forms are other words
 ('f', 'رایزنی', ''), ('f', 'کشور', ''), ('f', 'telephone', '10'),
 -- boolean and NEAR queries
 ('f', 'گفت‌وگو AND همکاری', '2'), ('f', 'گفت‌وگو NOT همکاری', '1,3'),
 ('f', 'NEAR(وزیر رایزنیهای, 8)', '1'),
 -- stem 1: Persian suffixes, checked by the lexicon; Snowball for the others
 ('fs', 'رایزنی', '1'), ('fs', 'رایزنیهای', '1'), ('fs', 'کشور', '11'), ('fs', 'پیچیده', '11'),
 ('fs', 'کتاب', '3,4'), ('fs', 'روزنامه', '3'), ('fs', 'ایر', ''), ('fs', 'بار', ''),
 ('fs', 'باران', '12'), ('fs', 'گفت‌وگو', '1,2,3'),
 ('fs', 'telephonique', '7,10'), ('fs', 'cooperation', '7'), ('fs', 'meetings', '6'),
 ('fs', 'delegate', '6'), ('fs', 'organisations', '7'),
 -- prefix queries are not stemmed
 ('fs', 'telephoniq*', '7'), ('fs', 'رایزن*', '1');

SELECT CASE WHEN hits IS expected THEN 'ok' ELSE 'WRONG' END, tab, query, hits FROM (
  SELECT tab, query, expected, coalesce(CASE tab
    WHEN 'f' THEN (SELECT group_concat(rowid) FROM (SELECT rowid FROM f WHERE f MATCH q.query ORDER BY rowid))
    ELSE (SELECT group_concat(rowid) FROM (SELECT rowid FROM fs WHERE fs MATCH q.query ORDER BY rowid))
  END, '') AS hits FROM q);

-- highlight() and snippet() show the original text, whatever was indexed
SELECT 'highlight: گفت‌وگو in every spelling', rowid, highlight(f, 0, '[', ']') FROM f WHERE f MATCH 'گفت‌وگو' ORDER BY rowid;
SELECT 'highlight: letter forms, digits, accents, apostrophes', rowid, highlight(f, 0, '[', ']') FROM f WHERE f MATCH 'كتاب OR ۱۴۰۰ OR telephonique OR Abdollahian' ORDER BY rowid;
SELECT 'snippet: organisation', rowid, snippet(f, 0, '[', ']', '…', 4) FROM f WHERE f MATCH 'organisation' ORDER BY rowid;
SELECT 'highlight, stem 1: the words of the stems', rowid, highlight(fs, 0, '[', ']') FROM fs WHERE fs MATCH 'رایزنی OR کشور OR cooperation' ORDER BY rowid;

-- the terms of the index
CREATE VIRTUAL TABLE v USING fts5vocab(f, 'row');
SELECT 'index terms that begin with گفت or کتا', group_concat(term, ' ') FROM (SELECT term FROM v WHERE substr(term, 1, 3) IN ('گفت', 'کتا') ORDER BY term);

-- updates and deletes tokenize the old text again: no stale terms
DELETE FROM f WHERE rowid = 2;
UPDATE f SET body = 'گفت وگو' WHERE rowid = 1;
SELECT 'after a delete and an update: گفت‌وگو', group_concat(rowid) FROM f WHERE f MATCH 'گفت‌وگو';
INSERT INTO f(f) VALUES ('integrity-check');
INSERT INTO fs(fs) VALUES ('integrity-check');

-- options, as unicode61 takes them: key value pairs, all explicit
CREATE VIRTUAL TABLE o1 USING fts5(body, tokenize = 'zaban join 0 lang fr stem 1');
INSERT INTO o1 VALUES ('گفت وگو'), ('coopération');
SELECT 'join 0: گفت وگو is two words', count(*) FROM o1 WHERE o1 MATCH 'گفت‌وگو';
SELECT 'lang fr stem 1: cooperer finds coopération', count(*) FROM o1 WHERE o1 MATCH 'cooperer';
CREATE VIRTUAL TABLE o2 USING fts5(body, tokenize = "zaban STEM 0");

-- bad input: NULL, empty, numbers, blobs, invalid UTF-8, a 100 MB text
INSERT INTO f(rowid, body) VALUES (100, NULL), (101, ''), (102, 1400), (103, CAST('Côte' AS BLOB)),
                                  (104, x'61FF62C0AF63E282');
SELECT 'bad input: an integer, a blob, invalid UTF-8', group_concat(rowid) FROM f WHERE f MATCH '1400 OR cote OR b';
SELECT 'bad input: highlight of invalid UTF-8', rowid, hex(highlight(f, 0, '[', ']')) FROM f WHERE f MATCH 'c' AND rowid = 104;
CREATE TEMP TABLE big AS SELECT printf('%.*c', 50000000, 'A') || printf('%.*c', 25000000, 'ك') || ' گفت وگو' AS t;
INSERT INTO f(rowid, body) SELECT 200, t FROM big;
SELECT 'a 100 MB text: گفت‌وگو at its end', group_concat(rowid) FROM f WHERE f MATCH 'گفت‌وگو';
INSERT INTO f(f) VALUES ('integrity-check');

-- wrong options: FTS5 reports them as a constructor error (the message
-- naming the option goes to SQLite's error log)
CREATE VIRTUAL TABLE e1 USING fts5(body, tokenize = 'zaban colour red');
CREATE VIRTUAL TABLE e2 USING fts5(body, tokenize = 'zaban stem');
CREATE VIRTUAL TABLE e3 USING fts5(body, tokenize = 'zaban stem 2');
