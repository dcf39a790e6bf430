/*
** test_fa_lexicon.c — unit tests of the Persian lexicon and ZWNJ engine
** (ext/fa_lexicon.h): zb_fa_fix_word(), zb_fa_join(), zb_fa_is_word().
**
** References that are not this code: Hazm's own normalizer tests (the
** join cases), ICU's joining types (which letters a ZWNJ is visible
** after), and the seed news texts in ../shared/seeds/, whose every Persian
** word is run through zb_fa_fix_word(): each change it makes must be one
** checked by hand and listed in aSeedChange[] below.
*/
#include "fa_lexicon.h"
#include "unit.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <unicode/uchar.h>

#define Z "\xE2\x80\x8C"     /* ZWNJ */

/* zb_fa_fix_word() of a C string, as a C string (valid until the next call). */
static const char *fixed(const char *z){
  static ZbBuf b;
  b.n = 0;
  if( zb_fa_fix_word(z, (int)strlen(z), &b) ) return "(oom)";
  zb_buf_putc(&b, 0);
  return b.z;
}

static int join(const char *a, const char *b){
  return zb_fa_join(a, (int)strlen(a), b, (int)strlen(b));
}

static int is_word(const char *z){
  return zb_fa_is_word(z, (int)strlen(z));
}

typedef struct Case { const char *zIn, *zOut; } Case;

/* Words that need a ZWNJ, or lose a void one. */
static const Case aFix[] = {
  /* the verbal prefixes می / نمی */
  { "میدهد", "می" Z "دهد" },             { "نمیشود", "نمی" Z "شود" },
  { "میگفت", "می" Z "گفت" },             { "نمیدانم", "نمی" Z "دانم" },
  { "میگویند", "می" Z "گویند" },         { "میآید", "می" Z "آید" },
  { "نمیتوان", "نمی" Z "توان" },         { "میتوانند", "می" Z "توانند" },
  { "میکرده", "می" Z "کرده" },           { "میکردهاند", "می" Z "کرده" Z "اند" },
  { "برمیگردد", "برمی" Z "گردد" },       { "درمیآید", "درمی" Z "آید" },
  /* می after a preverb and ن: the fourth and fifth letters */
  { "بازمیگردد", "بازمی" Z "گردد" },     { "برنمیگردد", "برنمی" Z "گردد" },
  { "بازنمیگردد", "بازنمی" Z "گردد" },   { "فرونمیریزد", "فرونمی" Z "ریزد" },
  { "نکردهاند", "نکرده" Z "اند" },       { "کردهاند", "کرده" Z "اند" },
  /* suffixes */
  { "رایزنیهای", "رایزنی" Z "های" },     { "صهیونیستها", "صهیونیست" Z "ها" },
  { "پیچیدهتر", "پیچیده" Z "تر" },       { "جداگانهای", "جداگانه" Z "ای" },
  { "جمعهها", "جمعه" Z "ها" },           { "سرزمینهای", "سرزمین" Z "های" },
  { "گروههای", "گروه" Z "های" },         { "کتابهایشان", "کتاب" Z "هایشان" },
  { "بزرگترین", "بزرگ" Z "ترین" },       { "مهمتر", "مهم" Z "تر" },
  { "فلسطینیها", "فلسطینی" Z "ها" },     { "خانوادهاش", "خانواده" Z "اش" },
  { "خانهی", "خانه" Z "ی" },             { "منطقهای", "منطقه" Z "ای" },
  { "آنها", "آن" Z "ها" },
  /* compounds, alone and inflected */
  { "گفتوگو", "گفت" Z "وگو" },           { "زمینلرزه", "زمین" Z "لرزه" },
  { "بینالمللی", "بین" Z "المللی" },     { "گفتوگویی", "گفت" Z "وگویی" },
  { "گفتوگوها", "گفت" Z "وگوها" },       { "زمینلرزهای", "زمین" Z "لرزه" Z "ای" },
  { "سرمایهگذاران", "سرمایه" Z "گذاران" },
  /* void ZWNJs */
  { "می" Z Z "دهد", "می" Z "دهد" },      { Z "میدهد" Z, "می" Z "دهد" },
  { "کشور" Z "ها", "کشورها" },           { "گفت" Z "و" Z "گو", "گفت" Z "وگو" },
  { "خانه" Z "\xD9\x94", "خانه\xD9\x94" }, { Z Z, "" },
  { "۱۲" Z "ام", "۱۲ام" },               { Z "abc" Z, "abc" },
  /* the ezafe hamza stays at the end */
  { "زمینلرزه\xD9\x94", "زمین" Z "لرزه\xD9\x94" },
  /* a ZWNJ the writer put is kept, whatever the lexicon says */
  { "تن" Z "ها", "تن" Z "ها" },          { "نامه" Z "ای", "نامه" Z "ای" },
  /* beside other scripts ZWNJ has a use: kept */
  { "Auf" Z "lage", "Auf" Z "lage" },
  /* not Persian letters: copied */
  { "", "" }, { "abc", "abc" }, { "ي", "ي" },
};

