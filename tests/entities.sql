-- entities.sql — entities(text [, lang]) and name_key(text).
-- One check per line, labelled; a check that must hold prints 1.
.mode list
.headers off

-- Columns, and the surface is substr(text, start+1, end-start) for every row.
SELECT 'columns of an English text', kind, start, end, surface, entity, name, value, source
  FROM entities('Iranian Foreign Minister Hossein Amir Abdollahian met Hissein Brahim Taha, Secretary General of the Organization of Islamic Cooperation (OIC). Taha said 57 states, 50% of them, pledged $5 billion.');
CREATE TEMP TABLE four AS
WITH t(x) AS (VALUES ('در ادامه رایزنیهای حسین امیرعبداللهیان با فؤاد حسین، سازمان همکاری اسلامی ۵۷ عضو دارد.'),
                     ('Lors d’un appel d’Amir Abdollahian avec Hussein Ibrahim Taha, l’OCI a salué trois cents délégués.'),
                     ('أجرى وزير الخارجية الإيراني حسين أمير عبد اللهيان اتصالا بنظيره الكويتي في ثلاثة آلاف موقع.'),
                     (char(0x10000) || ' Iran ' || char(0x7ff) || ' إيران ' || char(0x10ffff) || ' Irak'))
SELECT substr(x, start + 1, end - start) IS surface AS ok FROM t, entities(t.x);
SELECT 'fa, fr, ar texts and code point boundaries: at least 10 entities', count(*) >= 10 FROM four;
SELECT 'fa, fr, ar texts and code point boundaries: substr() is the surface', sum(ok) IS count(*) FROM four;

-- One entity across languages and scripts.
SELECT 'one person across scripts: distinct entities', count(DISTINCT entity) FROM entities('امیرعبداللهیان، Amir Abdollahian, AmirAbdollahian, Hossein Amir-Abdollahian, حسين أمير عبد اللهيان') WHERE kind = 'person';
SELECT 'one person across scripts: the entity', min(entity) FROM entities('امیرعبداللهیان، Amir Abdollahian, AmirAbdollahian, Hossein Amir-Abdollahian, حسين أمير عبد اللهيان') WHERE kind = 'person';
SELECT 'one organization in six names and acronyms', group_concat(DISTINCT entity) FROM entities('سازمان همکاری اسلامی, Organisation de la coopération islamique, Organization of Islamic Cooperation, OIC, OCI, منظمة التعاون الإسلامي');
SELECT 'Iran and its demonym in four languages', group_concat(kind || ':' || entity, ' ') FROM entities('Iran, ایران, إيران, l''Iran, Iranian, ایرانی, iranien, إيراني');

-- Word boundaries: no country inside a longer word; demonyms are their own aliases.
SELECT 'no Iran inside a longer word', count(*) FROM entities('Iranians, Iranology, Irani, Iranair') WHERE surface = 'Iran';
SELECT 'no place inside ایرانشهر and ایرانگردی', count(*) FROM entities('ایرانشهر و ایرانگردی') WHERE kind = 'place';

-- Capitals matter for Latin names, spelling variants do not.
SELECT 'turkey and chad in lower case are no places', count(*) FROM entities('roast turkey and a chad of paper') WHERE kind = 'place';
SELECT 'Turkey in five spellings', group_concat(entity) FROM entities('TURKEY, Turkey, Türkiye, ترکیه, تركيا');

-- Arabic proclitics: the surface is the name without و ب ل.
SELECT 'Arabic proclitics: the surface without و ب ل', group_concat(surface || '=' || entity, ' ') FROM entities('والقدس وبيروت للأمم المتحدة', 'ar');

-- Rules: titles, given names, short mentions, acronyms.
SELECT 'rules, fr: title, given names, short mention, acronym', kind, surface, entity, source FROM entities('Le ministre des Affaires étrangères, Karim Benali, a reçu Samir Haddad. Benali a salué le Conseil arabe de l''énergie (CAE). Le CAE se réunira.');
SELECT 'rules, fa: title, given names, short mention', kind, surface, entity, source FROM entities('آقای کمالوندی سخنگوی سازمان گفت محمدرضا نجفی و علی رضایی حضور داشتند. نجفی افزود.', 'fa');
SELECT 'rules, fa: words that are also names are no names', kind, surface, entity, source FROM entities('حسن نیت، امید و کمال در مسائل مالی', 'fa');
-- A name the rules find gets the id of the known person with the same name_key.
SELECT 'a name the rules find gets the known id', surface, entity, source FROM entities('President Ebrahim Raisi and Mr Hossein Amir Abdolahyan') WHERE kind = 'person';
-- Unknown names link across documents by name_key.
SELECT 'an unknown name is name: and its name_key, fr', entity IS 'name:' || name_key('Karim Benali') FROM entities('Le ministre Karim Benali') WHERE kind = 'person';
SELECT 'an unknown name is name: and its name_key, fa', entity IS 'name:' || name_key('کریم بنعلی') FROM entities('آقای کریم بنعلی گفت', 'fa') WHERE kind = 'person';

-- Numbers, money and percentages, in words too.
SELECT 'numbers, fa', kind, surface, value, typeof(value), entity FROM entities('سیصد و پنجاه نفر، ۲٫۵ میلیون، ۲۰ درصد، ۵ میلیارد تومان', 'fa');
SELECT 'numbers, fr', kind, surface, value, typeof(value), entity FROM entities('trois cents, quatre-vingt-dix-sept, 2,5 millions d''euros, 12 %', 'fr');
SELECT 'numbers, en', kind, surface, value, typeof(value), entity FROM entities('two million, 1,234,567, $3.5 billion, 40 percent, 1.5', 'en');
SELECT 'numbers, ar', kind, surface, value, typeof(value), entity FROM entities('ثلاثة آلاف، ثلاثمائة وخمسون، خمسة عشر مليون دولار، ٢٠ بالمئة', 'ar');
SELECT 'no numbers: one, un, G7, F-35, the 15th', count(*) FROM entities('one of them, un homme, G7, F-35, the 15th') WHERE kind IN ('number', 'money', 'percent');

