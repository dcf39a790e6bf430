-- calendar_core.sql — the calendar core's rules seen from SQL.  Each check
-- is labelled, so that a diff names what broke, and compares with IS (a
-- NULL cannot pass silently): every line of the output ends in |1.
--
-- Time values: every zaban function reads one as SQLite's julianday() does
-- (ext/calendar.h, "Time values"; docs/calendars.md), and so does
-- dates() its reference (the date of امروز, today, shows it).  Each check
-- compares zaban with SQLite's own julianday(), date() or strftime() in the
-- same query.  date() and strftime() get '+0 days', which makes SQLite
-- compute the date from the instant (SQLite 3.40's date('2023-02-30') gives
-- the text back, date('2023-02-30', '+0 days') gives 2023-03-02).  'now' is
-- left out: it reads the clock.

-- The edge cases: x is the time value, day the date julianday() gives it
-- (NULL: julianday() gives NULL), v how a label shows x.  calendar(x, x)
-- shows the day zaban reads.
CREATE TEMP TABLE edge(x, day, v AS (coalesce(label, quote(x))), label);
INSERT INTO edge(x, day) VALUES
  ('2023-02-30', '2023-03-02'), ('2023-04-31', '2023-05-01'),
  ('2024-02-29', '2024-02-29'), ('2023-02-29', '2023-03-01'),
  ('0000-01-01', '0000-01-01'), ('9999-12-31', '9999-12-31'),
  ('2023-02-30 12:34:56.789', '2023-03-02'), ('2023-04-31T23:59', '2023-05-01'),
  ('2024-02-29 24:00', '2024-03-01'), ('2023-02-29 24:00:00', '2023-03-02'),
  ('0000-01-01 00:00:00.000', '0000-01-01'), ('9999-12-31 23:59:59.999', '9999-12-31'),
  ('9999-12-31 24:00', NULL), ('2023-02-32', NULL), ('2023-02-30 junk', NULL),
  ('2023-02-30 12:00:00+01:00', '2023-03-02'), ('2460005.5', '2023-03-02'),
  (2460005.5, '2023-03-02'), (2460005, '2023-03-01'), (1696723200, NULL);
INSERT INTO edge VALUES (5373484.4999999991, NULL, '5373484.4999999991 (10000-01-01 once rounded)');

SELECT 'time value ' || v || ': julianday() gives ' || coalesce(day, 'NULL'),
       CAST(julianday(x) + 0.5 AS INT) - 0.5 IS julianday(day) FROM edge;
SELECT 'time value ' || v || ': calendar() row is date(x, ''+0 days'')',
       (SELECT date FROM calendar(x, x)) IS date(x, '+0 days') FROM edge;
SELECT 'time value ' || v || ': calendar() row is ' || coalesce(day, 'none'),
       (SELECT date FROM calendar(x, x)) IS day FROM edge;
SELECT 'time value ' || v || ': jalali() and hijri() of ' || coalesce(day, 'NULL'),
       jalali(x) IS jalali(day) AND hijri(x) IS hijri(day) FROM edge;
SELECT 'time value ' || v || ': read as text and as julianday() alike',
       jalali(x) IS jalali(julianday(x)) FROM edge;
SELECT 'time value ' || v || ': dates() reference (today) is ' || coalesce(day, 'none'),
       (SELECT value FROM dates('امروز', x)) IS day FROM edge;
SELECT 'time value ' || v || ': dates() reference (today) is date(x, ''+0 days'')',
       (SELECT value FROM dates('امروز', x)) IS date(x, '+0 days') FROM edge;
SELECT 'time value ' || v || ': time of day and Unix time as strftime()',
       jalali_strftime('%H:%M:%f %s', x) IS strftime('%H:%M:%f %s', x, '+0 days') FROM edge;

-- Sweeps: days 28..31 of every month of a common and a leap year, with and
-- without a time; every millisecond of a minute.
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 191),
  v(x) AS (SELECT printf('%04d-%02d-%02d', 2023 + i / 96, 1 + i / 8 % 12, 28 + i % 4) FROM n
           UNION ALL SELECT printf('%04d-%02d-%02d 23:59:59.999', 2023 + i / 96, 1 + i / 8 % 12,
                                   28 + i % 4) FROM n)
SELECT 'time value: days 28-31 of every month of 2023 and 2024 as date(x, ''+0 days'')',
       sum((SELECT date FROM calendar(x, x)) IS NOT date(x, '+0 days')) IS 0
       AND sum(jalali(x) IS NOT jalali(date(x, '+0 days'))) IS 0
       AND sum((SELECT value FROM dates('امروز', x)) IS NOT date(x, '+0 days')) IS 0
       AND count(*) IS 384 FROM v;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 59999),
  v(x) AS (SELECT printf('2023-02-30 13:05:%02d.%03d', i / 1000, i % 1000) FROM n)
SELECT 'time value: every millisecond of a minute as strftime()',
       sum(jalali_strftime('%f %s', x) IS NOT strftime('%f %s', x)) IS 0 AND count(*) IS 60000
FROM v;
