-- gazetteer.sql — the `gazetteer` table and the user table zaban_gazetteer.
-- One check per line, labelled; a malformed user row is an error naming it.
.mode list
.headers off

-- What the default gazetteer knows: curated rows and CLDR names.
SELECT 'org:oic: its fa and und aliases', entity, kind, name, alias, lang, source FROM gazetteer WHERE entity = 'org:oic' AND lang IN ('fa', 'und') ORDER BY alias;
SELECT 'country:IR: more than 20 place aliases', count(*) > 20 FROM gazetteer WHERE entity = 'country:IR' AND kind = 'place';
SELECT 'country:IR: place aliases in more than 10 languages', count(DISTINCT lang) > 10 FROM gazetteer WHERE entity = 'country:IR' AND kind = 'place';
SELECT 'place:IR:tehran in fa, ar, fr, en', alias FROM gazetteer WHERE entity = 'place:IR:tehran' AND lang IN ('fa', 'ar', 'fr', 'en') ORDER BY lang;
SELECT 'gazetteer(): more than 10000 aliases', count(*) > 10000 FROM gazetteer();
SELECT 'gazetteer(): more than 1000 entities', count(DISTINCT entity) > 1000 FROM gazetteer();
SELECT 'each kind has more than 10 entities', kind, count(DISTINCT entity) > 10 FROM gazetteer GROUP BY kind ORDER BY kind;
SELECT 'no such entity: no rows', count(*) FROM gazetteer WHERE entity = 'no:such';
SELECT 'entity = NULL: no rows', count(*) FROM gazetteer WHERE entity = NULL;
SELECT 'no user table: no user rows', count(*) FROM gazetteer WHERE source = 'user';

-- A user table, used by the next query, with source 'user'.
CREATE TABLE zaban_gazetteer(entity, kind, name, alias, lang);   -- no affinity: 42 stays an integer
SELECT 'an empty user table: no user rows', count(*) FROM gazetteer WHERE source = 'user';
INSERT INTO zaban_gazetteer VALUES
  ('person:jane-roe', 'person', 'Jane Roe', 'Jane Roe', 'en'),
  ('person:jane-roe', 'person', NULL, 'جین رو', 'fa'),
  ('org:oic', 'org', NULL, 'OIC de Djeddah', NULL),
  ('org:acme', 'org', 'Acme Corp', 'Acme', 'und');
SELECT 'the user rows, with source user', entity, kind, name, alias, lang, source FROM gazetteer WHERE source = 'user';
SELECT 'entities of the user rows', kind, surface, entity, name, source FROM entities('Jane Roe met جین رو at Acme; the OIC de Djeddah and the OIC.');
-- Changes in the same connection are seen by the next query.
UPDATE zaban_gazetteer SET alias = 'Jane Q. Roe' WHERE alias = 'Jane Roe';
SELECT 'an update is seen by the next query', surface, entity FROM entities('Jane Roe and Jane Q. Roe');
DELETE FROM zaban_gazetteer WHERE entity = 'org:acme';
SELECT 'a delete is seen by the next query', count(*) FROM entities('Acme');
-- Inside a transaction too.
BEGIN;
INSERT INTO zaban_gazetteer VALUES ('place:ZZ:atlantis', 'place', 'Atlantis', 'Atlantis', 'en');
SELECT 'inside a transaction', surface, entity, source FROM entities('Atlantis');
ROLLBACK;
SELECT 'after ROLLBACK', count(*) FROM entities('Atlantis');
-- A user alias wins a tie with the default gazetteer.
INSERT INTO zaban_gazetteer VALUES ('person:other-raisi', 'person', 'Another Raisi', 'Ebrahim Raisi', 'en');
SELECT 'a user alias wins a tie', surface, entity, source FROM entities('Ebrahim Raisi');
DELETE FROM zaban_gazetteer WHERE entity = 'person:other-raisi';
SELECT 'the user alias deleted: the default one', surface, entity, source FROM entities('Ebrahim Raisi');

