-- dates_readme.sql — the examples of docs/dates.md (the README's dates()
-- section), run so that they stay true.
SELECT * FROM dates('۱۶:۱۲ ۰۴ آذر ۱۴۰۰');
SELECT surface, value, note FROM dates('یکشنبه شب ۱۶ مهر ماه', '2023-10-10');
.read sql/samples.sql
SELECT d.value, count(*) FROM docs, dates(docs.body, docs.published) AS d GROUP BY 1;
SELECT id, surface, value, calendar, jalali, note
  FROM docs, dates(docs.body, docs.published) WHERE id IN (1, 3);
EXPLAIN QUERY PLAN SELECT d.value FROM docs, dates(docs.body, docs.published) AS d;
SELECT count(*), count(value), group_concat(DISTINCT note) FROM docs, dates(docs.body);
