-- calendar.sql — jalali(), jalali_strftime(), gregorian(), hijri(), calendar().
-- One check per line, labelled; every check prints its value (so a NULL
-- cannot pass silently) or compares with IS / coalesce(..., 0).

.print '-- the examples of docs/calendars.md'
SELECT 'jalali: 2023-10-08', jalali('2023-10-08');
SELECT 'jalali: start of month, +1 months', jalali('2023-10-08', 'start of month', '+1 months');
SELECT 'jalali: 1402-12-29 +1 years', jalali('2024-03-19', '+1 years');
SELECT 'jalali_strftime: %A %-d %B %Y', jalali_strftime('%A %-d %B %Y', '2023-10-08');
SELECT 'jalali_strftime: Dari names, Persian digits', jalali_strftime('%{names=dari,digits=persian}%A %-d %B %Y', '2023-10-08');
SELECT 'jalali_strftime: Latin names, %a %b %A %B', jalali_strftime('%{names=latin}%a %d %b %Y, %A %B', '2023-10-08 13:05:09');
SELECT 'gregorian: 1400/09/04', gregorian('1400/09/04');
SELECT 'gregorian: ۱۴۰۰/۰۹/۰۴', gregorian('۱۴۰۰/۰۹/۰۴');
SELECT 'gregorian: composes with date()', date(gregorian('۱۴۰۰/۰۹/۰۴'), '+1 day');
SELECT 'gregorian: 16 مهر 1402', gregorian('16 مهر 1402');
SELECT 'gregorian: ۱۶ مهر ماه ۱۴۰۲', gregorian('۱۶ مهر ماه ۱۴۰۲');
SELECT 'gregorian: 16 Mehr 1402', gregorian('16 Mehr 1402');
SELECT 'gregorian: weekday and Dari month میزان', gregorian('یکشنبه ۱۶ میزان ۱۴۰۲');
SELECT 'gregorian: hijri 1445-03-23', gregorian('1445-03-23', 'hijri');
SELECT 'hijri: 2023-10-08', hijri('2023-10-08');
SELECT 'hijri: civil', hijri('2023-10-08', 'civil');
SELECT 'hijri: start of year', hijri('2023-10-08', 'start of year');
SELECT 'calendar: days of each month of 1402', jm, count(*) FROM calendar('2023-03-21', '2024-03-19') GROUP BY jm;

.print '-- Nowruz 1503 is astronomically 2124-03-20 (ICU and jalaali-js: 03-21)'
SELECT 'jalali: Nowruz 1503', jalali('2124-03-20');
SELECT 'jalali: the day before Nowruz 1503', jalali('2124-03-19');
SELECT 'gregorian: 1503-01-01', gregorian('1503-01-01');
SELECT 'gregorian: 1403-12-30 (1403 is leap)', gregorian('1403-12-30');
SELECT 'gregorian: 1404-12-30 is NULL (1404 is not leap)', gregorian('1404-12-30') IS NULL;
SELECT 'gregorian: 1502-12-30 is NULL', gregorian('1502-12-30') IS NULL;

.print '-- impossible dates give NULL, never a rolled-over date'
SELECT 'gregorian: month 13 is NULL', gregorian('1402-13-01') IS NULL;
SELECT 'gregorian: 31 Mehr is NULL', gregorian('1402-07-31') IS NULL;
SELECT 'gregorian: month 0 is NULL', gregorian('1402-00-10') IS NULL;
SELECT 'gregorian: day 0 is NULL', gregorian('1402-07-00') IS NULL;
SELECT 'gregorian: no year of 3 digits is NULL', gregorian('7/8/9') IS NULL;
SELECT 'gregorian: no year is NULL', gregorian('16 مهر') IS NULL;
SELECT 'gregorian: a wrong weekday is NULL (دوشنبه ۱۶ مهر)', gregorian('دوشنبه ۱۶ مهر ۱۴۰۲') IS NULL;
SELECT 'gregorian: a Hijri month in a Jalali date is NULL', gregorian('16 Ramadan 1445') IS NULL;
SELECT 'gregorian: year 99999999 is NULL', gregorian('1 فروردین 99999999') IS NULL;
SELECT 'gregorian: a year of 28 digits is NULL', gregorian('1 فروردین 9999999999999999999999999999') IS NULL;
SELECT 'gregorian: a day of 20 digits is NULL', gregorian('99999999999999999999 فروردین 1402') IS NULL;
SELECT 'gregorian: ۱ فروردین ۱۴۰۲', gregorian('۱ فروردین ۱۴۰۲');

