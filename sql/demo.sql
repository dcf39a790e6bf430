-- demo.sql — zaban on the bundled sample news (sql/samples.sql): six short
-- articles in Persian, Arabic, French and English about one story.
-- Run with `make demo`, or:  sqlite3 :memory: -cmd '.load ./dist/zaban' < sql/demo.sql
-- Every table fits a terminal of 100 columns.
.read sql/samples.sql
.mode box
.print
SELECT zaban_version() AS "zaban";

.print
.print '1. Who is mentioned, in every language at once: one id per person or organization,'
.print '   whatever the script or spelling (entities(), linked through the gazetteer).'
SELECT name, count(DISTINCT d.id) AS docs, group_concat(DISTINCT d.lang) AS langs,
       count(*) AS mentions
FROM docs d, entities(d.body) e
WHERE e.kind IN ('person', 'org') AND e.entity NOT LIKE 'name:%'
GROUP BY e.entity ORDER BY docs DESC, mentions DESC, name;

.print
.print '   The spellings behind one of them:'
SELECT d.lang, e.surface FROM docs d, entities(d.body) e
WHERE e.entity = 'person:hossein-amir-abdollahian' GROUP BY d.lang, e.surface;

.print
.print '2. Dates in the text, resolved against the day each article was published (dates()):'
.print '   weekdays without a date, Jalali days without a year, Hijri dates, datelines.'
SELECT d.id, d.published, t.surface, t.value, t.calendar, t.jalali
FROM docs d, dates(d.body, d.published) t;

.print
.print '3. Search that finds every spelling (the FTS5 tokenizer zaban): Arabic ي/ك find the'
.print '   Persian articles, no accents find the French one, Persian digits find Latin ones.'
CREATE VIRTUAL TABLE search USING fts5(body, tokenize = 'zaban');
INSERT INTO search(rowid, body) SELECT id, body FROM docs;
SELECT q.query, q.written, group_concat(s.rowid, ' ') AS "articles found"
FROM (SELECT 1 AS i, 'همکاري اسلامي' AS query, 'همکاری اسلامی (fa)' AS written
      UNION ALL SELECT 2, 'cooperation islamique', 'coopération islamique (fr)'
      UNION ALL SELECT 3, '۲۰۲۴', '2024 (fr)'
      UNION ALL SELECT 4, '"al-aqsa"', 'al-Aqsa (en)') AS q
LEFT JOIN search s ON search MATCH q.query GROUP BY q.i ORDER BY q.i;

.print
.print '4. Persian as a careful editor writes it (fa_normalize()): ZWNJ restored,'
.print '   Arabic ي/ك made Persian, spacing around punctuation fixed.'
.mode box --wrap 44 --wordwrap on
SELECT substr(body, 1, instr(body, char(10)) - 1) AS "title as sent",
       fa_normalize(substr(body, 1, instr(body, char(10)) - 1)) AS "normalized"
FROM docs WHERE lang = 'fa';

.print
.mode box
.print '5. One matching key for every spelling (fold()), for joins and indexes:'
SELECT fold('Côte d’Ivoire') = fold('COTE D''IVOIRE') AS "latin", fold('كتاب') = fold('کتاب') AS "ي/ك",
       fold('۱۴۰۰') AS "digits", name_key('امیرعبداللهیان') = name_key('Amir Abdollahian') AS "name_key";

.print
.print '6. Calendars: publication dates in the Jalali and Hijri calendars, and back.'
SELECT id, published, jalali_strftime('%A %-d %B %Y', published) AS "Jalali",
       hijri(published) AS "Hijri" FROM docs;
SELECT gregorian('۰۴ آذر ۱۴۰۰') AS "۰۴ آذر ۱۴۰۰", gregorian('یکشنبه ۱۶ مهر ۱۴۰۲') AS "یکشنبه ۱۶ مهر ۱۴۰۲",
       gregorian('15 رمضان 1445', 'hijri') AS "15 رمضان 1445";
