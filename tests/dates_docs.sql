-- dates_docs.sql — the examples of docs/dates.md, run so
-- that they stay true.  The statements are docs/dates.md's, word for word; a
-- .print line before each names its check (a label inside the statement
-- would part it from the page's text).  The last checks are what the
-- page says in words.
.print 'docs/dates.md: dates(): every column of one text'
SELECT * FROM dates('۱۶:۱۲ ۰۴ آذر ۱۴۰۰');
.print 'docs/dates.md: dates(): a year inferred from the reference'
SELECT surface, value, note FROM dates('یکشنبه شب ۱۶ مهر ماه', '2023-10-10');
.read sql/samples.sql
.print 'docs/dates.md: worked example: the dates of the sample news, counted'
SELECT d.value, count(*) FROM docs, dates(docs.body, docs.published) AS d GROUP BY 1;
.print 'docs/dates.md: worked example: the dates of documents 1 and 3'
SELECT id, surface, value, calendar, jalali, note
  FROM docs, dates(docs.body, docs.published) WHERE id IN (1, 3);
.print 'plan: docs, then dates() for each row (a correlated join)'
EXPLAIN QUERY PLAN SELECT d.value FROM docs, dates(docs.body, docs.published) AS d;
SELECT 'without a reference: every expression', count(*) FROM docs, dates(docs.body);
SELECT 'without a reference: expressions with a value', count(value) FROM docs, dates(docs.body);
SELECT 'without a reference: the notes', group_concat(DISTINCT note) FROM docs, dates(docs.body);