-- Dates and times come from dates().
SELECT 'dates and times from dates()', kind, surface, value FROM entities('۱۶:۱۲ ۰۴ آذر ۱۴۰۰ و 30 April 2022') WHERE kind IN ('date', 'time');

-- The lang argument.
SELECT 'lang fa: مشهد is a place', count(*) FROM entities('مشهد', 'fa');
SELECT 'lang ar: مشهد is a word', count(*) FROM entities('مشهد', 'ar');
SELECT 'lang AUTO: case does not matter', count(*) FROM entities('Iran', 'AUTO');
SELECT 'lang NULL: no rows', count(*) FROM entities('Iran', NULL);
SELECT * FROM entities('Iran', 'de');

-- NULL, empty, numbers, blobs, invalid UTF-8, long text.
SELECT 'NULL: no rows', count(*) FROM entities(NULL);
SELECT 'empty: no rows', count(*) FROM entities('');
SELECT 'an integer', group_concat(kind || ':' || surface) FROM entities(1234);
SELECT 'a blob', group_concat(surface) FROM entities(CAST('Iran et l''Irak' AS BLOB));
SELECT 'invalid UTF-8: offsets and surfaces', group_concat(start || '-' || end || ':' || surface) FROM entities(CAST(x'49726171ff20c3202049726e' || CAST(' Iran' AS BLOB) AS TEXT));
SELECT 'long text of 20000 Iran et l''Irak: entities', count(*) FROM entities(replace(hex(zeroblob(20000)), '00', 'Iran et l''Irak. '));
SELECT 'long text of 20000 Iran et l''Irak: least surface', min(surface) FROM entities(replace(hex(zeroblob(20000)), '00', 'Iran et l''Irak. '));
SELECT 'long text of 200000 Iran ۱۲: 400000 entities', count(*) IS 2 * 200000 FROM entities(replace(hex(zeroblob(200000)), '00', 'Iran ۱۲ ')) ;
-- Random bytes, and random mixes of pieces of text (checked under ASan by make test).
SELECT 'random bytes: no crash', count(*) >= 0 FROM entities(CAST(randomblob(200000) AS TEXT));
WITH RECURSIVE r(i, t) AS (VALUES (0, '') UNION ALL
  SELECT i + 1, t || CASE abs(random()) % 12 WHEN 0 THEN 'Iran ' WHEN 1 THEN ' ۱۲٫' WHEN 2 THEN '(OIC)'
    WHEN 3 THEN char(0xff) WHEN 4 THEN 'سیصد و ' WHEN 5 THEN '$' WHEN 6 THEN 'Hussein Ibrahim Taha '
    WHEN 7 THEN '16:12' WHEN 8 THEN char(0x10ffff) WHEN 9 THEN 'و' WHEN 10 THEN '%' ELSE '-' END
  FROM r WHERE i < 3000)
SELECT 'random mixes of pieces of text: no crash', count(*) >= 0 FROM r, entities(r.t) WHERE r.i % 100 = 0;
SELECT 'name_key of random bytes: no crash', length(name_key(CAST(randomblob(100000) AS TEXT))) >= 0;

-- Planned as a correlated join: the table first, entities() for each row.
CREATE TABLE docs(id INTEGER PRIMARY KEY, body TEXT);
INSERT INTO docs VALUES (1, 'Iran and Iraq'), (2, NULL), (3, ''), (4, 'سازمان همکاری اسلامی');
.print 'plan: docs, then entities() for each row (a correlated join)'
EXPLAIN QUERY PLAN SELECT * FROM docs, entities(docs.body);
.print 'plan: docs first, whatever the order written'
EXPLAIN QUERY PLAN SELECT * FROM entities(docs.body), docs;
SELECT 'entities of each document', id, kind, surface FROM docs, entities(docs.body) ORDER BY id, start;
SELECT * FROM entities;

-- name_key
SELECT 'name_key: امیرعبداللهیان', name_key('امیرعبداللهیان');
SELECT 'name_key: Amir Abdollahian', name_key('Amir Abdollahian');
SELECT 'name_key: AmirAbdollahian', name_key('AmirAbdollahian');
SELECT 'name_key: حسین ابراهیم طه = Hussein Ibrahim Taha', name_key('حسین ابراهیم طه') IS name_key('Hussein Ibrahim Taha');
SELECT 'name_key: فؤاد حسین = Fuad Hussein', name_key('فؤاد حسین') IS name_key('Fuad Hussein');
SELECT 'name_key: Hassan ≠ Hossein', name_key('Hassan') IS NOT name_key('Hossein');
SELECT 'name_key: حسن ≠ حسین', name_key('حسن') IS NOT name_key('حسین');
SELECT 'name_key(NULL) is NULL', name_key(NULL) IS NULL;
SELECT 'name_key: empty', name_key('') IS '';
SELECT 'name_key: an integer', name_key(42);
SELECT 'name_key: a blob', name_key(CAST('Taha' AS BLOB));
SELECT 'name_key: invalid UTF-8 only, length', length(name_key(x'ff80'));
SELECT 'name_key: code point boundaries', name_key(char(0x7f, 0x80, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff));
SELECT name_key();
