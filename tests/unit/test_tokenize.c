/*
** test_tokenize.c — the tokenizer core (ext/tokenize.h, ext/fa_stem.h):
**   - segmentation: words, numbers, punctuation, ZWNJ/kashida/marks inside
**     words, apostrophes, script and digit changes;
**   - against references that are not its own code: ICU's word break
**     iterator on the seed texts (when ../shared is present) and on built-in
**     samples, wherever the two designs agree (no apostrophes, no letters
**     glued to digits); SQLite's own character counting (its
**     SQLITE_SKIP_UTF8 rule, restated here) for every character offset;
**     Snowball's published stems;
**   - random byte strings: spans in bounds, ordered, on code point
**     boundaries, at least one character long, offsets as SQLite counts
**     them, terms valid UTF-8 without spaces;
**   - the Persian stemmer with the lexicon, and the index terms FTS5 gets
**     for documents, queries and prefixes;
**   - zb_fold_bytes(), the byte-by-byte fold of ASCII tokens, against
**     zb_fold().
*/
#include "unit.h"
#include "tokenize.h"
#include "fa_stem.h"
#include "normalize.h"

#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>

/* ---------------------------------------------------------------------
** Helpers
*/

static char kind_letter(ZbTokKind kind){
  switch( kind ){
    case ZB_TOK_ARABIC: return 'a';
    case ZB_TOK_LATIN:  return 'l';
    case ZB_TOK_LETTER: return 'o';
    case ZB_TOK_NUMBER: return 'n';
    default:            return 'p';
  }
}

/* The tokens of z as "token/kind token/kind ..." (a static buffer). */
static const char *toks(const char *z, unsigned flags){
  static char zOut[2000];
  ZbTokenizer t;
  ZbToken k;
  int n = 0;
  zOut[0] = 0;
  zb_tok_init(&t, (const unsigned char*)z, (int32_t)strlen(z), flags);
  while( zb_tok_next(&t, &k) && n<(int)sizeof(zOut)-100 ){
    n += snprintf(zOut+n, sizeof(zOut)-n, "%s%.*s/%c", n ? " " : "",
                  k.iByteEnd - k.iByte, z + k.iByte, kind_letter(k.kind));
  }
  return zOut;
}

/* Index forms of the tokens of z, "form form ..." (a static buffer). */
static const char *forms(const char *z, ZbStemmers *s, ZbLang lang){
  static char zOut[2000];
  ZbTokenizer t;
  ZbToken k;
  ZbBuf b;
  zb_buf_init(&b);
  zb_tok_init(&t, (const unsigned char*)z, (int32_t)strlen(z), 0);
  while( zb_tok_next(&t, &k) ){
    if( b.n ) zb_buf_putc(&b, ' ');
    zb_tok_normalize((const unsigned char*)z, &k, s, lang, &b);
  }
  snprintf(zOut, sizeof(zOut), "%.*s", (int)b.n, b.z ? b.z : "");
  zb_buf_free(&b);
  return zOut;
}

/* The terms of z in a mode, "term +colocated term ..." (a static buffer). */
static const char *terms(const char *z, ZbTermMode mode, int stem, int join, ZbLang lang,
                         ZbStemmers *s){
  static char zOut[4000];
  ZbTermOptions opt = { stem, join, lang, 0 };
  ZbTerms p;
  ZbTerm term;
  int n = 0;
  zOut[0] = 0;
  zb_terms_init(&p, (const unsigned char*)z, (int32_t)strlen(z), mode, &opt, s);
  while( zb_terms_next(&p, &term)==1 && n<(int)sizeof(zOut)-200 ){
    n += snprintf(zOut+n, sizeof(zOut)-n, "%s%s%.*s", n ? " " : "",
                  term.colocated ? "+" : "", term.n, term.z);
  }
  zb_terms_free(&p);
  return zOut;
}

