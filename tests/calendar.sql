-- calendar.sql — jalali(), jalali_strftime(), gregorian(), hijri(), calendar().
-- Every check prints its value (so a NULL cannot pass silently) or compares
-- with IS / coalesce(..., 0).

.print '-- the examples of docs/calendar.md'
SELECT jalali('2023-10-08');
SELECT jalali('2023-10-08', 'start of month', '+1 months');
SELECT jalali('2024-03-19', '+1 years');
SELECT jalali_strftime('%A %-d %B %Y', '2023-10-08');
SELECT jalali_strftime('%{names=dari,digits=persian}%A %-d %B %Y', '2023-10-08');
SELECT jalali_strftime('%{names=latin}%a %d %b %Y, %A %B', '2023-10-08 13:05:09');
SELECT gregorian('1400/09/04'), gregorian('۱۴۰۰/۰۹/۰۴'), date(gregorian('۱۴۰۰/۰۹/۰۴'), '+1 day');
SELECT gregorian('16 مهر 1402'), gregorian('۱۶ مهر ماه ۱۴۰۲'), gregorian('16 Mehr 1402');
SELECT gregorian('یکشنبه ۱۶ میزان ۱۴۰۲'), gregorian('1445-03-23', 'hijri');
SELECT hijri('2023-10-08'), hijri('2023-10-08', 'civil'), hijri('2023-10-08', 'start of year');
SELECT jm, count(*) FROM calendar('2023-03-21', '2024-03-19') GROUP BY jm;

.print '-- Nowruz 1503 is astronomically 2124-03-20 (ICU and jalaali-js: 03-21)'
SELECT jalali('2124-03-20'), jalali('2124-03-19'), gregorian('1503-01-01');
SELECT gregorian('1403-12-30'), gregorian('1404-12-30') IS NULL, gregorian('1502-12-30') IS NULL;

.print '-- impossible dates give NULL, never a rolled-over date'
SELECT gregorian('1402-13-01') IS NULL, gregorian('1402-07-31') IS NULL,
       gregorian('1402-00-10') IS NULL, gregorian('1402-07-00') IS NULL,
       gregorian('7/8/9') IS NULL, gregorian('16 مهر') IS NULL,
       gregorian('دوشنبه ۱۶ مهر ۱۴۰۲') IS NULL, gregorian('16 Ramadan 1445') IS NULL;
SELECT gregorian('1 فروردین 99999999') IS NULL, gregorian('1 فروردین 9999999999999999999999999999') IS NULL,
       gregorian('99999999999999999999 فروردین 1402') IS NULL, gregorian('۱ فروردین ۱۴۰۲');

.print '-- time values: everything julianday() accepts, seen as julianday() sees it'
SELECT jalali('2023-10-08 23:59:59.999'), jalali('2023-10-08T24:00'), jalali(2460226.5),
       jalali(2460226), jalali(1696723200, 'unixepoch'), jalali('2023-10-08 10:00:00+05:00'),
       jalali('2023-02-30');
SELECT jalali('now') IS jalali(date('now')), jalali('2023-10-08 22:00', 'localtime')
       IS jalali(datetime('2023-10-08 22:00', 'localtime'));
SELECT jalali('0000-01-01'), jalali('9999-12-31'), jalali(0), jalali(-1) IS NULL,
       jalali('10000-01-01') IS NULL, jalali('-4713-11-25'), hijri('-4713-11-25');
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 20000),
  v(x) AS (
    SELECT printf('%04d-%02d-%02d', 1 + i % 9998, i % 14, i % 33) FROM n
    UNION ALL SELECT printf('%04d-%02d-%02d %02d:%02d:%02d.%03d', 1800 + i % 400, 1 + i % 12,
                            1 + i % 31, i % 26, i % 61, i % 60, i % 1000) FROM n
    UNION ALL SELECT printf('%04d-%02d-%02dT%02d:%02d', 2000 + i % 50, 1 + i % 12, 28 + i % 4,
                            i % 25, i % 60) FROM n
    UNION ALL SELECT 2000000.0 + i * 97.125 FROM n
    UNION ALL SELECT i * 123456 - 50000 FROM n)
