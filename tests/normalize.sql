-- fold(), digits(), lang(), ar_normalize(): behaviour, bad input, errors.
-- Each line prints one result; the expected output is tests/normalize.expected.
.nullvalue NULL

-- fold: the issue's own examples
SELECT fold('Côte d’Ivoire') = fold('COTE D''IVOIRE'), fold('Côte d’Ivoire');
SELECT fold('كتاب') = fold('کتاب'), fold('۱۴۰۰'), fold('١٤٠٠'), fold('1400');
-- every letter variant the issue lists, each against its unified form
SELECT fold('ي')=fold('ی'), fold('ى')=fold('ی'), fold('ك')=fold('ک'), fold('ة')=fold('ه'),
       fold('أ')=fold('ا'), fold('إ')=fold('ا'), fold('آ')=fold('ا'), fold('ٱ')=fold('ا'),
       fold('ؤ')=fold('و'), fold('ئ')=fold('ی'), fold('ۀ')=fold('ه');
-- marks: Latin accents and Arabic harakat alike; precomposed = decomposed
SELECT fold('Éléphant'), fold('E'||char(0x301)||'le'||char(0x300)||'phant'), fold('مُحَمَّد');
-- NFKC and full case folding: ligatures, fullwidth, ß, presentation forms
SELECT fold('ﬁnance'), fold('ＡＢＣ１２３'), fold('STRASSE') = fold('Straße'), fold('ﻙﺘﺎﺏ'), fold('İstanbul');
-- typographic quotes and dashes, ZWNJ / ZWJ / kashida / bidi controls
SELECT fold('“Quote” ‘single’ «guillemets» a–b—c−d'), fold('می‌دهد') = fold('میدهد'),
       fold('ســلام'), fold('a' || char(0x200E) || 'b' || char(0x200F) || char(0x202B) || 'c');
-- whitespace collapsed to one space and trimmed (tab, newline, NBSP, ideographic space)
SELECT '[' || fold('  a' || char(9) || char(10) || 'b' || char(0xA0) || char(0x3000) || 'c  ') || ']';
-- decomposed Hangul composes (needs context): same key as precomposed
SELECT fold(char(0x1100, 0x1161)) = fold(char(0xAC00)), fold(char(0x1100, 0x640, 0x1161)) = fold(char(0xAC00));
-- a compatibility form that folds to a space and a letter (ͺ → ' ι'): no double or leading space
SELECT '[' || fold('a ' || char(0x37A)) || '][' || fold(char(0x37A)) || ']';
-- code point boundaries pass through (or fold) without harm
SELECT hex(fold(char(0x7f))), hex(fold(char(0x80))), hex(fold(char(0x7ff))), hex(fold(char(0x800))),
       hex(fold(char(0xffff))), hex(fold(char(0x10000))), hex(fold(char(0x10ffff))), fold(char(0x1D400));

-- digits
SELECT digits('۱۴۰۰/09/04', 'latin'), digits('1400/09/04', 'persian'), digits('12 ٣٤', 'arabic');
SELECT digits('१२३ ߁߂ ๑๒', 'latin'), digits('abc', 'LATIN'), digits('', 'latin');

-- lang
SELECT lang('وزیر امور خارجه ایران در این گفتوگو گفت که'), lang('قال وزير الخارجية في بيان إن الحكومة');
SELECT lang('وزير امور خارجه ايران در اين گفتوگو گفت'), lang('Le ministre des Affaires étrangères a salué les positions');
SELECT lang('The foreign minister said that the meeting was held in Tehran'), lang('1234 !!!'), lang('Привет мир');
SELECT lang(''), lang('كتاب'), lang('کتاب');

-- ar_normalize: Lucene's rules and ours
SELECT ar_normalize('أَحْمَدُ إِلَى الْمَدْرَسَةِ'), ar_normalize('آمنة ٱلقرآن'), ar_normalize('كتـــاب'), ar_normalize('ﻻ ﷲ');
SELECT ar_normalize('أحمد', 'alef=keep'), ar_normalize('مدرسة', 'teh_marbuta=keep'), ar_normalize('على', 'yeh=keep');
SELECT ar_normalize('کتاب ی', 'kaf=fold'), ar_normalize('کتاب', 'kaf=keep'), ar_normalize('مُحَمَّد', 'diacritics=keep');
SELECT ar_normalize('عام ١٤٤٥', 'digits=latin'), ar_normalize('عام 1445', 'digits=arabic'), ar_normalize('عام ١٤٤٥');

-- bad input: NULL in, NULL out; numbers are their text; blobs are read as UTF-8
SELECT fold(NULL), digits(NULL, 'latin'), digits('1', NULL), lang(NULL), ar_normalize(NULL), ar_normalize('x', NULL);
SELECT fold(12), fold(1.5), digits(12, 'latin'), lang(42), ar_normalize(7);
SELECT fold(x'4142'), hex(fold(x'')), typeof(fold('')), quote(fold('')), quote(digits('', 'persian'));
-- invalid UTF-8: each ill-formed sequence becomes U+FFFD (EFBFBD), nothing is read past the end
SELECT hex(fold(x'61FF62')), hex(fold(x'E282')), hex(fold(x'C0AF')), hex(fold(x'F4908080'));
SELECT hex(digits(x'31FF32', 'persian')), hex(ar_normalize(x'D9')), lang(x'FFFE');
-- errors name the function
SELECT digits('1', 'roman');
SELECT ar_normalize('x', 'alef=maybe');
SELECT ar_normalize('x', 'colour=red');
SELECT ar_normalize('x', 'alef');
SELECT fold();
SELECT fold('a', 'b');
SELECT digits('1');
