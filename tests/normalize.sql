-- normalize.sql — fold(), digits(), lang(), ar_normalize(): behaviour, bad input, errors.
-- One check per line, labelled; the expected output is tests/normalize.expected.
.nullvalue NULL

-- fold: the issue's own examples
SELECT 'fold: Côte d’Ivoire = COTE D''IVOIRE', fold('Côte d’Ivoire') IS fold('COTE D''IVOIRE');
SELECT 'fold: Côte d’Ivoire', fold('Côte d’Ivoire');
SELECT 'fold: كتاب = کتاب', fold('كتاب') IS fold('کتاب');
SELECT 'fold: ۱۴۰۰', fold('۱۴۰۰');
SELECT 'fold: ١٤٠٠', fold('١٤٠٠');
SELECT 'fold: 1400', fold('1400');
-- every letter variant the issue lists, each against its unified form
SELECT 'fold: ي = ی', fold('ي') IS fold('ی');
SELECT 'fold: ى = ی', fold('ى') IS fold('ی');
SELECT 'fold: ك = ک', fold('ك') IS fold('ک');
SELECT 'fold: ة = ه', fold('ة') IS fold('ه');
SELECT 'fold: أ = ا', fold('أ') IS fold('ا');
SELECT 'fold: إ = ا', fold('إ') IS fold('ا');
SELECT 'fold: آ = ا', fold('آ') IS fold('ا');
SELECT 'fold: ٱ = ا', fold('ٱ') IS fold('ا');
SELECT 'fold: ؤ = و', fold('ؤ') IS fold('و');
SELECT 'fold: ئ = ی', fold('ئ') IS fold('ی');
SELECT 'fold: ۀ = ه', fold('ۀ') IS fold('ه');
-- marks: Latin accents and Arabic harakat alike; precomposed = decomposed
SELECT 'fold: Éléphant, precomposed', fold('Éléphant');
SELECT 'fold: Éléphant, decomposed', fold('E'||char(0x301)||'le'||char(0x300)||'phant');
SELECT 'fold: مُحَمَّد, harakat', fold('مُحَمَّد');
-- NFKC and full case folding: ligatures, fullwidth, ß, presentation forms
SELECT 'fold: ﬁ ligature', fold('ﬁnance');
SELECT 'fold: fullwidth', fold('ＡＢＣ１２３');
SELECT 'fold: STRASSE = Straße', fold('STRASSE') IS fold('Straße');
SELECT 'fold: presentation forms', fold('ﻙﺘﺎﺏ');
SELECT 'fold: İstanbul', fold('İstanbul');
-- typographic quotes and dashes, ZWNJ / ZWJ / kashida / bidi controls
SELECT 'fold: quotes and dashes', fold('“Quote” ‘single’ «guillemets» a–b—c−d');
SELECT 'fold: ZWNJ, می‌دهد = میدهد', fold('می‌دهد') IS fold('میدهد');
SELECT 'fold: kashida', fold('ســلام');
SELECT 'fold: bidi controls', fold('a' || char(0x200E) || 'b' || char(0x200F) || char(0x202B) || 'c');
-- whitespace collapsed to one space and trimmed (tab, newline, NBSP, ideographic space)
SELECT 'fold: whitespace', '[' || fold('  a' || char(9) || char(10) || 'b' || char(0xA0) || char(0x3000) || 'c  ') || ']';
-- decomposed Hangul composes (needs context): same key as precomposed
SELECT 'fold: Hangul decomposed = precomposed', fold(char(0x1100, 0x1161)) IS fold(char(0xAC00));
SELECT 'fold: Hangul with a kashida inside = precomposed', fold(char(0x1100, 0x640, 0x1161)) IS fold(char(0xAC00));
-- a compatibility form that folds to a space and a letter (ͺ → ' ι'): no double or leading space
SELECT 'fold: ͺ after a space, and alone', '[' || fold('a ' || char(0x37A)) || '][' || fold(char(0x37A)) || ']';
-- code point boundaries pass through (or fold) without harm
SELECT 'fold: U+007F', hex(fold(char(0x7f)));
SELECT 'fold: U+0080', hex(fold(char(0x80)));
SELECT 'fold: U+07FF', hex(fold(char(0x7ff)));
SELECT 'fold: U+0800', hex(fold(char(0x800)));
SELECT 'fold: U+FFFF', hex(fold(char(0xffff)));
SELECT 'fold: U+10000', hex(fold(char(0x10000)));
SELECT 'fold: U+10FFFF', hex(fold(char(0x10ffff)));
SELECT 'fold: U+1D400 (mathematical bold A)', fold(char(0x1D400));