SELECT count(*), sum(gregorian(jalali(x)) IS NOT date(x, '+0 days')),
       sum(gregorian(hijri(x), 'hijri') IS NOT date(x, '+0 days')),
       sum(jalali_strftime('%H:%M:%f %s', x) IS NOT strftime('%H:%M:%f %s', x, '+0 days')),
       sum(abs(jalali_strftime('%J', x) - julianday(x)) > 1e-9),
       sum((jalali_strftime('%J', x) IS NULL) != (julianday(x) IS NULL)), count(julianday(x))
FROM v;

.print '-- modifiers: calendar ones in the calendar, ordinary ones as SQLite has them'
SELECT jalali('2023-10-08', '+1 months', '-1 day'), jalali('2023-10-08', '-1 day', '+1 months'),
       jalali('2023-10-08', 'start of year', '-1 day'), jalali('2023-10-08', 'weekday 5'),
       jalali('2023-10-08', '+3 hours', 'start of month'), jalali('2023-10-08', 'start of day');
SELECT jalali('2024-03-19', '+1 year'), jalali('2024-03-19', '-12 months'),
       jalali('2023-09-22', '+6 months'), jalali('2023-10-08', '+1.0 months'),
       jalali('2023-10-08', '+1.5 months') IS NULL, jalali('2023-10-08', 'start of month', 'unixepoch') IS NULL;
SELECT jalali_strftime('%F %T', '2023-10-08 13:05:09', 'start of month'),
       jalali_strftime('%F %T', '2023-10-08 13:05:09', '+1 months', '+2 hours');
SELECT hijri('2023-10-08', 'civil', 'start of month'), hijri('2023-10-08', 'start of month', 'umalqura'),
       hijri('2023-10-08', '+1 months'), hijri('1700-01-01'), hijri('1700-01-01', 'civil');
SELECT jalali('2023-10-08', NULL) IS NULL, jalali('2023-10-08', 'nonsense') IS NULL,
       jalali('2023-10-08', 5) IS NULL, jalali('2023-10-08', '+100000 years') IS NULL,
       hijri('2023-10-08', 'civil ') IS NULL;

.print '-- jalali_strftime directives'
SELECT jalali_strftime('%Y|%y|%m|%d|%j|%w|%u|%W|%H|%M|%S|%f|%s|%%', '2023-10-08 13:05:09.250');
SELECT jalali_strftime('%-d %-m %-j %-H', '2023-04-01 01:00');
SELECT jalali_strftime('%{names=amordad}%B %{names=persian}%B', '2023-08-01');
SELECT jalali_strftime('%{digits=arabic}%F', '2023-10-08'), jalali_strftime('%{digits=latin}%F', '2023-10-08');
SELECT jalali_strftime('%B|%b|%A|%a', '2024-03-15'), jalali_strftime('%{names=english}%B|%b|%A|%a', '2024-03-15');
SELECT jalali_strftime('%q', '2023-10-08') IS NULL, jalali_strftime('abc%', '2023-10-08') IS NULL,
       jalali_strftime('%{names=latin', '2023-10-08') IS NULL, jalali_strftime('', '2023-10-08') = '';
SELECT jalali_strftime(NULL, '2023-10-08') IS NULL, jalali_strftime('%d', NULL) IS NULL;
SELECT jalali_strftime('%{names=klingon}%B', '2023-10-08');
SELECT jalali_strftime('%{colour=red}%B', '2023-10-08');

.print '-- gregorian(): what people write'
SELECT gregorian('1402-07-16'), gregorian('1402/7/16'), gregorian('16/07/1402'), gregorian('١٤٠٢-٠٧-١٦'),
       gregorian(' 1402.07.16 '), gregorian('Mehr 16, 1402'), gregorian('16 MEHR 1402');