/* Words that must stay as they are: words of the lexicon, ambiguous
** splits, and things that only look like a prefix or suffix. */
static const char *const azStay[] = {
  "میز", "میدان", "میهمان", "میانه", "میزان", "میلاد", "میگو", "میهن",
  "میلیون", "میراث", "میمون", "میوه", "میخ", "میانجی", "میگوها", "میزها",
  "ماهان", "تحولات", "کشورها", "کشورهای", "ابزارهای", "تنها", "بیشتر",
  "بهتر", "کمترین", "دفتر", "دکتر", "کبوتر", "فیلتر", "لوستر", "کلانتری",
  "میلیتر", "اخلالگر", "مسلمانان", "دانشگاه", "ایران", "امیرعبداللهیان",
  /* readings disagree: left to the reader */
  "میدانی",      /* field (adj.) or you know */
  "حرفهای",      /* حرف‌های or حرفه‌ای */
  "نامهای", "خانهای", "زمینهای", "شبهای", "کردهای", "دریای", "تنهایی",
  /* a pronounced final ه takes no ZWNJ */
  "گروهی", "راهی", "توجهی", "توجهات", "شبهات",
  /* too long to be a word of the lexicon */
  "ییییییییییییییییییییییییییییییییییییییییها",
};

typedef struct JoinCase { const char *a, *b; int expected; } JoinCase;

static const JoinCase aJoin[] = {
  /* Hazm's normalizer tests (token_spacing) */
  { "کتاب", "ها", ZB_FA_JOIN_ZWNJ },
  { "او", "می", ZB_FA_JOIN_NONE },      { "می", "رود", ZB_FA_JOIN_ZWNJ },
  { "ماه", "می", ZB_FA_JOIN_NONE },     { "می", "سال", ZB_FA_JOIN_NONE },
  { "سال", "جدید", ZB_FA_JOIN_NONE },
  { "اخلال", "گر", ZB_FA_JOIN_ZWNJ },
  { "زمین", "لرزه", ZB_FA_JOIN_ZWNJ },  { "زمین" Z "لرزه", "ای", ZB_FA_JOIN_ZWNJ },
  { "نمی", "کنم", ZB_FA_JOIN_ZWNJ },    { "می", "کنم", ZB_FA_JOIN_ZWNJ },
  /* suffixes written apart */
  { "کشور", "ها", ZB_FA_JOIN_TOUCH },   { "بزرگ", "تر", ZB_FA_JOIN_ZWNJ },
  { "دور", "تر", ZB_FA_JOIN_TOUCH },    { "پیچیده", "ترین", ZB_FA_JOIN_ZWNJ },
  { "خانه", "ی", ZB_FA_JOIN_ZWNJ },     { "رفته", "اند", ZB_FA_JOIN_ZWNJ },
  { "جداگانه", "ای", ZB_FA_JOIN_ZWNJ }, { "این", "ها", ZB_FA_JOIN_ZWNJ },
  { "نمی", "توان", ZB_FA_JOIN_ZWNJ },   { "بین", "المللی", ZB_FA_JOIN_ZWNJ },
  /* not one word */
  { "گفت", "ای", ZB_FA_JOIN_NONE },     /* vocative after a verb */
  { "لباس", "تر", ZB_FA_JOIN_NONE },    /* wet clothes */
  { "می", "گذشته", ZB_FA_JOIN_NONE },   /* last May */
  { "یک", "نفس", ZB_FA_JOIN_NONE },     { "سه", "شنبه", ZB_FA_JOIN_NONE },
  { "باقی", "مانده", ZB_FA_JOIN_NONE }, { "گفت", "و", ZB_FA_JOIN_NONE },
  { "", "ها", ZB_FA_JOIN_NONE },        { "book", "ها", ZB_FA_JOIN_NONE },
};