.print '-- time values: everything julianday() accepts, seen as julianday() sees it'
SELECT 'jalali: milliseconds before midnight', jalali('2023-10-08 23:59:59.999');
SELECT 'jalali: 24:00 is the next day', jalali('2023-10-08T24:00');
SELECT 'jalali: Julian day 2460226.5', jalali(2460226.5);
SELECT 'jalali: Julian day 2460226', jalali(2460226);
SELECT 'jalali: unixepoch', jalali(1696723200, 'unixepoch');
SELECT 'jalali: time zone +05:00', jalali('2023-10-08 10:00:00+05:00');
SELECT 'jalali: 2023-02-30 as julianday() reads it', jalali('2023-02-30');
SELECT 'jalali: now is today', jalali('now') IS jalali(date('now'));
SELECT 'jalali: localtime as datetime() has it', jalali('2023-10-08 22:00', 'localtime')
       IS jalali(datetime('2023-10-08 22:00', 'localtime'));
SELECT 'jalali: 0000-01-01', jalali('0000-01-01');
SELECT 'jalali: 9999-12-31', jalali('9999-12-31');
SELECT 'jalali: Julian day 0', jalali(0);
SELECT 'jalali: Julian day -1 is NULL', jalali(-1) IS NULL;
SELECT 'jalali: 10000-01-01 is NULL', jalali('10000-01-01') IS NULL;
SELECT 'jalali: -4713-11-25', jalali('-4713-11-25');
SELECT 'hijri: -4713-11-25', hijri('-4713-11-25');
CREATE TEMP TABLE time_values AS
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 20000),
  v(x) AS (
    SELECT printf('%04d-%02d-%02d', 1 + i % 9998, i % 14, i % 33) FROM n
    UNION ALL SELECT printf('%04d-%02d-%02d %02d:%02d:%02d.%03d', 1800 + i % 400, 1 + i % 12,
                            1 + i % 31, i % 26, i % 61, i % 60, i % 1000) FROM n
    UNION ALL SELECT printf('%04d-%02d-%02dT%02d:%02d', 2000 + i % 50, 1 + i % 12, 28 + i % 4,
                            i % 25, i % 60) FROM n
    UNION ALL SELECT 2000000.0 + i * 97.125 FROM n
    UNION ALL SELECT i * 123456 - 50000 FROM n)
SELECT count(*) AS n, sum(gregorian(jalali(x)) IS NOT date(x, '+0 days')) AS jalali_wrong,
       sum(gregorian(hijri(x), 'hijri') IS NOT date(x, '+0 days')) AS hijri_wrong,
       sum(jalali_strftime('%H:%M:%f %s', x) IS NOT strftime('%H:%M:%f %s', x, '+0 days')) AS time_wrong,
       sum(abs(jalali_strftime('%J', x) - julianday(x)) > 1e-9) AS julian_wrong,
       sum((jalali_strftime('%J', x) IS NULL) != (julianday(x) IS NULL)) AS null_wrong, count(julianday(x)) AS valid
FROM v;
SELECT 'time values: how many', n FROM time_values;
SELECT 'time values: gregorian(jalali(x)) is not date(x)', jalali_wrong FROM time_values;
SELECT 'time values: gregorian(hijri(x)) is not date(x)', hijri_wrong FROM time_values;
SELECT 'time values: jalali_strftime %H:%M:%f %s is not strftime()''s', time_wrong FROM time_values;
SELECT 'time values: jalali_strftime %J differs from julianday()', julian_wrong FROM time_values;
SELECT 'time values: jalali_strftime %J NULL where julianday() is not, or not where it is', null_wrong FROM time_values;
SELECT 'time values: how many julianday() reads', valid FROM time_values;