/* Characters in z[0..n) as SQLite's length() and substr() count them: a
** byte from 0xC0 up takes the continuation bytes after it. */
static int32_t sqlite_chars(const unsigned char *z, int32_t n){
  int32_t i = 0, nChar = 0;
  while( i<n ){
    if( z[i++]>=0xC0 ){ while( i<n && (z[i] & 0xC0)==0x80 ) i++; }
    nChar++;
  }
  return nChar;
}

/* ---------------------------------------------------------------------
** Segmentation
*/

static void test_words(void){
  CHECK_STR(toks("Hello, world!", 0), "Hello/l world/l");
  CHECK_STR(toks("  ", 0), "");
  CHECK_STR(toks("", 0), "");
  /* apostrophes (', ’, ʼ) and hyphens separate */
  CHECK_STR(toks("Abdollahian's", 0), "Abdollahian/l s/l");
  CHECK_STR(toks("l'Organisation d’Ivoire Iranʼs", 0), "l/l Organisation/l d/l Ivoire/l Iran/l s/l");
  CHECK_STR(toks("cessez-le-feu", 0), "cessez/l le/l feu/l");
  /* letters and digits, Arabic and other scripts, do not mix */
  CHECK_STR(toks("G7 COVID-19", 0), "G/l 7/n COVID/l 19/n");
  CHECK_STR(toks("۱۴۰۰ام ایرانIran", 0), "۱۴۰۰/n ام/a ایران/a Iran/l");
  CHECK_STR(toks("1۲٣4", 0), "1۲٣4/n");
  CHECK_STR(toks("Привет мир Ελλάδα 中文", 0), "Привет/o мир/o Ελλάδα/o 中文/o");
  /* ZWNJ, ZWJ, kashida, soft hyphen keep a word whole inside it ... */
  CHECK_STR(toks("می‌دهد ســلام organi\xC2\xADsation", 0), "می‌دهد/a ســلام/a organi\xC2\xADsation/l");
  /* ... and are no part of it at its edges */
  CHECK_STR(toks("\xE2\x80\x8C" "کتاب" "\xE2\x80\x8C" " سلامـ", 0), "کتاب/a سلام/a");
  CHECK_STR(toks("ب\xE2\x80\x8C\xE2\x80\x8Cپ ب\xE2\x80\x8C 1", 0), "ب\xE2\x80\x8C\xE2\x80\x8Cپ/a ب/a 1/n");
  /* a joiner between scripts separates */
  CHECK_STR(toks("ب\xE2\x80\x8C" "a", 0), "ب/a a/l");
  /* combining marks stay with their letter: harakat, decomposed accents */
  CHECK_STR(toks("مُحَمَّد e\xCC\x81te\xCC\x81", 0), "مُحَمَّد/a e\xCC\x81te\xCC\x81/l");
  /* punctuation only on request, one character each with its marks */
  CHECK_STR(toks("۱۴۰۰/۰۹/۰۴ 16:12", 0), "۱۴۰۰/n ۰۹/n ۰۴/n 16/n 12/n");
  CHECK_STR(toks("۱۴۰۰/۰۹/۰۴ 16:12", ZB_TOK_WITH_PUNCT), "۱۴۰۰/n //p ۰۹/n //p ۰۴/n 16/n :/p 12/n");
  CHECK_STR(toks("۲٫۵ «نه» ...", ZB_TOK_WITH_PUNCT), "۲/n ٫/p ۵/n «/p نه/a »/p ./p ./p ./p");
  CHECK_STR(toks(" \xCC\x81 x", ZB_TOK_WITH_PUNCT), "\xCC\x81/p x/l");
  CHECK_STR(toks(" \xCC\x81 x", 0), "x/l");
  /* ill-formed UTF-8 is U+FFFD, punctuation: it separates */
  CHECK_STR(toks("ab\xFF" "cd\xE2\x82", 0), "ab/l cd/l");
  CHECK_STR(toks("ab\xFF" "cd", ZB_TOK_WITH_PUNCT), "ab/l \xFF/p cd/l");
  /* code point boundaries */
  CHECK_STR(toks("\x7F\xC2\x80\xDF\xBF\xE0\xA0\x80\xEF\xBF\xBF\xF0\x90\x80\x80\xF4\x8F\xBF\xBF", 0),
            "\xE0\xA0\x80/o \xF0\x90\x80\x80/o");
}