static void test_fix(void){
  size_t i;
  for(i=0; i<sizeof(aFix)/sizeof(aFix[0]); i++) CHECK_STR(fixed(aFix[i].zIn), aFix[i].zOut);
  for(i=0; i<sizeof(azStay)/sizeof(azStay[0]); i++) CHECK_STR(fixed(azStay[i]), azStay[i]);
}

static void test_join(void){
  size_t i;
  for(i=0; i<sizeof(aJoin)/sizeof(aJoin[0]); i++){
    int got = join(aJoin[i].a, aJoin[i].b);
    if( got!=aJoin[i].expected ){
      printf("FAIL join(%s, %s) = %d, expected %d\n", aJoin[i].a, aJoin[i].b, got, aJoin[i].expected);
    }
    CHECK(got==aJoin[i].expected);
  }
}

static void test_is_word(void){
  CHECK(is_word("اعلام"));       CHECK(!is_word("اعلاممم"));
  CHECK(is_word("سلام"));        CHECK(!is_word("سلاممم"));
  CHECK(is_word("میز"));         CHECK(is_word("گفت" Z "وگو"));
  CHECK(is_word("گفتوگو"));      CHECK(is_word("میدهد"));
  CHECK(is_word("نمیشود"));      CHECK(is_word("کنم"));
  CHECK(is_word("کرده" Z "اند")); CHECK(!is_word("نمیشودد"));
  CHECK(!is_word(""));           CHECK(!is_word("abc"));
}

/* A ZWNJ between a letter and ب stays exactly when ICU says the letter
** joins the next one (joining type D). */
static void test_joining_types(void){
  static const char *const azLetter[] = {
    "ء","آ","أ","ؤ","إ","ئ","ا","ب","ة","ت","ث","ج","ح","خ","د","ذ","ر","ز","س",
    "ش","ص","ض","ط","ظ","ع","غ","ف","ق","ل","م","ن","ه","و","پ","چ","ژ","ک","گ","ی",
  };
  size_t i;
  for(i=0; i<sizeof(azLetter)/sizeof(azLetter[0]); i++){
    char zIn[16];
    int32_t j = 0, c;
    const char *zOut;
    U8_NEXT((const unsigned char*)azLetter[i], j, (int32_t)strlen(azLetter[i]), c);
    snprintf(zIn, sizeof(zIn), "%s" Z "ب", azLetter[i]);
    zOut = fixed(zIn);
    CHECK( (strstr(zOut, Z)!=0) == (u_getIntPropertyValue(c, UCHAR_JOINING_TYPE)==U_JT_DUAL_JOINING) );
  }
}

/* ----------------------------------------------------------------------
** The prepared words (zb_fa_word_*, what fa_normalize() uses) against the
** text functions: the same fixes, the same joins, and after a join the
** same word as the joined text would be.
*/