SELECT gregorian('۱۶ اردیبهشت ۱۴۰۲'), gregorian('۱۶ اردی‌بهشت ۱۴۰۲'), gregorian('۱۶ اردی بهشت ۱۴۰۲'),
       gregorian('۱۶ ارديبهشت ۱۴۰۲'), gregorian('16 امرداد 1402'), gregorian('16 Amordad 1402');
SELECT gregorian('۱۵ سنبلهٔ ۱۴۰۲'), gregorian('۱۵ سنبله ۱۴۰۲'), gregorian('15 Sonboleh 1402'),
       gregorian('چهارشنبه ۱۵ سنبله ۱۴۰۲'), gregorian('چهار شنبه، ۱۵ سنبله ۱۴۰۲'),
       gregorian('سه‌شنبه ۱۵ سنبله ۱۴۰۲') IS NULL, gregorian('سه شنبه ۱۴ سنبله ۱۴۰۲');
SELECT gregorian('23 ربیع‌الاول 1445', 'hijri'), gregorian('٢٣ ربيع الأول ١٤٤٥', 'HIJRI'),
       gregorian('23 Rabi al-Awwal 1445', 'hijri'), gregorian('1445-03-23', 'hijri-civil'),
       gregorian('1445-03-31', 'hijri') IS NULL;
SELECT gregorian('-0021-01-01'), gregorian(jalali('-4713-11-25')), gregorian('9378-10-10'),
       gregorian('9378-10-11'),
       gregorian('9378-10-12') IS NULL, jalali(0), gregorian(jalali(0)) IS NULL;

.print '-- gregorian() reads back what jalali_strftime() writes: years before 1 AP, %a and %b'
SELECT jalali_strftime('%-d %B %Y', '-1143-11-10'), gregorian('19 آبان -1764'),
       gregorian('19 آبان -0522'), gregorian('19 Aban -522'), gregorian('Aban 19, -0522'),
       gregorian('19/08/-0522'), gregorian('-0522/08/19'), gregorian('0005-01-01'),
       gregorian('1 فروردین 0005'), gregorian('1 فروردین 5');
SELECT jalali_strftime('%{names=latin}%a %d %b %Y|%a, %b %-d, %Y', '2000-01-01'), gregorian('Sha 11 Dey 1378'),
       gregorian('Sha 11, 1378'), gregorian('Sha, Sha 13, 1378'), gregorian('Far 16, 1402'),
       gregorian('Dos 16 Meh 1402') IS NULL, gregorian('Far 16, 1402', 'hijri') IS NULL;
SELECT gregorian('19 آبان - 0522') IS NULL, gregorian('19 آبان -') IS NULL, gregorian('-19 آبان 0522') IS NULL,
       gregorian('19/-08/0522') IS NULL, gregorian('-19/08/0522') IS NULL, gregorian('0522/08/-19') IS NULL;
-- Every 193rd day of the range gregorian() gives, -4713-11-25 .. 9999-12-31, in
-- forms with month names and numeric ones, the names and digits changing from
-- day to day.  Days go in as Julian day numbers: SQLite's julianday() of
-- some negative years' text is not the day its date() writes
-- (julianday('-3500-08-13') is date() '-3500-08-14').
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 27843),
  d(i, jd) AS (SELECT i, 0.5 + min(i * 193, 5373483) FROM n),
  f(fmt) AS (VALUES ('%-d %B %Y'), ('%A %-d %B %Y'), ('%d %B ماه %-Y'), ('%A، %d %B %Y'),
                    ('%B %-d, %Y'), ('%a %d %b %Y'), ('%a, %b %-d, %Y'), ('%d/%m/%Y'), ('%Y/%-m/%-d')),
  s(i, style) AS (VALUES (0, 'persian'), (1, 'amordad'), (2, 'dari'), (3, 'latin'), (4, 'english')),
  g(i, digits) AS (VALUES (0, 'latin'), (1, 'persian'), (2, 'arabic'))
