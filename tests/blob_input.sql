-- blob_input.sql — text that arrives as a BLOB (readfile(), a client that binds
-- bytes): the functions read its bytes as UTF-8 text, and the offsets of
-- entities(), dates() and tokens() count characters of that text, as for any
-- text.  SQLite's substr() counts bytes on a BLOB: cast it to TEXT first.
.mode list
CREATE TABLE files(name TEXT, body BLOB);
INSERT INTO files VALUES ('fa.txt', CAST('وزیر امور خارجه ایران با هاکان فیدان در تهران گفت‌وگو کرد، ۰۴ آذر ۱۴۰۰.' AS BLOB));
SELECT 'the body is a blob', typeof(body) FROM files;
SELECT 'entities: the same rows for the blob and the text',
       (SELECT group_concat(kind || start || ',' || end, ' ') FROM entities(f.body))
    IS (SELECT group_concat(kind || start || ',' || end, ' ') FROM entities(CAST(f.body AS TEXT)))
  FROM files f;
SELECT 'entities: substr() of the text cast from the blob is the surface', e.surface,
       substr(CAST(f.body AS TEXT), e.start + 1, e.end - e.start) IS e.surface
  FROM files f, entities(f.body) e;
SELECT 'entities: substr() of the blob itself counts bytes (wrong)',
       substr(f.body, e.start + 1, e.end - e.start) IS CAST(e.surface AS BLOB)
  FROM files f, entities(f.body) e WHERE e.kind = 'person';
SELECT 'dates: substr() of the text cast from the blob is the surface', d.surface,
       substr(CAST(f.body AS TEXT), d.start + 1, d.end - d.start) IS d.surface
  FROM files f, dates(f.body) d;
SELECT 'tokens: every token is substr() of the text cast from the blob',
       min(substr(CAST(f.body AS TEXT), t.start + 1, t.end - t.start) IS t.token), count(*)
  FROM files f, tokens(f.body) t;
SELECT 'fold() of the blob is fold() of the text',
       fold(body) IS fold(CAST(body AS TEXT)) FROM files;
