-- fa_normalize(): Hazm's own normalizer tests (every case that applies to a
-- whole-text normalizer, from roshan-research/hazm tests/test_normalizer.py
-- and the Normalizer docstrings), the issue's cases, options, bad input.
-- One check per line, labelled.
.nullvalue NULL

-- Hazm: normalize()
SELECT 'hazm normalize', fa_normalize('اِعلاممممم کَرد : « زمین لرزه ای به بُزرگیِ 6 دهم ریشتر ...»');
-- Hazm: correct_spacing()
SELECT 'spacing: spaces inside', fa_normalize('سلام    دنیا');
SELECT 'spacing: spaces before', fa_normalize('     سلام');
SELECT 'spacing: spaces after', fa_normalize('سلام     ');
SELECT 'spacing: digit glued to the word after', fa_normalize('مسافت ۹کیلومتر');
SELECT 'spacing: digit glued to the word before', fa_normalize('مسافت۹ کیلومتر');
SELECT 'spacing: digits glued on both sides', fa_normalize('به طول ۹متر و عرض۶');
SELECT 'ZWNJ: doubled', fa_normalize('کاروان‌‌سرا');
SELECT 'ZWNJ: before a space', fa_normalize('سلام‌ دنیا');
SELECT 'ZWNJ: after a space', fa_normalize('سلام ‌دنیا');
SELECT 'ZWNJ: at the start', fa_normalize('‌کاروانسرا');
SELECT 'ZWNJ: at the end', fa_normalize('کاروانسرا‌');
SELECT 'kashida', fa_normalize('ســلام');
SELECT 'kashida at a word end', fa_normalize('سلام دنیـــا');
SELECT 'suffix ها joined', fa_normalize('جمعهها مطالعه کنید');
SELECT 'spacing: spaces before a parenthesis', fa_normalize('   (سلام)');
SELECT 'spacing: spaces after a parenthesis', fa_normalize('(سلام)   ');
SELECT 'spacing: spaces around parentheses', fa_normalize('  (سلام)   ');
SELECT 'spacing: only spaces', quote(fa_normalize('   '));
SELECT 'spacing: empty', quote(fa_normalize(''));
SELECT 'suffix ها and prefix نمی/می', fa_normalize('جمعهها که کار نمی کنم مطالعه می کنم');
SELECT 'quotes to guillemets, spaces around', fa_normalize(' "سلام به همه"   ');
-- Hazm: remove_diacritics(), remove_specials_chars(), decrease_repeated_chars()
SELECT 'diacritics removed', fa_normalize('حَذفِ اِعراب');
SELECT 'آ kept', fa_normalize('آمدند');
SELECT 'text without diacritics unchanged', fa_normalize('متن بدون اعراب');
SELECT 'special character ﷺ removed', fa_normalize('پیامبر اکرم ﷺ');
SELECT 'letter repeated 3 times', fa_normalize('سلاممم دوستان');
SELECT 'letter repeated twice kept', fa_normalize('سلامم را برسان');
SELECT 'letter repeated 4 times', fa_normalize('سلامممم به همه');
-- Hazm: persian_style(), persian_number(), unicodes_replacement()
SELECT 'quotes to guillemets', fa_normalize('"نقل‌قول"');
SELECT 'three dots to an ellipsis', fa_normalize('و...');
SELECT 'decimal point', fa_normalize('10.450');
SELECT 'Persian digits', fa_normalize('ساعت 18');
SELECT 'Persian digits before a word', fa_normalize('5 درصد');
SELECT 'ligature ﷽ spelled out', fa_normalize('﷽');
SELECT 'ligature ﷼ spelled out', fa_normalize('۱۰۰ ﷼');
SELECT 'presentation form ﻻ', fa_normalize('ﻻ');
-- Hazm: seperate_mi(), token_spacing() (tokens joined by spaces)
SELECT 'می and نمی get their ZWNJ', fa_normalize('نمیدانم چه میگفت');
SELECT 'میز stays whole', fa_normalize('میز');
SELECT 'میانه stays whole', fa_normalize('میانه');
SELECT 'ماهان stays whole', fa_normalize('ماهان');
SELECT 'token spacing: کتاب ها', fa_normalize('کتاب ها');
SELECT 'token spacing: می رود', fa_normalize('او می رود');
SELECT 'token spacing: the month می stays apart', fa_normalize('ماه می سال جدید');
SELECT 'token spacing: اخلال گر', fa_normalize('اخلال گر');
SELECT 'token spacing: زمین لرزه ای', fa_normalize('زمین لرزه ای');