.print '-- modifiers: calendar ones in the calendar, ordinary ones as SQLite has them'
SELECT 'jalali: +1 months, -1 day', jalali('2023-10-08', '+1 months', '-1 day');
SELECT 'jalali: -1 day, +1 months', jalali('2023-10-08', '-1 day', '+1 months');
SELECT 'jalali: start of year, -1 day', jalali('2023-10-08', 'start of year', '-1 day');
SELECT 'jalali: weekday 5', jalali('2023-10-08', 'weekday 5');
SELECT 'jalali: +3 hours, start of month', jalali('2023-10-08', '+3 hours', 'start of month');
SELECT 'jalali: start of day', jalali('2023-10-08', 'start of day');
SELECT 'jalali: 1402-12-29 +1 year', jalali('2024-03-19', '+1 year');
SELECT 'jalali: 1402-12-29 -12 months', jalali('2024-03-19', '-12 months');
SELECT 'jalali: 1402-06-31 +6 months, clamped to the month end', jalali('2023-09-22', '+6 months');
SELECT 'jalali: +1.0 months', jalali('2023-10-08', '+1.0 months');
SELECT 'jalali: +1.5 months is NULL', jalali('2023-10-08', '+1.5 months') IS NULL;
SELECT 'jalali: unixepoch after start of month is NULL', jalali('2023-10-08', 'start of month', 'unixepoch') IS NULL;
SELECT 'jalali_strftime: start of month', jalali_strftime('%F %T', '2023-10-08 13:05:09', 'start of month');
SELECT 'jalali_strftime: +1 months, +2 hours', jalali_strftime('%F %T', '2023-10-08 13:05:09', '+1 months', '+2 hours');
SELECT 'hijri: civil, start of month', hijri('2023-10-08', 'civil', 'start of month');
SELECT 'hijri: start of month, umalqura', hijri('2023-10-08', 'start of month', 'umalqura');
SELECT 'hijri: +1 months', hijri('2023-10-08', '+1 months');
SELECT 'hijri: 1700-01-01', hijri('1700-01-01');
SELECT 'hijri: 1700-01-01 civil', hijri('1700-01-01', 'civil');
SELECT 'jalali: a NULL modifier is NULL', jalali('2023-10-08', NULL) IS NULL;
SELECT 'jalali: an unknown modifier is NULL', jalali('2023-10-08', 'nonsense') IS NULL;
SELECT 'jalali: a number as modifier is NULL', jalali('2023-10-08', 5) IS NULL;
SELECT 'jalali: +100000 years is NULL', jalali('2023-10-08', '+100000 years') IS NULL;
SELECT 'hijri: civil with a space after is NULL', hijri('2023-10-08', 'civil ') IS NULL;

.print '-- jalali_strftime directives'
SELECT 'jalali_strftime: numeric directives', jalali_strftime('%Y|%y|%m|%d|%j|%w|%u|%W|%H|%M|%S|%f|%s|%%', '2023-10-08 13:05:09.250');
SELECT 'jalali_strftime: %-d %-m %-j %-H', jalali_strftime('%-d %-m %-j %-H', '2023-04-01 01:00');
SELECT 'jalali_strftime: names=amordad, then names=persian', jalali_strftime('%{names=amordad}%B %{names=persian}%B', '2023-08-01');
SELECT 'jalali_strftime: digits=arabic', jalali_strftime('%{digits=arabic}%F', '2023-10-08');
SELECT 'jalali_strftime: digits=latin', jalali_strftime('%{digits=latin}%F', '2023-10-08');
SELECT 'jalali_strftime: %B %b %A %a', jalali_strftime('%B|%b|%A|%a', '2024-03-15');
SELECT 'jalali_strftime: names=english, %B %b %A %a', jalali_strftime('%{names=english}%B|%b|%A|%a', '2024-03-15');
SELECT 'jalali_strftime: unknown directive is NULL', jalali_strftime('%q', '2023-10-08') IS NULL;
SELECT 'jalali_strftime: % at the end is NULL', jalali_strftime('abc%', '2023-10-08') IS NULL;
SELECT 'jalali_strftime: unclosed options are NULL', jalali_strftime('%{names=latin', '2023-10-08') IS NULL;
SELECT 'jalali_strftime: empty format', jalali_strftime('', '2023-10-08') IS '';
SELECT 'jalali_strftime: NULL format is NULL', jalali_strftime(NULL, '2023-10-08') IS NULL;
SELECT 'jalali_strftime: NULL time is NULL', jalali_strftime('%d', NULL) IS NULL;
SELECT jalali_strftime('%{names=klingon}%B', '2023-10-08');
SELECT jalali_strftime('%{colour=red}%B', '2023-10-08');