/* z, then letters (م ی م ی …) up to the ZB_FA_WORD_READ bytes that
** zb_fa_word_init_letters() reads, which must not count. */
static const char *padded(const char *z){
  static char zPadded[ZB_FA_WORD_READ + 2];
  size_t n = strlen(z), i;
  if( n>ZB_FA_WORD_READ ) return z;             /* too long to be read at all */
  memcpy(zPadded, z, n);
  for(i=n; i<ZB_FA_WORD_READ; i+=2) memcpy(zPadded + i, (i-n)%4 ? "\xDB\x8C" : "\xD9\x85", 2);
  return zPadded;
}

/* The fix of z as a prepared word, as a C string (NULL if z is not one). */
static const char *fixed_prepared(const char *z, int letters){
  static ZbBuf b;
  ZbFaWord w;
  int n = (int)strlen(z);
  int ok = letters ? zb_fa_word_init_letters(&w, padded(z), n) : zb_fa_word_init(&w, z, n);
  int changed;
  if( !ok ) return 0;
  changed = zb_fa_word_fix(&w);
  b.n = 0;
  zb_fa_word_put(&w, &b);
  zb_buf_putc(&b, 0);
  CHECK(changed==(strcmp(b.z, z)!=0));      /* "changed" says if the spelling did */
  return b.z;
}

static void check_prepared_fix(const char *z){
  char zFixed[256];
  const char *zGot;
  snprintf(zFixed, sizeof(zFixed), "%s", fixed(z));
  if( (zGot = fixed_prepared(z, 0))==0 ) return;       /* not a word of letters */
  CHECK_STR(zGot, zFixed);
  if( strstr(z, Z)==0 && strstr(z, "\xD9\x94")==0 ){   /* letters only */
    CHECK_STR(fixed_prepared(z, 1), zFixed);
  }
}

/* Joins a and b (each fixed first) as prepared words and as texts; if they
** are one word, joins the result with c the same two ways. */
static void check_prepared_join(const char *a, const char *b, const char *c){
  char zA[256], zB[256], zAB[512];
  ZbFaWord wa, wb, wc;
  int how;
  snprintf(zA, sizeof(zA), "%s", fixed(a));
  snprintf(zB, sizeof(zB), "%s", fixed(b));
  if( !zb_fa_word_init(&wa, zA, (int)strlen(zA)) || !zb_fa_word_init(&wb, zB, (int)strlen(zB)) ){
    CHECK(join(zA, zB)==ZB_FA_JOIN_NONE);
    return;
  }
  how = zb_fa_word_join(&wa, &wb);
  CHECK(how==join(zA, zB));
  if( how==ZB_FA_JOIN_NONE || c==0 || !zb_fa_word_init(&wc, c, (int)strlen(c)) ) return;
  snprintf(zAB, sizeof(zAB), "%s%s%s", zA, how==ZB_FA_JOIN_ZWNJ ? Z : "", zB);
  CHECK(zb_fa_word_join(&wa, &wc)==join(zAB, c));
}

static void test_prepared_words(void){
  static const char *const azNext[] = { "ای", "ها", "های", "ی", "تر", "لرزه", "شود" };
  size_t i, j;
  for(i=0; i<sizeof(aFix)/sizeof(aFix[0]); i++) check_prepared_fix(aFix[i].zIn);
  for(i=0; i<sizeof(azStay)/sizeof(azStay[0]); i++) check_prepared_fix(azStay[i]);
  for(i=0; i<sizeof(aJoin)/sizeof(aJoin[0]); i++){
    for(j=0; j<sizeof(azNext)/sizeof(azNext[0]); j++){
      check_prepared_join(aJoin[i].a, aJoin[i].b, azNext[j]);
    }
  }
  check_prepared_join("زمین", "لرزه", "ای");   /* joins on joins */
  check_prepared_join("آب", "میوه", "گیری");     /* آب‌میوه‌گیری: the first ZWNJ counts */
  check_prepared_join("اسباب", "بازی", "فروشی");
  CHECK(join("آب" Z "میوه", "گیری")==ZB_FA_JOIN_ZWNJ);
  check_prepared_join("ه" Z "ه", "ها", 0);        /* a void ZWNJ is dropped */
}

