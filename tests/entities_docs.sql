-- entities_docs.sql — the examples of docs/entities.md, run so
-- that they stay true.  The statements are docs/entities.md's, word for word (the
-- gazetteer's adds ORDER BY lang, the order docs/entities.md shows); a .print line
-- before each names its check (a label inside the statement would part it
-- from the page's text).
.mode list
.headers off
.print 'docs/entities.md: entities(): every column of a French text'
SELECT kind, start, end, surface, entity, name, value, source
  FROM entities('Lors d''un appel d''Amir Abdollahian avec Hussein Ibrahim Taha, secrétaire général de l''OCI, trois cents délégués ont salué 2,5 millions d''euros.');
.print 'docs/entities.md: name_key(): امیرعبداللهیان, Amir Abdollahian, AmirAbdollahian'
SELECT name_key('امیرعبداللهیان'), name_key('Amir Abdollahian'), name_key('AmirAbdollahian');
.print 'docs/entities.md: name_key(): حسین ابراهیم طه = Hussein Ibrahim Taha'
SELECT name_key('حسین ابراهیم طه') = name_key('Hussein Ibrahim Taha');
.print 'docs/entities.md: name_key(): فؤاد حسین = Fuad Hussein'
SELECT name_key('فؤاد حسین') = name_key('Fuad Hussein');
.print 'docs/entities.md: name_key(): Hassan is not Hossein'
SELECT name_key('Hassan') <> name_key('Hossein');
.print 'docs/entities.md: gazetteer: Tehran in fa, ar, fr, en'
SELECT alias, lang FROM gazetteer WHERE entity = 'place:IR:tehran' AND lang IN ('fa', 'ar', 'fr', 'en') ORDER BY lang;

CREATE TABLE zaban_gazetteer(entity TEXT, kind TEXT, name TEXT, alias TEXT, lang TEXT);
INSERT INTO zaban_gazetteer VALUES
  ('person:jane-roe', 'person', 'Jane Roe', 'Jane Roe', 'en'),
  ('person:jane-roe', 'person', NULL, 'جین رو', 'fa'),
  ('org:oic', 'org', NULL, 'OIC de Djeddah', NULL);
.print 'docs/entities.md: zaban_gazetteer: entities of the user rows'
SELECT surface, entity, name, source FROM entities('Jane Roe met جین رو; the OIC de Djeddah and the OIC.');
DROP TABLE zaban_gazetteer;

.read sql/samples.sql
.print 'docs/entities.md: worked example: who is mentioned'
SELECT name, count(*) FROM docs, entities(docs.body) WHERE kind = 'person' GROUP BY entity ORDER BY 2 DESC, 1;
.print 'docs/entities.md: worked example: one organization in four languages'
SELECT d.id, e.surface FROM docs d, entities(d.body) e WHERE e.entity = 'org:oic';
.print 'docs/entities.md: worked example: documents that mention Iran'
SELECT group_concat(DISTINCT id) FROM docs, entities(docs.body) WHERE entity = 'country:IR';
.print 'docs/entities.md: worked example: numbers with their values'
SELECT surface, value FROM docs, entities(docs.body) WHERE kind IN ('number', 'money', 'percent');
CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT);
INSERT INTO notes VALUES (1, 'Le ministre, Karim Benali, a reçu Nader Kazemi.'),
                         (2, 'آقای کریم بنعلی با نادر کاظمی دیدار کرد.');
.print 'docs/entities.md: worked example: names linked by name_key'
SELECT entity, group_concat(surface, ' / ') FROM notes, entities(notes.body)
 WHERE kind = 'person' GROUP BY entity ORDER BY 1;