.print '-- gregorian(): what people write'
SELECT 'gregorian: 1402-07-16', gregorian('1402-07-16');
SELECT 'gregorian: 1402/7/16', gregorian('1402/7/16');
SELECT 'gregorian: 16/07/1402', gregorian('16/07/1402');
SELECT 'gregorian: Arabic-Indic digits', gregorian('١٤٠٢-٠٧-١٦');
SELECT 'gregorian: dots and spaces around', gregorian(' 1402.07.16 ');
SELECT 'gregorian: Mehr 16, 1402', gregorian('Mehr 16, 1402');
SELECT 'gregorian: 16 MEHR 1402', gregorian('16 MEHR 1402');
SELECT 'gregorian: اردیبهشت', gregorian('۱۶ اردیبهشت ۱۴۰۲');
SELECT 'gregorian: اردی‌بهشت with ZWNJ', gregorian('۱۶ اردی‌بهشت ۱۴۰۲');
SELECT 'gregorian: اردی بهشت with a space', gregorian('۱۶ اردی بهشت ۱۴۰۲');
SELECT 'gregorian: ارديبهشت with Arabic ي', gregorian('۱۶ ارديبهشت ۱۴۰۲');
SELECT 'gregorian: امرداد', gregorian('16 امرداد 1402');
SELECT 'gregorian: Amordad', gregorian('16 Amordad 1402');
SELECT 'gregorian: سنبلهٔ with hamza', gregorian('۱۵ سنبلهٔ ۱۴۰۲');
SELECT 'gregorian: سنبله', gregorian('۱۵ سنبله ۱۴۰۲');
SELECT 'gregorian: Sonboleh', gregorian('15 Sonboleh 1402');
SELECT 'gregorian: weekday and Dari month سنبله', gregorian('چهارشنبه ۱۵ سنبله ۱۴۰۲');
SELECT 'gregorian: weekday of two words and a comma', gregorian('چهار شنبه، ۱۵ سنبله ۱۴۰۲');
SELECT 'gregorian: a wrong weekday is NULL (سه‌شنبه ۱۵ سنبله)', gregorian('سه‌شنبه ۱۵ سنبله ۱۴۰۲') IS NULL;
SELECT 'gregorian: سه شنبه with a space', gregorian('سه شنبه ۱۴ سنبله ۱۴۰۲');
SELECT 'gregorian: hijri ربیع‌الاول', gregorian('23 ربیع‌الاول 1445', 'hijri');
SELECT 'gregorian: HIJRI ربيع الأول, Arabic-Indic digits', gregorian('٢٣ ربيع الأول ١٤٤٥', 'HIJRI');
SELECT 'gregorian: hijri Rabi al-Awwal', gregorian('23 Rabi al-Awwal 1445', 'hijri');
SELECT 'gregorian: hijri-civil', gregorian('1445-03-23', 'hijri-civil');
SELECT 'gregorian: hijri day 31 is NULL', gregorian('1445-03-31', 'hijri') IS NULL;
SELECT 'gregorian: -0021-01-01', gregorian('-0021-01-01');
SELECT 'gregorian: the first day', gregorian(jalali('-4713-11-25'));
SELECT 'gregorian: 9378-10-10', gregorian('9378-10-10');
SELECT 'gregorian: 9378-10-11, the last day', gregorian('9378-10-11');
SELECT 'gregorian: 9378-10-12 is NULL', gregorian('9378-10-12') IS NULL;
SELECT 'jalali: Julian day 0, before the first day', jalali(0);
SELECT 'gregorian: jalali of Julian day 0 is NULL', gregorian(jalali(0)) IS NULL;