/* Spans: bytes and characters, on a text with every kind of character. */
static void test_spans(void){
  const char *z = "Côte d’Ivoire ۱۴۰۰ می‌دهد 😀x";
  ZbTokenizer t;
  ZbToken k;
  int i = 0;
  static const int32_t aExpect[][4] = {
    { 0, 5, 0, 4 }, { 6, 7, 5, 6 }, { 10, 16, 7, 13 }, { 17, 25, 14, 18 },
    { 26, 39, 19, 25 }, { 44, 45, 27, 28 },
  };
  zb_tok_init(&t, (const unsigned char*)z, (int32_t)strlen(z), 0);
  while( zb_tok_next(&t, &k) ){
    CHECK(i<6 && k.iByte==aExpect[i][0] && k.iByteEnd==aExpect[i][1]
          && k.iChar==aExpect[i][2] && k.iCharEnd==aExpect[i][3]);
    i++;
  }
  CHECK(i==6);
}

/* ---------------------------------------------------------------------
** ICU's word break iterator as a reference
*/

/* True for ICU words that our design cuts differently: with punctuation
** inside (ICU keeps l'a, 3.5, @name whole) or letters glued to digits. */
static int cut_differently(const UChar *u, int32_t n){
  int32_t i = 0;
  int letters = 0, digits = 0;
  while( i<n ){
    UChar32 c;
    U16_NEXT(u, i, n, c);
    if( u_isdigit(c) ) digits = 1;
    else if( u_isalpha(c) ) letters = 1;
    else if( !(u_getCombiningClass(c) || u_charType(c)==U_NON_SPACING_MARK
               || c==0x200C || c==0x200D) ) return 1;
  }
  return letters && digits;
}

/* Every word and number ICU finds in z (UTF-8), unless cut_differently(),
** must be one of our tokens, at the same byte span.  Returns the number of
** ICU words compared. */
static int check_against_icu(const char *z, int32_t n){
  UErrorCode err = U_ZERO_ERROR;
  int32_t nU = 0, *aByteAt, i = 0, iU = 0, start, nCompared = 0;
  UChar *u;
  UBreakIterator *bi;
  ZbTokenizer t;
  ZbToken k;
  u_strFromUTF8(0, 0, &nU, z, n, &err);
  err = U_ZERO_ERROR;
  u = malloc(sizeof(UChar)*(nU+1));
  aByteAt = malloc(sizeof(int32_t)*(nU+1));
  u_strFromUTF8(u, nU+1, &nU, z, n, &err);
  while( i<n ){                          /* UTF-16 index -> byte offset */
    int32_t c, i0 = i;
    U8_NEXT(z, i, n, c);
    aByteAt[iU++] = i0;
    if( c>0xFFFF ) aByteAt[iU++] = i0;
  }
  aByteAt[iU] = n;
  zb_tok_init(&t, (const unsigned char*)z, n, 0);
  bi = ubrk_open(UBRK_WORD, "en", u, nU, &err);
  if( U_FAILURE(err) ){ printf("FAIL ubrk_open: %s\n", u_errorName(err)); unit_failed++; return 0; }
  start = ubrk_first(bi);
  for(;;){
    int32_t end = ubrk_next(bi), status = ubrk_getRuleStatus(bi);
    if( end==UBRK_DONE ) break;
    if( status>=UBRK_WORD_NUMBER && status<UBRK_WORD_KANA
     && !cut_differently(u + start, end - start) ){
      int32_t b0 = aByteAt[start], b1 = aByteAt[end];
      int found = 0;
      /* find our token that starts at b0 */
      while( zb_tok_next(&t, &k) ){
        if( k.iByte>=b0 ){ found = (k.iByte==b0 && k.iByteEnd==b1); break; }
      }
      if( !found ){
        printf("FAIL ICU word '%.*s' (bytes %d..%d) is not a token\n", b1-b0, z+b0, b0, b1);
        unit_failed++;
      }else{
        unit_passed++;
      }
      nCompared++;
    }
    start = end;
  }
  ubrk_close(bi);
  free(u);
  free(aByteAt);
  return nCompared;
}

