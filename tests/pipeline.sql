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

-- One language per text (lang.h): dates() and the rules of entities() ask the
-- same detection, of the whole text.
SELECT 'entities: the numbers and the dates of a text read it in one language (its first 64 KB English, the rest French)', (SELECT group_concat(value, ' ') FROM entities(replace(hex(zeroblob(10000)), '00', 'of the ') || replace(hex(zeroblob(20000)), '00', 'et les de la ') || ' le 05/06/2023, 1.500 tonnes')) IN ('2023-06-05 1500', '2023-05-06 1.5');

-- One token window (token_window.h) for dates() and entities(): the same
-- tokens, folds, digits and line breaks for both.
SELECT 'entities: a bidi control (LRM) inside a name is invisible, as dates() has it', (SELECT group_concat(surface) FROM entities('Amir' || char(0x200E) || ' Abdollahian')) IS 'Amir' || char(0x200E) || ' Abdollahian';
SELECT 'entities: a line ended by CR starts a sentence as one ended by LF', (SELECT group_concat(surface) FROM entities('the report' || char(13) || 'Karim Benali on Monday')) IS (SELECT group_concat(surface) FROM entities('the report' || char(10) || 'Karim Benali on Monday'));
SELECT 'entities: a number is read by its digits (12 with a spacing mark after it is 12)', (SELECT value FROM entities('12' || char(0x0903) || ' tonnes')) IS 12;
SELECT 'entities: digits glued to letters through a ZWNJ (۲۰‌امین) are no number, as ۲۰امین is not', (SELECT count(*) FROM entities('جشن ۲۰' || char(0x200C) || 'امین سالگرد')) = 0;

-- One list of quantity words (quantity.h) for dates() and entities().
SELECT 'dates: a sum in pounds (پوند, a currency of entities()) after a date is no year', (SELECT group_concat(surface) FROM dates('در ۱۶ مهر ۵۰۰ پوند پرداخت شد')) IS '۱۶ مهر';
SELECT 'dates: a Latin currency word counts only in the plural (in 2002 euro coins)', (SELECT group_concat(value) FROM dates('in 2002 euro coins; in 2000 euros')) IS '2002';