.print '-- gregorian() reads back what jalali_strftime() writes: years before 1 AP, %a and %b'
SELECT 'jalali_strftime: a year before 1 AP', jalali_strftime('%-d %B %Y', '-1143-11-10');
SELECT 'gregorian: 19 آبان -1764', gregorian('19 آبان -1764');
SELECT 'gregorian: 19 آبان -0522', gregorian('19 آبان -0522');
SELECT 'gregorian: 19 Aban -522', gregorian('19 Aban -522');
SELECT 'gregorian: Aban 19, -0522', gregorian('Aban 19, -0522');
SELECT 'gregorian: 19/08/-0522', gregorian('19/08/-0522');
SELECT 'gregorian: -0522/08/19', gregorian('-0522/08/19');
SELECT 'gregorian: 0005-01-01', gregorian('0005-01-01');
SELECT 'gregorian: 1 فروردین 0005', gregorian('1 فروردین 0005');
SELECT 'gregorian: 1 فروردین 5', gregorian('1 فروردین 5');
SELECT 'jalali_strftime: Latin %a %d %b %Y and %a, %b %-d, %Y', jalali_strftime('%{names=latin}%a %d %b %Y|%a, %b %-d, %Y', '2000-01-01');
SELECT 'gregorian: Sha 11 Dey 1378 (Shanbeh)', gregorian('Sha 11 Dey 1378');
SELECT 'gregorian: Sha 11, 1378 (Shahrivar)', gregorian('Sha 11, 1378');
SELECT 'gregorian: Sha, Sha 13, 1378', gregorian('Sha, Sha 13, 1378');
SELECT 'gregorian: Far 16, 1402', gregorian('Far 16, 1402');
SELECT 'gregorian: Dos 16 Meh 1402, a wrong weekday, is NULL', gregorian('Dos 16 Meh 1402') IS NULL;
SELECT 'gregorian: Far in a Hijri date is NULL', gregorian('Far 16, 1402', 'hijri') IS NULL;
SELECT 'gregorian: a minus sign apart from its year is NULL', gregorian('19 آبان - 0522') IS NULL;
SELECT 'gregorian: a minus sign with no year is NULL', gregorian('19 آبان -') IS NULL;
SELECT 'gregorian: a negative day first is NULL', gregorian('-19 آبان 0522') IS NULL;
SELECT 'gregorian: a negative month is NULL', gregorian('19/-08/0522') IS NULL;
SELECT 'gregorian: a negative day in D/M/Y is NULL', gregorian('-19/08/0522') IS NULL;
SELECT 'gregorian: a negative day in Y/M/D is NULL', gregorian('0522/08/-19') IS NULL;
-- Every 193rd day of the range gregorian() gives, -4713-11-25 .. 9999-12-31, in
-- forms with month names and numeric ones, the names and digits changing from
-- day to day.  Days go in as Julian day numbers: SQLite's julianday() of
-- some negative years' text is not the day its date() writes
-- (julianday('-3500-08-13') is date() '-3500-08-14').
CREATE TEMP TABLE round_trip AS
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 27843),
  d(i, jd) AS (SELECT i, 0.5 + min(i * 193, 5373483) FROM n),
  f(fmt) AS (VALUES ('%-d %B %Y'), ('%A %-d %B %Y'), ('%d %B ماه %-Y'), ('%A، %d %B %Y'),
                    ('%B %-d, %Y'), ('%a %d %b %Y'), ('%a, %b %-d, %Y'), ('%d/%m/%Y'), ('%Y/%-m/%-d')),
  s(i, style) AS (VALUES (0, 'persian'), (1, 'amordad'), (2, 'dari'), (3, 'latin'), (4, 'english')),
  g(i, digits) AS (VALUES (0, 'latin'), (1, 'persian'), (2, 'arabic'))
SELECT count(*) AS n, date(min(jd)) AS first, date(max(jd)) AS last, count(DISTINCT style) AS styles,
       count(DISTINCT digits) AS digit_systems,
       sum(gregorian(jalali_strftime('%{names=' || style || ',digits=' || digits || '}' || fmt, jd))
           IS NOT date(jd)) AS wrong
FROM d, f, s, g WHERE s.i = d.i % 5 AND g.i = d.i / 5 % 3;
SELECT 'round trip: dates written', n FROM round_trip;
SELECT 'round trip: first day', first FROM round_trip;
SELECT 'round trip: last day', last FROM round_trip;
SELECT 'round trip: names used', styles FROM round_trip;
SELECT 'round trip: digits used', digit_systems FROM round_trip;
SELECT 'round trip: gregorian(jalali_strftime()) is not the day', wrong FROM round_trip;