static void test_icu_agreement(void){
  static const char *const azSeed[] = {
    "000_d6afaeafbc426307.txt", "001_193b1bdac254f09c.txt", "002_e8fd1c9e67b988b0.txt",
    "003_7a8e4cf7d9903d77.txt", "004_2dc8f213a2bf0247.txt",
  };
  const char *zSample =
    "وزیر امور خارجه جمهوری اسلامی ایران در تماسی تلفنی با همتای ترکیه‌ای خود "
    "گفت‌وگو کرد و می‌گوید رایزنی‌های منطقه‌ای ادامه دارد. Le ministre des "
    "Affaires étrangères a salué la coopération islamique. The foreign minister "
    "met 57 member states in Jeddah. Министр иностранных дел Ελλάδα ١٤٤٥ ۱۴۰۰";
  size_t i;
  int nSeeds = 0;
  CHECK(check_against_icu(zSample, (int32_t)strlen(zSample))>=40);
  for(i=0; i<sizeof(azSeed)/sizeof(azSeed[0]); i++){
    char zRel[300];
    int n;
    char *z;
    snprintf(zRel, sizeof(zRel), "seeds/%s", azSeed[i]);
    if( (z = unit_read_shared(zRel, &n))==0 ) continue;
    CHECK(check_against_icu(z, n)>100);
    free(z);
    nSeeds++;
  }
  if( nSeeds==0 ) printf("SKIPPED ICU agreement on the seeds: ../shared/seeds is not here\n");
}

/* ---------------------------------------------------------------------
** Random byte strings
*/

static uint32_t rng_state = 12345;
static uint32_t rng(void){
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 17;
  rng_state ^= rng_state << 5;
  return rng_state;
}

/* A random string from pieces that make tokenizers stumble. */
static int32_t random_text(unsigned char *z, int32_t nMax){
  static const char *const azPiece[] = {
    "a", "Z", "7", " ", "'", "-", ".", "\xD8\xA8", "\xDB\xB1", "\xD9\x80", "\xE2\x80\x8C",
    "\xE2\x80\x8D", "\xCC\x81", "\xD9\x8E", "\xC2\xAD", "\xFF", "\x80", "\xC0\xAF", "\xE2\x82",
    "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xF0\x9F\x98\x80", "\xEF\xBF\xBD", "\xC3\xA9",
    "\xD0\x96", "\xE4\xB8\xAD", "\x00", "\xEF\xB7\xBA", "\xD9\xA1",
  };
  int32_t n = 0, nPiece = (int32_t)(rng() % 40);
  while( nPiece-- > 0 ){
    const char *zPiece = azPiece[rng() % (sizeof(azPiece)/sizeof(azPiece[0]))];
    int32_t len = zPiece[0] ? (int32_t)strlen(zPiece) : 1;
    if( n + len > nMax ) break;
    memcpy(z + n, zPiece, (size_t)len);
    n += len;
  }
  return n;
}

static int valid_utf8(const char *z, int32_t n){
  int32_t i = 0;
  while( i<n ){
    int32_t c;
    U8_NEXT(z, i, n, c);
    if( c<0 ) return 0;
  }
  return 1;
}

