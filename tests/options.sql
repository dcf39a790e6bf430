-- options.sql — enumerated arguments and option strings, read alike by every
-- function: names and values without regard to case; a value with a NUL byte
-- inside matches nothing (the error shows it as \x00); an option given twice
-- is an error; the error names the function and lists what is valid.
.mode list
.headers off

SELECT 'digits: case', digits('12', 'PERSIAN');
SELECT 'digits: NUL inside', digits('12', 'persian' || char(0));
SELECT 'gregorian: NUL inside', gregorian('1402-07-16', 'jalali' || char(0));
SELECT 'fa_normalize: case', fa_normalize('12', 'DIGITS=Latin');
SELECT 'fa_normalize: NUL inside', fa_normalize('12', 'digits=latin' || char(0));
SELECT 'fa_normalize: NUL after the options', fa_normalize('12', 'digits=latin,' || char(0));
SELECT 'fa_normalize: twice', fa_normalize('12', 'digits=latin,digits=persian');
SELECT 'fa_normalize: twice, same value', fa_normalize('12', 'digits=latin, digits = latin');
SELECT 'ar_normalize: twice', ar_normalize('x', 'tatweel=keep,tatweel=keep');
SELECT 'jalali_strftime: twice', jalali_strftime('%{names=latin,names=latin}%B', '2023-10-08');
SELECT 'jalali_strftime: options', jalali_strftime('%{names=latin}%B', '2023-10-08');
SELECT 'tokens: twice', count(*) FROM tokens('a b', 'stem=1,stem=0');
SELECT 'tokens: NUL inside', count(*) FROM tokens('a b', 'stem=1' || char(0));
SELECT 'dates: lang case', count(*) FROM dates('today', '2023-10-08', 'EN');
SELECT 'dates: lang NUL inside', count(*) FROM dates('today', '2023-10-08', 'en' || char(0));
SELECT 'entities: lang case', count(*) FROM entities('Iran', 'EN');
SELECT 'entities: lang NUL inside', count(*) FROM entities('Iran', 'en' || char(0));
-- The FTS5 tokenizer reads its arguments pair by pair; errors go to SQLite's
-- log (FTS5 reports only "error in tokenizer constructor").
CREATE VIRTUAL TABLE ok USING fts5(body, tokenize = 'zaban stem 1 join 0 lang fa');
CREATE VIRTUAL TABLE twice USING fts5(body, tokenize = 'zaban stem 1 stem 0');
CREATE VIRTUAL TABLE odd USING fts5(body, tokenize = 'zaban stem');
SELECT 'fts5 tables made', group_concat(name, ' ') FROM sqlite_schema WHERE sql LIKE 'CREATE VIRTUAL TABLE%';