-- The issue: verbal prefixes, suffixes, compounds; words that stay whole
SELECT 'verbal prefixes; words that begin with می stay whole', fa_normalize('میدهد نمیشود میز میدان میهمان');
SELECT 'suffixes and compounds', fa_normalize('رایزنیهای صهیونیستها پیچیدهتر جداگانهای گفتوگو');
-- wrong ZWNJ removed: doubled, at edges, next to spaces, after non-joining letters
SELECT 'wrong ZWNJ removed', fa_normalize('کتاب‌‌ها ‌را ‌دیدم‌ کشور‌ها');
-- Arabic letter forms, presentation forms, hamza and heh-yeh
SELECT 'Arabic ي and ك', fa_normalize('ميخواهم كتاب علي را ببينم');
SELECT 'presentation forms', fa_normalize('ﻣﻴﺨﻮﺍﻫﻢ');
SELECT 'heh with yeh above ۀ', fa_normalize('خانۀ ما');
SELECT 'heh and a combining hamza', fa_normalize('خانه' || char(0x654) || ' ما');
SELECT 'alef and a combining madda', fa_normalize('ا' || char(0x653) || 'ب');
SELECT 'hamza forms kept', fa_normalize('مسئله مؤسسه تأکید');
-- punctuation and spacing
SELECT 'Persian comma, question mark, semicolon', fa_normalize('سلام , خوبی ? بله ; ممنون');
SELECT 'spaces around colon and guillemets', fa_normalize('گفت:«سلام»و رفت');
SELECT 'time, decimal and percent', fa_normalize('ساعت ۱۶:۱۲ و ۲.۵ درصد و 50%');
SELECT 'thousands separator', fa_normalize('قیمت 1,000 تومان');
SELECT 'spaces inside parentheses', fa_normalize('(  سلام  )');
SELECT 'space after an exclamation mark', fa_normalize('سلام!خوبی؟');
-- Latin text inside Persian is left alone, digits included
SELECT 'Latin runs kept: URL, abbreviations, digits', fa_normalize('ویروس COVID-19 در https://who.int/news2 و e.g. Mr. Smith , ok');
SELECT 'Latin runs kept: digits after a Latin word', fa_normalize('ساعت 18 و iPhone 15');
SELECT 'Latin text unchanged', fa_normalize('They met in Jeddah on April 30, 2022. The talks (in 2020) ended. 12');
SELECT 'digits in Persian text with Latin punctuation', fa_normalize('در سال 2021. و (1400)');
-- newlines: runs of blank lines collapse to one, spaces at line ends go
SELECT 'newlines', fa_normalize('الف  ' || char(10) || '  ب' || char(10,10,10,10) || 'ج' || char(13,10) || 'د');
-- tab, vertical tab and form feed are spaces
SELECT 'tab, vertical tab, form feed', fa_normalize('الف' || char(9) || 'ب' || char(11) || 'ج' || char(12) || 'د');

-- options
SELECT 'digits=latin', fa_normalize('ساعت 18 و ۱۹', 'digits=latin');
SELECT 'digits=keep', fa_normalize('ساعت 18 و ٣', 'digits=keep');
SELECT 'digits=arabic', fa_normalize('ساعت 18', 'digits=arabic');
SELECT 'zwnj=off', fa_normalize('میدهد   کتاب‌‌ها', 'zwnj=off');
SELECT 'diacritics=keep', fa_normalize('مُحَمَّد', 'diacritics=keep');
SELECT 'spacing=off', fa_normalize('سلام , دنیا', 'spacing=off');
SELECT 'punctuation=keep', fa_normalize('سلام , "دنیا"', 'punctuation=keep');
SELECT 'options with spaces and capitals', fa_normalize('ساعت 18', ' DIGITS = Latin , zwnj=on ');

-- bad input: NULL, numbers, blobs, invalid UTF-8 (U+FFFD), code point boundaries
SELECT 'NULL', fa_normalize(NULL);
SELECT 'NULL options', fa_normalize('x', NULL);
SELECT 'an integer', fa_normalize(12);
SELECT 'a real', fa_normalize(1.5);
SELECT 'a blob', fa_normalize(x'D8B3D984D8A7D985');
SELECT 'invalid byte FF', hex(fa_normalize(x'61FF62'));
SELECT 'truncated sequence of 1 byte', hex(fa_normalize(x'D8'));
SELECT 'truncated sequence of 2 bytes', hex(fa_normalize(x'E282'));
SELECT 'code point boundaries', hex(fa_normalize(char(0x7f, 0x80, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff)));
-- errors name the function and list what is valid
SELECT fa_normalize('x', 'digits=roman');
SELECT fa_normalize('x', 'colour=red');
SELECT fa_normalize('x', 'zwnj');
SELECT fa_normalize();
SELECT fa_normalize('a', 'b', 'c');
