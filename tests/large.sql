-- A 100 MB string through every normalization function: nothing is
-- truncated, nothing crashes.  (length() counts characters.)
CREATE TEMP TABLE big AS SELECT printf('%.*c', 50000000, 'A') || printf('%.*c', 25000000, 'ك') AS t;
SELECT length(CAST(t AS BLOB)) FROM big;
SELECT length(fold(t)), substr(fold(t), 1, 3), substr(fold(t), -3) FROM big;
SELECT length(digits(t, 'persian')) FROM big;
SELECT length(ar_normalize(t)), substr(ar_normalize(t), -2) FROM big;
SELECT lang(t) FROM big;