.print '-- NULL, blobs, numbers, odd text'
SELECT 'jalali(NULL) is NULL', jalali(NULL) IS NULL;
SELECT 'hijri(NULL) is NULL', hijri(NULL) IS NULL;
SELECT 'gregorian(NULL) is NULL', gregorian(NULL) IS NULL;
SELECT 'gregorian: a NULL calendar is NULL', gregorian('1402-07-16', NULL) IS NULL;
SELECT 'gregorian: a number is NULL', gregorian(14020716) IS NULL;
SELECT 'gregorian: a blob', gregorian(CAST('1402-07-16' AS BLOB));
SELECT 'jalali: a blob', jalali(CAST('2023-10-08' AS BLOB));
SELECT 'jalali: invalid UTF-8 is NULL', jalali(x'ff00ff') IS NULL;
SELECT 'gregorian: invalid UTF-8 is NULL', gregorian(x'ff00ff') IS NULL;
SELECT 'gregorian: empty is NULL', gregorian('') IS NULL;
SELECT 'jalali: empty is NULL', jalali('') IS NULL;
SELECT 'gregorian: U+007F is NULL', gregorian(char(0x7f)) IS NULL;
SELECT 'gregorian: U+0080 is NULL', gregorian(char(0x80)) IS NULL;
SELECT 'gregorian: U+07FF is NULL', gregorian(char(0x7ff)) IS NULL;
SELECT 'gregorian: U+0800 is NULL', gregorian(char(0x800)) IS NULL;
SELECT 'gregorian: U+FFFF is NULL', gregorian(char(0xffff)) IS NULL;
SELECT 'gregorian: U+10000 is NULL', gregorian(char(0x10000)) IS NULL;
SELECT 'gregorian: U+10FFFF is NULL', gregorian(char(0x10ffff)) IS NULL;
SELECT 'gregorian: a date and U+10FFFF is NULL', gregorian('1402-07-16' || char(0x10ffff)) IS NULL;
SELECT 'gregorian: 1000000 digits is NULL', gregorian(printf('%.*c', 1000000, '1')) IS NULL;
SELECT 'jalali: 1000000 digits is NULL', jalali(printf('%.*c', 1000000, '2')) IS NULL;
SELECT 'jalali_strftime: a format of 100000 characters is itself', jalali_strftime(printf('%.*c', 100000, 'x'), '2023-10-08') IS printf('%.*c', 100000, 'x');

.print '-- errors name the function'
SELECT jalali();
SELECT hijri();
SELECT jalali_strftime('%d');
SELECT gregorian();
SELECT gregorian('1402-07-16', 'julian');
SELECT gregorian('1402-07-16', 'jalali', 3);

.print '-- calendar(start, stop)'
SELECT 'calendar: 3 days around Nowruz 1403', * FROM calendar('2024-03-19', '2024-03-21');
SELECT 'calendar 1925..2024: days', count(*) FROM calendar('1925-01-01', '2024-12-31');
SELECT 'calendar 1925..2024: first day', min(date) FROM calendar('1925-01-01', '2024-12-31');
SELECT 'calendar 1925..2024: last day', max(date) FROM calendar('1925-01-01', '2024-12-31');
SELECT 'calendar: start after stop, no rows', count(*) FROM calendar('2024-01-02', '2024-01-01');
SELECT 'calendar: NULL start, no rows', count(*) FROM calendar(NULL, '2024-01-01');
SELECT 'calendar: start not a date, no rows', count(*) FROM calendar('hello', '2024-01-01');
SELECT date, jalali FROM calendar('2023-10-08 13:00', 'now', 'ignored') LIMIT 1;
SELECT count(*) FROM calendar('2024-01-01');
SELECT count(*) FROM calendar;
SELECT 'calendar: days of the first months of 2023', jy, jm, count(*) FROM calendar('2023-01-01', '2023-12-31') GROUP BY 2, 3 LIMIT 3;
CREATE TABLE events(day TEXT);
INSERT INTO events VALUES ('2023-10-08'), ('2023-10-09'), ('2023-10-12');
SELECT 'calendar: days without events', c.date, count(e.day) FROM calendar('2023-10-08', '2023-10-12') c
  LEFT JOIN events e ON e.day = c.date GROUP BY c.date;
CREATE TABLE spans(a TEXT, b TEXT);
INSERT INTO spans VALUES ('2023-10-08', '2023-10-09'), ('2024-03-19', '2024-03-20');
SELECT 'calendar: the days of each span', spans.a, group_concat(c.jalali, ' ') FROM spans, calendar(spans.a, spans.b) c GROUP BY spans.a;
.print 'calendar plan: spans, then calendar() for each row (a correlated join)'
EXPLAIN QUERY PLAN SELECT * FROM spans, calendar(spans.a, spans.b);
.print 'calendar plan: ORDER BY date needs no sort'
EXPLAIN QUERY PLAN SELECT * FROM calendar('2023-01-01', '2023-01-05') ORDER BY date;

.print '-- deterministic: usable in indexes and generated columns'
CREATE TABLE news(d TEXT, jy INTEGER AS (CAST(substr(jalali(d), 1, 4) AS INTEGER)));
CREATE INDEX news_jalali ON news(jalali(d));
INSERT INTO news(d) VALUES ('2023-10-08'), ('2024-03-20');
SELECT 'jalali in an index and a generated column', d, jy FROM news WHERE jalali(d) >= '1403-01-01';
