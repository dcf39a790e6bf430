-- demo.sql — zaban on the bundled sample news (sql/samples.sql).
-- Run with `make demo`, or:  sqlite3 :memory: -cmd '.load ./dist/zaban' < sql/demo.sql
.read sql/samples.sql
.mode box
.print
.print 'What zaban is:'
SELECT zaban_version() AS version;

.print
.print 'Each document, its declared and detected language:'
SELECT id, lang AS declared, lang(body) AS detected, published FROM docs;

.print
.print 'Persian as an editor would write it (missing ZWNJ restored, Arabic ي/ك, spacing, digits):'
SELECT id, substr(replace(body, char(10), ' '), 1, 70) AS original,
       substr(replace(fa_normalize(body), char(10), ' '), 1, 70) AS normalized
FROM docs WHERE lang(body) = 'fa';

.print
.print 'One matching key for every spelling: fold()'
SELECT fold('Côte d’Ivoire') AS fold1, fold('COTE D''IVOIRE') AS fold2,
       fold('كتاب') = fold('کتاب') AS same_book, fold('۱۴۰۰') AS digits;

.print
.print 'Digits in any system:'
SELECT digits('۱۶:۱۲ ۰۴ آذر ۱۴۰۰', 'latin') AS latin, digits('2024-06-02', 'persian') AS persian,
       digits('15 رمضان 1445', 'arabic') AS arabic;

.print
.print 'Arabic for matching:'
SELECT ar_normalize('أجرى وزيرُ الخارجيةِ اتصالاً هاتفياً') AS normalized;

.print
.print 'Publication dates in the Jalali and Hijri calendars:'
SELECT id, published, jalali(published) AS jalali,
       jalali_strftime('%A %-d %B %Y', published) AS persian,
       hijri(published) AS hijri FROM docs;

.print
.print 'A date as the Persian text writes it, back to Gregorian:'
SELECT gregorian('۰۴ آذر ۱۴۰۰') AS azar_1400, gregorian('یکشنبه ۱۶ مهر ۱۴۰۲') AS mehr_1402,
       date(gregorian('۱۴۰۰/۰۹/۰۴'), '+1 day') AS next_day;

.print
.print 'Documents per Jalali month of 1402:'
SELECT c.jm AS month, count(d.id) AS docs
FROM calendar('2023-03-21', '2024-03-19') AS c LEFT JOIN docs AS d ON d.published = c.date
GROUP BY c.jm HAVING docs > 0;