/* The invariants of segmentation on one text; 1 if all hold. */
static int spans_ok(const unsigned char *z, int32_t n, unsigned flags){
  ZbTokenizer t;
  ZbToken k;
  int32_t prevEnd = 0;
  char aBoundary[300];
  int32_t i = 0;
  memset(aBoundary, 0, sizeof(aBoundary));
  while( i<n ){ aBoundary[i] = 1; (void)zb_next_cp(z, n, &i); }
  aBoundary[n] = 1;
  zb_tok_init(&t, z, n, flags);
  while( zb_tok_next(&t, &k) ){
    if( k.iByte<prevEnd || k.iByteEnd<=k.iByte || k.iByteEnd>n ) return 0;
    if( !aBoundary[k.iByte] || !aBoundary[k.iByteEnd] ) return 0;
    if( k.iChar!=sqlite_chars(z, k.iByte) || k.iCharEnd!=sqlite_chars(z, k.iByteEnd) ) return 0;
    if( k.iCharEnd<=k.iChar ) return 0;
    if( k.kind==ZB_TOK_PUNCT && !(flags & ZB_TOK_WITH_PUNCT) ) return 0;
    prevEnd = k.iByteEnd;
  }
  return 1;
}

/* Every term of every mode is valid UTF-8 within the text's bounds. */
static int terms_ok(const unsigned char *z, int32_t n, ZbStemmers *s){
  int mode, options;
  for(mode=ZB_TERMS_DOCUMENT; mode<=ZB_TERMS_PREFIX; mode++){
    for(options=0; options<4; options++){
      ZbTermOptions opt = { options & 1, (options>>1) & 1, ZB_LANG_AUTO, ZB_TOK_WITH_PUNCT };
      ZbTerms p;
      ZbTerm term;
      int rc, first = 1;
      zb_terms_init(&p, z, n, (ZbTermMode)mode, &opt, s);
      while( (rc = zb_terms_next(&p, &term))==1 ){
        if( term.n<=0 || !valid_utf8(term.z, term.n) || memchr(term.z, ' ', (size_t)term.n) ) break;
        if( term.tok.iByte<0 || term.tok.iByteEnd>n || (first && term.colocated) ) break;
        first = 0;
      }
      zb_terms_free(&p);
      if( rc!=0 ) return 0;
    }
  }
  return 1;
}

static void test_random(void){
  unsigned char z[256];
  ZbStemmers *s = zb_stemmers_new();
  int iter, nBad = 0;
  for(iter=0; iter<20000; iter++){
    int32_t n = random_text(z, 200);
    if( !spans_ok(z, n, 0) || !spans_ok(z, n, ZB_TOK_WITH_PUNCT) || (iter%4==0 && !terms_ok(z, n, s)) ){
      if( nBad++<5 ){
        int32_t j;
        printf("FAIL random text:");
        for(j=0; j<n; j++) printf(" %02X", z[j]);
        printf("\n");
      }
    }
  }
  CHECK(nBad==0);
  zb_stemmers_free(s);
}

/* ---------------------------------------------------------------------
** Normalization and stemming
*/

static void test_normalize(void){
  ZbStemmers *s = zb_stemmers_new();
  CHECK_STR(forms("Côte d’Ivoire ۱۴۰۰ ١٤٠٠ كتاب STRASSE ﬁnance", 0, ZB_LANG_AUTO),
            "cote d ivoire 1400 1400 کتاب strasse finance");
  CHECK_STR(forms("گفت‌وگو ســلام مُحَمَّد", 0, ZB_LANG_AUTO), "گفتوگو سلام محمد");
  /* a ligature that folds to four words gives one form, without spaces */
  CHECK_STR(forms("\xEF\xB7\xBA", 0, ZB_LANG_AUTO), "صلیاللهعلیهوسلم");
  /* Snowball's stems (snowballstem.org): English by default, French in
  ** French text, Arabic in Arabic text */
  CHECK_STR(forms("developments running organization", s, ZB_LANG_EN), "develop run organ");
  CHECK_STR(forms("developments", s, ZB_LANG_AUTO), "develop");
  CHECK_STR(forms("téléphonique coopération islamique", s, ZB_LANG_FR), "telephon cooper islam");
  CHECK_STR(forms("المدرسة الخارجية", s, ZB_LANG_AR), "مدرس خارج");
  /* numbers and other scripts are not stemmed */
  CHECK_STR(forms("1400 Министерства", s, ZB_LANG_EN), "1400 министерства");
  zb_stemmers_free(s);
}