/* Every suffix written apart joins a word it fits, as texts and as prepared
** words: the filter that rules out most words by their first letter and
** length (fa_apart_suffix() in fa_lexicon.c) must let each one through. */
static void test_join_apart_suffixes(void){
  static const struct { const char *zWord; const char *azSuffix[10]; } a[] = {
    { "کتاب", { "ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان", "هایتان", "هایشان" } },
    { "بزرگ", { "تر", "تری", "ترین" } },
    { "خانه", { "ای", "ی", "ام", "ایم", "ات", "اش", "اید", "اند" } },
  };
  size_t i, j;
  for(i=0; i<sizeof(a)/sizeof(a[0]); i++){
    for(j=0; j<sizeof(a[i].azSuffix)/sizeof(a[i].azSuffix[0]) && a[i].azSuffix[j]; j++){
      CHECK(join(a[i].zWord, a[i].azSuffix[j])==ZB_FA_JOIN_ZWNJ);
      check_prepared_join(a[i].zWord, a[i].azSuffix[j], 0);
    }
  }
}

/* Bad input: never a crash or an over-read, ill-formed bytes as U+FFFD. */
static void test_bad_input(void){
  ZbBuf b;
  char zLong[300];
  int i;
  CHECK_STR(fixed("\xFF" Z "\xD9"), "\xEF\xBF\xBD" Z "\xEF\xBF\xBD");   /* no Arabic beside it */
  CHECK_STR(fixed("می\xD8"), "می\xEF\xBF\xBD");
  for(i=0; i<100; i++) memcpy(zLong + 2*i, "ی", 2);
  zLong[200] = 0;
  CHECK_STR(fixed(zLong), zLong);
  CHECK(join(zLong, "ها")==ZB_FA_JOIN_NONE);
  CHECK(!is_word(zLong));
  zb_buf_init(&b);
  b.oom = 1;                                 /* a buffer that has run out */
  CHECK(zb_fa_fix_word("میدهد", 10, &b)==-1);
  zb_buf_free(&b);
}

/* ----------------------------------------------------------------------
** The seeds: every Persian word of the texts in ../shared/seeds/
*/

/* Each change zb_fa_fix_word() makes to a word of the seeds, checked by
** hand.  A change not listed here fails the test. */
static const Case aSeedChange[] = {
  { "گفتوگو", "گفت" Z "وگو" },           { "رایزنیهای", "رایزنی" Z "های" },
  { "میدهد", "می" Z "دهد" },             { "گفتوگوی", "گفت" Z "وگوی" },
  { "گفتوگویی", "گفت" Z "وگویی" },       { "صهیونیستها", "صهیونیست" Z "ها" },
  { "سرزمینهای", "سرزمین" Z "های" },     { "دولتهای", "دولت" Z "های" },
  { "ظرفیتهای", "ظرفیت" Z "های" },       { "بینالمللی", "بین" Z "المللی" },
  { "گروههای", "گروه" Z "های" },         { "کوششهای", "کوشش" Z "های" },
  { "پیچیدهتر", "پیچیده" Z "تر" },       { "پیامهای", "پیام" Z "های" },
  { "میگوید", "می" Z "گوید" },           { "فرصتهای", "فرصت" Z "های" },
  { "داراییهای", "دارایی" Z "های" },     { "جداگانهای", "جداگانه" Z "ای" },
  { "تلاشها", "تلاش" Z "ها" },           { "برادرانهای", "برادرانه" Z "ای" },
  { "ارزشهای", "ارزش" Z "های" },         { "فلسطینیها", "فلسطینی" Z "ها" },
};

