-- dates_large.sql — dates() on 100 MB texts: nothing truncated, offsets
-- right at the far end, memory bounded (the extractor streams).
CREATE TEMP TABLE big AS SELECT '۱۶ مهر ۱۴۰۲ ' || printf('%.*c', 100000000, 'x') || ' 2024-06-02' AS t;
SELECT 'bytes of the text', length(CAST(t AS BLOB)) FROM big;
SELECT 'dates at both ends of 100 MB of x', start, end, surface, value FROM big, dates(big.t);
CREATE TEMP TABLE spaces AS SELECT 'امروز' || printf('%.*c', 100000000, ' ') || 'yesterday' AS t;
SELECT 'dates at both ends of 100 MB of spaces', start, end, surface, value FROM spaces, dates(spaces.t, '2024-06-02');
CREATE TEMP TABLE digits AS SELECT printf('%.*c', 100000000, '7') || ' 16:12' AS t;
SELECT 'a time after 100 MB of digits', start, end, surface, value FROM digits, dates(digits.t);
-- 10 MB of news sentences: every date found
CREATE TEMP TABLE news AS
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)
  SELECT group_concat('در ۱۶ مهر ۱۴۰۲ ساعت ۱۶:۱۲ و On October 8, 2023, ۵۷ کشور و 2-1 و +98 21 1234 5678.', ' ') AS t FROM n;
SELECT 'news: more than 10 MB', length(CAST(t AS BLOB)) > 10000000 FROM news;
CREATE TEMP TABLE found AS
  SELECT count(*) AS n, count(DISTINCT value) AS nvalues, min(value) AS first, max(value) AS last, max(end) AS far
  FROM news, dates(news.t);
SELECT 'news: dates found (2 in each of 100000 sentences)', n FROM found;
SELECT 'news: distinct values', nvalues FROM found;
SELECT 'news: least value', first FROM found;
SELECT 'news: greatest value', last FROM found;
SELECT 'news: greatest end offset', far FROM found;
SELECT 'news: characters of the text', length(t) FROM news;
-- 20 MB of numbers and separators that are no dates
CREATE TEMP TABLE chain AS SELECT replace(printf('%.*c', 10000000, 'a'), 'a', '1/') AS t;
SELECT '20 MB of 1/1/1/…: no dates', count(*) FROM chain, dates(chain.t);