-- digits
SELECT 'digits: Persian to latin', digits('۱۴۰۰/09/04', 'latin');
SELECT 'digits: latin to persian', digits('1400/09/04', 'persian');
SELECT 'digits: to arabic', digits('12 ٣٤', 'arabic');
SELECT 'digits: Devanagari, N’Ko, Thai to latin', digits('१२३ ߁߂ ๑๒', 'latin');
SELECT 'digits: no digits, system in capitals', digits('abc', 'LATIN');
SELECT 'digits: empty text', digits('', 'latin');

-- lang
SELECT 'lang: Persian', lang('وزیر امور خارجه ایران در این گفتوگو گفت که');
SELECT 'lang: Arabic', lang('قال وزير الخارجية في بيان إن الحكومة');
SELECT 'lang: Persian with Arabic ي', lang('وزير امور خارجه ايران در اين گفتوگو گفت');
SELECT 'lang: French', lang('Le ministre des Affaires étrangères a salué les positions');
SELECT 'lang: English', lang('The foreign minister said that the meeting was held in Tehran');
SELECT 'lang: digits and punctuation', lang('1234 !!!');
SELECT 'lang: Russian', lang('Привет мир');
SELECT 'lang: empty', lang('');
SELECT 'lang: كتاب', lang('كتاب');
SELECT 'lang: کتاب', lang('کتاب');

-- ar_normalize: Lucene's rules and ours
SELECT 'ar_normalize: hamza alef, alef maksura, teh marbuta, harakat', ar_normalize('أَحْمَدُ إِلَى الْمَدْرَسَةِ');
SELECT 'ar_normalize: madda, wasla', ar_normalize('آمنة ٱلقرآن');
SELECT 'ar_normalize: tatweel', ar_normalize('كتـــاب');
SELECT 'ar_normalize: ligatures', ar_normalize('ﻻ ﷲ');
SELECT 'ar_normalize: alef=keep', ar_normalize('أحمد', 'alef=keep');
SELECT 'ar_normalize: teh_marbuta=keep', ar_normalize('مدرسة', 'teh_marbuta=keep');
SELECT 'ar_normalize: yeh=keep', ar_normalize('على', 'yeh=keep');
SELECT 'ar_normalize: kaf=fold', ar_normalize('کتاب ی', 'kaf=fold');
SELECT 'ar_normalize: kaf=keep', ar_normalize('کتاب', 'kaf=keep');
SELECT 'ar_normalize: diacritics=keep', ar_normalize('مُحَمَّد', 'diacritics=keep');
SELECT 'ar_normalize: digits=latin', ar_normalize('عام ١٤٤٥', 'digits=latin');
SELECT 'ar_normalize: digits=arabic', ar_normalize('عام 1445', 'digits=arabic');
SELECT 'ar_normalize: digits kept by default', ar_normalize('عام ١٤٤٥');

-- bad input: NULL in, NULL out; numbers are their text; blobs are read as UTF-8
SELECT 'fold(NULL)', fold(NULL);
SELECT 'digits(NULL, latin)', digits(NULL, 'latin');
SELECT 'digits(1, NULL)', digits('1', NULL);
SELECT 'lang(NULL)', lang(NULL);
SELECT 'ar_normalize(NULL)', ar_normalize(NULL);
SELECT 'ar_normalize(x, NULL)', ar_normalize('x', NULL);
SELECT 'fold(12)', fold(12);
SELECT 'fold(1.5)', fold(1.5);
SELECT 'digits(12, latin)', digits(12, 'latin');
SELECT 'lang(42)', lang(42);
SELECT 'ar_normalize(7)', ar_normalize(7);
SELECT 'fold: a blob', fold(x'4142');
SELECT 'fold: an empty blob', hex(fold(x''));
SELECT 'fold: empty is text', typeof(fold(''));
SELECT 'fold: empty', quote(fold(''));
SELECT 'digits: empty text, quoted', quote(digits('', 'persian'));
-- invalid UTF-8: each ill-formed sequence becomes U+FFFD (EFBFBD), nothing is read past the end
SELECT 'fold: invalid byte FF', hex(fold(x'61FF62'));
SELECT 'fold: truncated sequence at the end', hex(fold(x'E282'));
SELECT 'fold: overlong C0 AF', hex(fold(x'C0AF'));
SELECT 'fold: above U+10FFFF', hex(fold(x'F4908080'));
SELECT 'digits: invalid byte FF', hex(digits(x'31FF32', 'persian'));
SELECT 'ar_normalize: truncated sequence', hex(ar_normalize(x'D9'));
SELECT 'lang: invalid bytes', lang(x'FFFE');
-- errors name the function
SELECT digits('1', 'roman');
SELECT ar_normalize('x', 'alef=maybe');
SELECT ar_normalize('x', 'colour=red');
SELECT ar_normalize('x', 'alef');
SELECT fold();
SELECT fold('a', 'b');
SELECT digits('1');
