-- pipeline.sql — what the modules of the text pipeline (lang, tokenizer,
-- token window, finders) must agree on.  One labelled check per line: the
-- label names what broke.

-- One set of character tests (chars.h): every dash fold() writes as '-' is a
-- dash for dates() and entities(), every apostrophe fold() writes as ' is one
-- for dates() and name_key().
SELECT 'dates: a date written with small hyphen-minus (U+FE63)', (SELECT value FROM dates('2023' || char(0xFE63) || '10' || char(0xFE63) || '08')) IS '2023-10-08';
SELECT 'entities: the same date, where the number rule leaves it to dates()', (SELECT group_concat(kind || ':' || value) FROM entities('le 2023' || char(0xFE63) || '10' || char(0xFE63) || '08')) IS 'date:2023-10-08';
SELECT 'dates: aujourd´hui (acute accent for the apostrophe) is today', (SELECT value FROM dates('aujourd' || char(0xB4) || 'hui', '2024-01-01')) IS '2024-01-01';
SELECT 'name_key: Sa‛id (reversed comma for the ayn) = Sa’id', name_key('Sa' || char(0x201B) || 'id') = name_key('Sa’id');