-- Malformed rows: an error that names the row.
INSERT INTO zaban_gazetteer VALUES (NULL, 'person', 'X', 'X', 'en');
SELECT count(*) FROM entities('Jane Q. Roe');
SELECT count(*) FROM gazetteer;
DELETE FROM zaban_gazetteer WHERE entity IS NULL;
INSERT INTO zaban_gazetteer VALUES ('person:x', 'person', 'X', NULL, 'en');
SELECT count(*) FROM entities('Jane Q. Roe');
UPDATE zaban_gazetteer SET alias = '' WHERE entity = 'person:x';
SELECT count(*) FROM entities('Jane Q. Roe');
UPDATE zaban_gazetteer SET alias = 'X', kind = 'people' WHERE entity = 'person:x';
SELECT count(*) FROM entities('Jane Q. Roe');
UPDATE zaban_gazetteer SET kind = 'person', name = 42 WHERE entity = 'person:x';
SELECT count(*) FROM entities('Jane Q. Roe');
UPDATE zaban_gazetteer SET name = x'00ff' WHERE entity = 'person:x';
SELECT count(*) FROM entities('Jane Q. Roe');
UPDATE zaban_gazetteer SET name = NULL, lang = 3.5 WHERE entity = 'person:x';
SELECT count(*) FROM entities('Jane Q. Roe');
UPDATE zaban_gazetteer SET lang = NULL, entity = 7 WHERE entity = 'person:x';
SELECT count(*) FROM entities('Jane Q. Roe');
DELETE FROM zaban_gazetteer WHERE entity = 7;
SELECT 'the bad row deleted: entities again', count(*) FROM entities('Jane Q. Roe');

-- A table without the columns; a view; WITHOUT ROWID; dropped.
DROP TABLE zaban_gazetteer;
CREATE TABLE zaban_gazetteer(entity, kind, alias);
SELECT count(*) FROM entities('Iran');
DROP TABLE zaban_gazetteer;
CREATE TABLE people(id, full_name);
INSERT INTO people VALUES (1, 'Karim Benali');
CREATE VIEW zaban_gazetteer(entity, kind, name, alias, lang) AS
  SELECT 'person:' || id, 'person', full_name, full_name, 'fr' FROM people;
SELECT 'a view as zaban_gazetteer', surface, entity, name, source FROM entities('M. Karim Benali');
INSERT INTO people VALUES (2, NULL);
SELECT count(*) FROM entities('M. Karim Benali');
DROP VIEW zaban_gazetteer;
CREATE TABLE zaban_gazetteer(entity TEXT, kind TEXT, name TEXT, alias TEXT PRIMARY KEY, lang TEXT) WITHOUT ROWID;
INSERT INTO zaban_gazetteer VALUES ('org:z', 'org', 'Zed', 'Zed Org', 'en'), ('org:z', 'weird', 'Zed', 'Zed', 'en');
SELECT count(*) FROM entities('Zed Org');
DELETE FROM zaban_gazetteer WHERE kind = 'weird';
SELECT 'a WITHOUT ROWID table', surface, entity FROM entities('Zed Org');
DROP TABLE zaban_gazetteer;
SELECT 'the table dropped: no user entities', count(*) FROM entities('Zed Org');
SELECT 'the table dropped: no user rows', count(*) FROM gazetteer WHERE source = 'user';
-- Only the main database counts.
ATTACH ':memory:' AS aux;
CREATE TABLE aux.zaban_gazetteer(entity, kind, name, alias, lang);
INSERT INTO aux.zaban_gazetteer VALUES ('org:z', 'org', 'Zed', 'Zed Org', 'en');
SELECT 'only the main database counts', count(*) FROM entities('Zed Org');
DETACH aux;

-- An alias with no letter or digit would never match: an error, as '' is.
CREATE TABLE zaban_gazetteer(entity, kind, name, alias, lang);
INSERT INTO zaban_gazetteer VALUES ('org:dots', 'org', NULL, ' ‌ .-… ', 'en');
SELECT 'alias of spaces, ZWNJ and punctuation', count(*) FROM entities('Iran');
UPDATE zaban_gazetteer SET alias = '۱۴۰۰';
SELECT 'alias of digits', entity FROM entities('۱۴۰۰');
DROP TABLE zaban_gazetteer;
-- A column named rowid hides the rowid: a bad row is named by its number.
CREATE TABLE zaban_gazetteer(rowid TEXT, entity, kind, name, alias, lang);
INSERT INTO zaban_gazetteer VALUES ('r1', 'org:z', 'org', NULL, 'Zed Org', 'en'), ('r2', 'org:z', 'bad', NULL, 'Zed', 'en');
SELECT 'rowid column of text', count(*) FROM entities('Zed Org');
DROP TABLE zaban_gazetteer;