/* zb_fold_bytes() (the token window's fast path) says what zb_fold() does:
** each byte it maps folds to that byte, alone and in a run of them all. */
static void test_fold_bytes(void){
  const unsigned char *aFold = zb_fold_bytes();
  unsigned char zAll[128], zMapped[128];
  int n = 0, b;
  ZbBuf out;
  CHECK(aFold!=0);
  if( aFold==0 ) return;
  zb_buf_init(&out);
  for(b=1; b<0x80; b++){
    unsigned char c = (unsigned char)b;
    if( aFold[b]>=0x80 ) continue;
    out.n = 0;
    CHECK(zb_fold(&c, 1, &out)==0 && out.n==1 && (unsigned char)out.z[0]==aFold[b]);
    if( aFold[b]!=' ' ){ zAll[n] = c; zMapped[n++] = aFold[b]; }
  }
  for(b=0x80; b<0x100; b++) CHECK(aFold[b]>=0x80);
  out.n = 0;
  CHECK(zb_fold(zAll, n, &out)==0 && out.n==(size_t)n && memcmp(out.z, zMapped, (size_t)n)==0);
  CHECK(aFold['A']=='a' && aFold['`']=='\'' && aFold[' ']>=0x80 && aFold['\n']>=0x80);
  zb_buf_free(&out);
}

static const char *fa_stem_of(const char *z){
  static char zOut[200];
  snprintf(zOut, sizeof(zOut), "%.*s", zb_fa_stem(z, (int)strlen(z)), z);
  return zOut;
}

static void test_fa_stem(void){
  /* plural, comparative, adjectival and indefinite suffixes */
  CHECK_STR(fa_stem_of("رایزنیهای"), "رایزنی");
  CHECK_STR(fa_stem_of("رایزنی‌های"), "رایزنی");
  CHECK_STR(fa_stem_of("کتاب‌ها"), "کتاب");
  CHECK_STR(fa_stem_of("کشورهای"), "کشور");
  CHECK_STR(fa_stem_of("مسلمانان"), "مسلمان");
  CHECK_STR(fa_stem_of("بزرگترین"), "بزرگ");
  CHECK_STR(fa_stem_of("پیچیده‌تر"), "پیچیده");
  CHECK_STR(fa_stem_of("خانه‌ای"), "خانه");
  CHECK_STR(fa_stem_of("اسلامی"), "اسلام");
  /* the longest stem the lexicon knows: دریا + ی, not دری + ای */
  CHECK_STR(fa_stem_of("دریای"), "دریا");
  /* words of the lexicon are not stemmed */
  CHECK_STR(fa_stem_of("ایران"), "ایران");
  CHECK_STR(fa_stem_of("باران"), "باران");
  CHECK_STR(fa_stem_of("تنها"), "تنها");
  CHECK_STR(fa_stem_of("دختر"), "دختر");
  CHECK_STR(fa_stem_of("رایزنی"), "رایزنی");
  /* unknown words, names and short words stay */
  CHECK_STR(fa_stem_of("امیرعبداللهیان"), "امیرعبداللهیان");
  CHECK_STR(fa_stem_of("ها"), "ها");
  CHECK_STR(fa_stem_of(""), "");
}

/* ---------------------------------------------------------------------
** Index terms
*/