/* Words of the seeds that must stay, checked by hand. */
static const char *const azSeedStay[] = {
  "تحولات", "کشورهای", "امیرعبداللهیان", "اقدامات", "تعاملات", "مسلمانان",
  "همکاری", "اسلامی", "سازمان", "میان", "اشغالی", "اضطراری", "برگزاری",
  "تجاوزکارانه", "خبرنگاران", "همتای", "وزرای", "سخنگوی", "جنایات", "نگهداری",
};

/* The pairs of words of the seeds written with a space that are one word. */
static const JoinCase aSeedJoin[] = {
  { "می", "شود", ZB_FA_JOIN_ZWNJ },     { "نمی", "شود", ZB_FA_JOIN_ZWNJ },
  { "قالب", "های", ZB_FA_JOIN_ZWNJ },   { "حجت", "الاسلام", ZB_FA_JOIN_ZWNJ },
  { "رئیس", "جمهور", ZB_FA_JOIN_ZWNJ },
};

/* True if the n bytes at z are Persian letters and ZWNJs only. */
static int is_persian(const char *z, int n){
  int32_t i = 0;
  if( n==0 ) return 0;
  while( i<n ){
    int32_t c = zb_next_cp((const unsigned char*)z, n, &i);
    if( c!=0x200C && !(c>=0x0621 && c<=0x06CC && u_isalpha(c)) ) return 0;
  }
  return 1;
}

/* Trims what is not a Persian letter from both ends of z[*pn]. */
static const char *trim_word(const char *z, int *pn){
  while( *pn>0 ){
    int32_t i = 0, c = zb_next_cp((const unsigned char*)z, *pn, &i);
    if( is_persian(z, i) && c!=0x200C ) break;
    z += i; *pn -= i;
  }
  while( *pn>0 ){
    int32_t j = *pn;
    while( j>0 && ((unsigned char)z[j-1] & 0xC0)==0x80 ) j--;
    if( j>0 ) j--;
    if( is_persian(z+j, *pn-j) && !(*pn-j==3 && memcmp(z+j, Z, 3)==0) ) break;
    *pn = j;
  }
  return z;
}

static const Case *seed_change(const char *z, int n){
  size_t i;
  for(i=0; i<sizeof(aSeedChange)/sizeof(aSeedChange[0]); i++){
    if( (int)strlen(aSeedChange[i].zIn)==n && memcmp(aSeedChange[i].zIn, z, (size_t)n)==0 ){
      return &aSeedChange[i];
    }
  }
  return 0;
}

typedef struct SeedStats { int nWord, nChanged, nPair, nJoined; } SeedStats;

/* Checks every word and every pair of words of one seed text. */
static void test_seed_text(const char *zText, SeedStats *st){
  const char *zPrev = 0;
  int nPrev = 0;
  const char *z = zText;
  ZbBuf b;
  zb_buf_init(&b);
  while( *z ){
    const char *zTok;
    int nTok, nWord, wholeWord;
    while( *z==' ' || *z=='\n' || *z=='\t' || *z=='\r' ) z++;
    zTok = z;
    while( *z && *z!=' ' && *z!='\n' && *z!='\t' && *z!='\r' ) z++;
    nTok = (int)(z - zTok);
    if( nTok==0 ) break;
    wholeWord = is_persian(zTok, nTok);
    if( zPrev && wholeWord ){
      int j = zb_fa_join(zPrev, nPrev, zTok, nTok);
      char zA[256], zB[256];
      snprintf(zA, sizeof(zA), "%.*s", nPrev, zPrev);
      snprintf(zB, sizeof(zB), "%.*s", nTok, zTok);
      check_prepared_join(zA, zB, 0);
      st->nPair++;
      if( j!=ZB_FA_JOIN_NONE ){
        size_t i;
        int listed = 0;
        for(i=0; i<sizeof(aSeedJoin)/sizeof(aSeedJoin[0]); i++){
          listed |= (int)strlen(aSeedJoin[i].a)==nPrev && memcmp(aSeedJoin[i].a, zPrev, (size_t)nPrev)==0
                 && (int)strlen(aSeedJoin[i].b)==nTok && memcmp(aSeedJoin[i].b, zTok, (size_t)nTok)==0;
        }
        if( !listed ) printf("FAIL seed join not checked by hand: %.*s %.*s\n", nPrev, zPrev, nTok, zTok);
        CHECK(listed);
        st->nJoined++;
      }
    }
    zPrev = wholeWord ? zTok : 0;
    nPrev = nTok;
    nWord = nTok;
    zTok = trim_word(zTok, &nWord);
    if( !is_persian(zTok, nWord) ) continue;
    st->nWord++;
    b.n = 0;
    CHECK(zb_fa_fix_word(zTok, nWord, &b)==0);
    if( (int)b.n!=nWord || memcmp(b.z, zTok, (size_t)nWord)!=0 ){
      const Case *c = seed_change(zTok, nWord);
      int ok = c && strlen(c->zOut)==b.n && memcmp(c->zOut, b.z, b.n)==0;
      if( !ok ) printf("FAIL seed word %.*s became %.*s\n", nWord, zTok, (int)b.n, b.z);
      CHECK(ok);
      st->nChanged++;
    }
  }
  zb_buf_free(&b);
}

