-- fa_normalize(): Hazm's own normalizer tests (every case that applies to a
-- whole-text normalizer, from roshan-research/hazm tests/test_normalizer.py
-- and the Normalizer docstrings), the issue's cases, options, bad input.
.nullvalue NULL

-- Hazm: normalize()
SELECT fa_normalize('اِعلاممممم کَرد : « زمین لرزه ای به بُزرگیِ 6 دهم ریشتر ...»');
-- Hazm: correct_spacing()
SELECT fa_normalize('سلام    دنیا'), fa_normalize('     سلام'), fa_normalize('سلام     ');
SELECT fa_normalize('مسافت ۹کیلومتر'), fa_normalize('مسافت۹ کیلومتر'), fa_normalize('به طول ۹متر و عرض۶');
SELECT fa_normalize('کاروان‌‌سرا'), fa_normalize('سلام‌ دنیا'), fa_normalize('سلام ‌دنیا'),
       fa_normalize('‌کاروانسرا'), fa_normalize('کاروانسرا‌');
SELECT fa_normalize('ســلام'), fa_normalize('سلام دنیـــا'), fa_normalize('جمعهها مطالعه کنید');
SELECT fa_normalize('   (سلام)'), fa_normalize('(سلام)   '), fa_normalize('  (سلام)   '),
       quote(fa_normalize('   ')), quote(fa_normalize(''));
SELECT fa_normalize('جمعهها که کار نمی کنم مطالعه می کنم'), fa_normalize(' "سلام به همه"   ');
-- Hazm: remove_diacritics(), remove_specials_chars(), decrease_repeated_chars()
SELECT fa_normalize('حَذفِ اِعراب'), fa_normalize('آمدند'), fa_normalize('متن بدون اعراب');
SELECT fa_normalize('پیامبر اکرم ﷺ'), fa_normalize('سلاممم دوستان'), fa_normalize('سلامم را برسان'),
       fa_normalize('سلامممم به همه');
-- Hazm: persian_style(), persian_number(), unicodes_replacement()
SELECT fa_normalize('"نقل‌قول"'), fa_normalize('و...'), fa_normalize('10.450'), fa_normalize('ساعت 18'),
       fa_normalize('5 درصد');
SELECT fa_normalize('﷽'), fa_normalize('۱۰۰ ﷼'), fa_normalize('ﻻ');
-- Hazm: seperate_mi(), token_spacing() (tokens joined by spaces)
SELECT fa_normalize('نمیدانم چه میگفت'), fa_normalize('میز'), fa_normalize('میانه'), fa_normalize('ماهان');
SELECT fa_normalize('کتاب ها'), fa_normalize('او می رود'), fa_normalize('ماه می سال جدید'),
       fa_normalize('اخلال گر'), fa_normalize('زمین لرزه ای');

-- The issue: verbal prefixes, suffixes, compounds; words that stay whole
SELECT fa_normalize('میدهد نمیشود میز میدان میهمان');
SELECT fa_normalize('رایزنیهای صهیونیستها پیچیدهتر جداگانهای گفتوگو');
-- wrong ZWNJ removed: doubled, at edges, next to spaces, after non-joining letters
SELECT fa_normalize('کتاب‌‌ها ‌را ‌دیدم‌ کشور‌ها');
-- Arabic letter forms, presentation forms, hamza and heh-yeh
SELECT fa_normalize('ميخواهم كتاب علي را ببينم'), fa_normalize('ﻣﻴﺨﻮﺍﻫﻢ'), fa_normalize('خانۀ ما'),
       fa_normalize('خانه' || char(0x654) || ' ما'), fa_normalize('ا' || char(0x653) || 'ب'), fa_normalize('مسئله مؤسسه تأکید');
-- punctuation and spacing
SELECT fa_normalize('سلام , خوبی ? بله ; ممنون'), fa_normalize('گفت:«سلام»و رفت'), fa_normalize('ساعت ۱۶:۱۲ و ۲.۵ درصد و 50%');
SELECT fa_normalize('قیمت 1,000 تومان'), fa_normalize('(  سلام  )'), fa_normalize('سلام!خوبی؟');
-- Latin text inside Persian is left alone, digits included
SELECT fa_normalize('ویروس COVID-19 در https://who.int/news2 و e.g. Mr. Smith , ok'), fa_normalize('ساعت 18 و iPhone 15');
SELECT fa_normalize('They met in Jeddah on April 30, 2022. The talks (in 2020) ended. 12'), fa_normalize('در سال 2021. و (1400)');
-- newlines: runs of blank lines collapse to one, spaces at line ends go
SELECT fa_normalize('الف  ' || char(10) || '  ب' || char(10,10,10,10) || 'ج' || char(13,10) || 'د');
-- tab, vertical tab and form feed are spaces
SELECT fa_normalize('الف' || char(9) || 'ب' || char(11) || 'ج' || char(12) || 'د');

-- options
SELECT fa_normalize('ساعت 18 و ۱۹', 'digits=latin'), fa_normalize('ساعت 18 و ٣', 'digits=keep'),
       fa_normalize('ساعت 18', 'digits=arabic');
SELECT fa_normalize('میدهد   کتاب‌‌ها', 'zwnj=off'), fa_normalize('مُحَمَّد', 'diacritics=keep'),
       fa_normalize('سلام , دنیا', 'spacing=off'), fa_normalize('سلام , "دنیا"', 'punctuation=keep');
SELECT fa_normalize('ساعت 18', ' DIGITS = Latin , zwnj=on ');

-- bad input: NULL, numbers, blobs, invalid UTF-8 (U+FFFD), code point boundaries
SELECT fa_normalize(NULL), fa_normalize('x', NULL), fa_normalize(12), fa_normalize(1.5), fa_normalize(x'D8B3D984D8A7D985');
SELECT hex(fa_normalize(x'61FF62')), hex(fa_normalize(x'D8')), hex(fa_normalize(x'E282')),
       hex(fa_normalize(char(0x7f, 0x80, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff)));
-- errors name the function and list what is valid
SELECT fa_normalize('x', 'digits=roman');
SELECT fa_normalize('x', 'colour=red');
SELECT fa_normalize('x', 'zwnj');
SELECT fa_normalize();
SELECT fa_normalize('a', 'b', 'c');