static void test_terms(void){
  ZbStemmers *s = zb_stemmers_new();
  /* Persian words written apart: one position, the joined form first */
  CHECK_STR(terms("گفت وگو کرد", ZB_TERMS_DOCUMENT, 0, 1, 0, 0), "گفتوگو +گفت +وگو کرد");
  CHECK_STR(terms("گفت وگو کرد", ZB_TERMS_QUERY, 0, 1, 0, 0), "گفتوگو کرد");
  CHECK_STR(terms("گفت وگو کرد", ZB_TERMS_PREFIX, 0, 1, 0, 0), "گفت وگو کرد");
  CHECK_STR(terms("گفت وگو کرد", ZB_TERMS_DOCUMENT, 0, 0, 0, 0), "گفت وگو کرد");
  CHECK_STR(terms("كتاب ها می رود", ZB_TERMS_DOCUMENT, 0, 1, 0, 0), "کتابها +کتاب +ها میرود +می +رود");
  /* only across one plain space */
  CHECK_STR(terms("کتاب  ها کتاب، ها", ZB_TERMS_DOCUMENT, 0, 1, 0, 0), "کتاب ها کتاب ها");
  /* three words: the whole, the first two, each word */
  CHECK_STR(terms("زمین لرزه ای", ZB_TERMS_DOCUMENT, 0, 1, 0, 0),
            "زمینلرزهای +زمینلرزه +زمین +لرزه +ای");
  /* stems are colocated with the form, never repeated */
  CHECK_STR(terms("رایزنیهای ایران", ZB_TERMS_DOCUMENT, 1, 1, 0, s), "رایزنیهای +رایزنی ایران");
  CHECK_STR(terms("Le ministre a salué la coopération", ZB_TERMS_DOCUMENT, 1, 1, 0, s),
            "le ministre +ministr a salue +salu la cooperation +cooper");
  /* a query of unknown language: the English and the French stem */
  CHECK_STR(terms("telephonique", ZB_TERMS_QUERY, 1, 1, 0, s), "telephonique +telephoniqu +telephon");
  CHECK_STR(terms("telephonique", ZB_TERMS_QUERY, 1, 1, ZB_LANG_FR, s), "telephonique +telephon");
  CHECK_STR(terms("telephonique", ZB_TERMS_PREFIX, 1, 1, 0, s), "telephonique");
  /* Arabic text gets Snowball's Arabic stems (which take و and ب for
  ** prefixes: وزير → زير), Persian text the Persian ones; queries too (ة
  ** tells Arabic) */
  CHECK_STR(terms("قال وزير الخارجية في بيان", ZB_TERMS_DOCUMENT, 1, 1, 0, s),
            "قال وزیر +زیر الخارجیه +خارج فی بیان +یان");
  CHECK_STR(terms("المدرسة", ZB_TERMS_QUERY, 1, 1, 0, s), "المدرسه +مدرس");
  CHECK_STR(terms("کشورهای", ZB_TERMS_QUERY, 1, 1, 0, s), "کشورهای +کشور");
  /* stems off: no stemmer needed */
  CHECK_STR(terms("developments", ZB_TERMS_DOCUMENT, 1, 1, 0, 0), "developments");
  zb_stemmers_free(s);
}

/* The spans of joined terms cover their words and the space. */
static void test_term_spans(void){
  const char *z = "x گفت وگو";
  ZbTermOptions opt = { 0, 1, ZB_LANG_AUTO, 0 };
  ZbTerms p;
  ZbTerm term;
  zb_terms_init(&p, (const unsigned char*)z, (int32_t)strlen(z), ZB_TERMS_DOCUMENT, &opt, 0);
  CHECK(zb_terms_next(&p, &term)==1 && term.tok.iByte==0 && !term.colocated);
  CHECK(zb_terms_next(&p, &term)==1 && term.tok.iByte==2 && term.tok.iByteEnd==15
        && term.tok.iChar==2 && term.tok.iCharEnd==9 && !term.colocated);
  CHECK(zb_terms_next(&p, &term)==1 && term.tok.iByte==2 && term.tok.iByteEnd==8 && term.colocated);
  CHECK(zb_terms_next(&p, &term)==1 && term.tok.iByte==9 && term.tok.iByteEnd==15 && term.colocated);
  CHECK(zb_terms_next(&p, &term)==0);
  zb_terms_free(&p);
}

int main(void){
  if( zb_normalize_init() ){ printf("FAIL zb_normalize_init\n"); return 1; }
  test_words();
  test_spans();
  test_icu_agreement();
  test_random();
  test_normalize();
  test_fold_bytes();
  test_fa_stem();
  test_terms();
  test_term_spans();
  return unit_done("tokenize");
}