static char *read_file(const char *zPath){
  FILE *f = fopen(zPath, "rb");
  char *z = 0;
  long n;
  if( f==0 ) return 0;
  if( fseek(f, 0, SEEK_END)==0 && (n = ftell(f))>=0 && fseek(f, 0, SEEK_SET)==0
   && (z = malloc((size_t)n + 1))!=0 ){
    z[fread(z, 1, (size_t)n, f)] = 0;
  }
  fclose(f);
  return z;
}

static void test_seeds(void){
  const char *zDir = "../shared/seeds";
  DIR *d = opendir(zDir);
  struct dirent *e;
  SeedStats st = { 0, 0, 0, 0 };
  size_t i;
  if( d==0 ){
    printf("SKIPPED seeds: %s is absent\n", zDir);
    return;
  }
  while( (e = readdir(d))!=0 ){
    char zPath[512];
    char *zText;
    size_t n = strlen(e->d_name);
    if( n<4 || strcmp(e->d_name + n - 4, ".txt")!=0 ) continue;
    snprintf(zPath, sizeof(zPath), "%s/%s", zDir, e->d_name);
    if( (zText = read_file(zPath))==0 ) continue;
    test_seed_text(zText, &st);
    free(zText);
  }
  closedir(d);
  printf("seeds: %d Persian words, %d given a ZWNJ; %d pairs, %d joined\n",
         st.nWord, st.nChanged, st.nPair, st.nJoined);
  CHECK(st.nWord>500);                       /* the Persian seeds were read */
  for(i=0; i<sizeof(aSeedChange)/sizeof(aSeedChange[0]); i++){
    CHECK_STR(fixed(aSeedChange[i].zIn), aSeedChange[i].zOut);
  }
  for(i=0; i<sizeof(azSeedStay)/sizeof(azSeedStay[0]); i++){
    CHECK_STR(fixed(azSeedStay[i]), azSeedStay[i]);
  }
  for(i=0; i<sizeof(aSeedJoin)/sizeof(aSeedJoin[0]); i++){
    CHECK(join(aSeedJoin[i].a, aSeedJoin[i].b)==aSeedJoin[i].expected);
  }
}

/* Every output is a fixed point: fixing it again changes nothing. */
static void test_idempotent(void){
  size_t i;
  for(i=0; i<sizeof(aFix)/sizeof(aFix[0]); i++){
    char *z = strdup(fixed(aFix[i].zIn));
    CHECK_STR(fixed(z), z);
    free(z);
  }
}

int main(void){
  test_fix();
  test_join();
  test_is_word();
  test_prepared_words();
  test_join_apart_suffixes();
  test_joining_types();
  test_bad_input();
  test_idempotent();
  test_seeds();
  return unit_done("fa_lexicon");
}