SELECT count(*), date(min(jd)), date(max(jd)), count(DISTINCT style), count(DISTINCT digits),
       sum(gregorian(jalali_strftime('%{names=' || style || ',digits=' || digits || '}' || fmt, jd))
           IS NOT date(jd))
FROM d, f, s, g WHERE s.i = d.i % 5 AND g.i = d.i / 5 % 3;

.print '-- NULL, blobs, numbers, odd text'
SELECT jalali(NULL) IS NULL, hijri(NULL) IS NULL, gregorian(NULL) IS NULL, gregorian('1402-07-16', NULL) IS NULL;
SELECT gregorian(14020716) IS NULL, gregorian(CAST('1402-07-16' AS BLOB)), jalali(CAST('2023-10-08' AS BLOB)),
       jalali(x'ff00ff') IS NULL, gregorian(x'ff00ff') IS NULL, gregorian('') IS NULL, jalali('') IS NULL;
SELECT gregorian(char(0x7f)) IS NULL, gregorian(char(0x80)) IS NULL, gregorian(char(0x7ff)) IS NULL,
       gregorian(char(0x800)) IS NULL, gregorian(char(0xffff)) IS NULL, gregorian(char(0x10000)) IS NULL,
       gregorian(char(0x10ffff)) IS NULL, gregorian('1402-07-16' || char(0x10ffff)) IS NULL;
SELECT gregorian(printf('%.*c', 1000000, '1')) IS NULL, jalali(printf('%.*c', 1000000, '2')) IS NULL,
       jalali_strftime(printf('%.*c', 100000, 'x'), '2023-10-08') = printf('%.*c', 100000, 'x');

.print '-- errors name the function'
SELECT jalali();
SELECT hijri();
SELECT jalali_strftime('%d');
SELECT gregorian();
SELECT gregorian('1402-07-16', 'julian');
SELECT gregorian('1402-07-16', 'jalali', 3);

.print '-- calendar(start, stop)'
SELECT * FROM calendar('2024-03-19', '2024-03-21');
SELECT count(*), min(date), max(date) FROM calendar('1925-01-01', '2024-12-31');
SELECT count(*) FROM calendar('2024-01-02', '2024-01-01');
SELECT count(*) FROM calendar(NULL, '2024-01-01');
SELECT count(*) FROM calendar('hello', '2024-01-01');
SELECT date, jalali FROM calendar('2023-10-08 13:00', 'now', 'ignored') LIMIT 1;
SELECT count(*) FROM calendar('2024-01-01');
SELECT count(*) FROM calendar;
SELECT jy, jm, count(*) FROM calendar('2023-01-01', '2023-12-31') GROUP BY 1, 2 LIMIT 3;
CREATE TABLE events(day TEXT);
INSERT INTO events VALUES ('2023-10-08'), ('2023-10-09'), ('2023-10-12');
SELECT c.date, count(e.day) FROM calendar('2023-10-08', '2023-10-12') c
  LEFT JOIN events e ON e.day = c.date GROUP BY c.date;
CREATE TABLE spans(a TEXT, b TEXT);
INSERT INTO spans VALUES ('2023-10-08', '2023-10-09'), ('2024-03-19', '2024-03-20');
SELECT spans.a, group_concat(c.jalali, ' ') FROM spans, calendar(spans.a, spans.b) c GROUP BY spans.a;
EXPLAIN QUERY PLAN SELECT * FROM spans, calendar(spans.a, spans.b);
EXPLAIN QUERY PLAN SELECT * FROM calendar('2023-01-01', '2023-01-05') ORDER BY date;

.print '-- deterministic: usable in indexes and generated columns'
CREATE TABLE news(d TEXT, jy INTEGER AS (CAST(substr(jalali(d), 1, 4) AS INTEGER)));
CREATE INDEX news_jalali ON news(jalali(d));
INSERT INTO news(d) VALUES ('2023-10-08'), ('2024-03-20');
SELECT d, jy FROM news WHERE jalali(d) >= '1403-01-01';
