-- large.sql — a 100 MB string through every normalization function: nothing
-- is truncated, nothing crashes.  (length() counts characters.)
CREATE TEMP TABLE big AS SELECT printf('%.*c', 50000000, 'A') || printf('%.*c', 25000000, 'ك') AS t;
SELECT 'bytes of the text', length(CAST(t AS BLOB)) FROM big;
SELECT 'fold: length', length(fold(t)) FROM big;
SELECT 'fold: first 3', substr(fold(t), 1, 3) FROM big;
SELECT 'fold: last 3', substr(fold(t), -3) FROM big;
SELECT 'digits: length', length(digits(t, 'persian')) FROM big;
SELECT 'ar_normalize: length', length(ar_normalize(t)) FROM big;
SELECT 'ar_normalize: last 2', substr(ar_normalize(t), -2) FROM big;
SELECT 'lang', lang(t) FROM big;
-- 100 MB of Persian words: every میدهد gets its ZWNJ, nothing is lost
CREATE TEMP TABLE fa AS SELECT replace(printf('%.*c', 4200000, 'x'), 'x', 'میدهد کتابها ') AS t;
SELECT 'Persian words: bytes of the text', length(CAST(t AS BLOB)) FROM fa;
CREATE TEMP TABLE fa_n AS SELECT fa_normalize(t) AS n FROM fa;
SELECT 'fa_normalize: length', length(n) FROM fa_n;
SELECT 'fa_normalize: characters of the 4200000 می‌دهد, each with its ZWNJ', length(n) - length(replace(n, 'می‌دهد', '')) FROM fa_n;
