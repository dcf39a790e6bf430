/*
** lang.c — lang(text): the dominant language of a text, 'fa', 'ar', 'fr',
** 'en' or 'und'; and the one list of language names and the one reader of
** lang arguments that dates(), entities() and tokens() share.
**
**   SELECT lang('وزیر امور خارجه ایران گفت');    -- fa
**   SELECT lang('قال وزير الخارجية في بيان');    -- ar
**   SELECT lang('Le ministre a dit');             -- fr
**   SELECT lang('12 34');                         -- und
**
** The detector (lang.h) counts letters per script, then tells languages of
** one script apart by letters only one of them uses and by their commonest
** function words.  It is plain C; the SQL binding is at the end.
*/
#include "lang.h"
#include "chars.h"
#include "normalize.h"
#include "zaban.h"
SQLITE_EXTENSION_INIT3

#include <pthread.h>

const char *const zb_lang_names[] = { "auto", "fa", "ar", "en", "fr", 0 };

const char *zb_lang_code(ZbLang lang){
  return (lang>ZB_LANG_AUTO && lang<ZB_LANG_N) ? zb_lang_names[lang] : "und";
}

int zb_lang_parse(const unsigned char *z, int32_t n, ZbLang *pLang){
  int i = zb_choice((const char*)z, (size_t)n, zb_lang_names);
  if( i<0 ) return -1;
  *pLang = (ZbLang)i;
  return 0;
}

void zb_text_lang_init(ZbTextLang *p, const unsigned char *z, int32_t n, ZbLang given){
  p->z = z;
  p->n = n;
  p->lang = given;
  p->known = (given!=ZB_LANG_AUTO);
}

ZbLang zb_text_lang(ZbTextLang *p){
  if( !p->known ){
    p->lang = zb_lang(p->z, p->n);
    p->known = 1;
  }
  return p->lang;
}

/* ======================================================================
** The detector
*/

typedef struct LangCount {
  int64_t arabicScript, latin, other;   /* letters per script */
  int64_t aEvidence[ZB_LANG_N];         /* for each language ([ZB_LANG_AUTO] counts nothing) */
} LangCount;

/* Function words, compared after ي/ى → ی and ك → ک (see lang_append). */
static const char *const azFaWords[] = {
  "از","به","در","که","این","را","با","است","برای","آن","های","می","شد","شده",
  "کرد","بود","نیز","تا","هم","اما","یا","خود","یک","وی","ما","ایران","کند",0 };
static const char *const azArWords[] = {
  "فی","من","علی","إلی","الی","أن","ان","التی","الذی","هذا","هذه","عن","مع",
  "کان","قد","لا","ما","هو","هی","بین","إن","کما","ذلک","أو","بعد","حیث","لم",0 };
static const char *const azFrWords[] = {
  "le","la","les","des","du","de","et","est","une","un","dans","pour","que",
  "qui","sur","au","aux","avec","par","ce","cette","il","elle","sont","a",0 };
static const char *const azEnWords[] = {
  "the","of","and","to","in","is","that","for","on","with","was","by","as",
  "are","this","it","be","at","from","has","have","his","he","an","which",0 };

#define LANG_WORD_MAX 12          /* bytes: no function word is longer */

/* The function words of all four lists in one table, by key (util.h),
** built once. */
typedef struct LangWord { uint64_t key; unsigned langs; } LangWord;   /* bits 1 << ZB_LANG_* */
static struct {
  pthread_once_t once;
  ZbTable t;
  int ok;
} gLang = { PTHREAD_ONCE_INIT, { 0, 0, 0, 0 }, 0 };

static int lang_add_words(const char *const *az, int lang){
  for(; *az; az++){
    LangWord *w = zb_table_insert(&gLang.t, zb_token_key(*az, strlen(*az)), 0);
    if( w==0 ) return -1;
    w->langs |= 1u << lang;
  }
  return 0;
}

static void lang_table_build(void){
  zb_table_init(&gLang.t, sizeof(LangWord));
  gLang.ok = lang_add_words(azFaWords, ZB_LANG_FA)==0 && lang_add_words(azArWords, ZB_LANG_AR)==0
          && lang_add_words(azFrWords, ZB_LANG_FR)==0 && lang_add_words(azEnWords, ZB_LANG_EN)==0;
}

/* Scores a finished word.  A word of one list is never one of a list of
** the other script, so each word is looked up once in all four. */
static void lang_word(LangCount *lc, const char *zWord, int nWord, int isArabic){
  unsigned langs = 0;
  if( nWord>=1 && nWord<=LANG_WORD_MAX ){
    const LangWord *w = zb_table_find(&gLang.t, zb_token_key(zWord, (size_t)nWord));
    if( w ) langs = w->langs;
  }
  if( langs ){
    int i;
    for(i=ZB_LANG_FA; i<ZB_LANG_N; i++) lc->aEvidence[i] += 3*(langs >> i & 1);
  }
  if( isArabic && nWord>4 && memcmp(zWord, "\xD8\xA7\xD9\x84", 4)==0 ) lc->aEvidence[ZB_LANG_AR] += 1;  /* ال */
}

/* Letters that only one of the languages uses: the language each is
** evidence for, by code point (a table, not a switch: no jumps to
** mispredict letter after letter). */
#define LANG_LETTERS 0x0700
static const unsigned char aLangOfLetter[LANG_LETTERS] = {
  [0x067E] = ZB_LANG_FA, [0x0686] = ZB_LANG_FA, [0x0698] = ZB_LANG_FA, [0x06AF] = ZB_LANG_FA,   /* پ چ ژ گ */
  [0x06CC] = ZB_LANG_FA, [0x06A9] = ZB_LANG_FA,                                           /* ی ک */
  [0x0629] = ZB_LANG_AR, [0x0649] = ZB_LANG_AR, [0x064A] = ZB_LANG_AR, [0x0643] = ZB_LANG_AR,   /* ة ى ي ك */
  [0x00E9] = ZB_LANG_FR, [0x00E8] = ZB_LANG_FR, [0x00EA] = ZB_LANG_FR, [0x00E0] = ZB_LANG_FR,   /* é è ê à */
  [0x00E7] = ZB_LANG_FR, [0x00F9] = ZB_LANG_FR, [0x00E2] = ZB_LANG_FR, [0x00EE] = ZB_LANG_FR,   /* ç ù â î */
  [0x00F4] = ZB_LANG_FR, [0x00FB] = ZB_LANG_FR, [0x00EB] = ZB_LANG_FR, [0x00EF] = ZB_LANG_FR,   /* ô û ë ï */
  [0x0153] = ZB_LANG_FR,                                                               /* œ */
};

/* Appends the letter c to the n bytes of a word as lang_word's lists spell
** it: ASCII in lower case, Arabic yeh and kaf as Persian.  Returns the new
** length. */
static inline int lang_append(char *z, int n, int32_t c){
  if( c<0x80 ){ z[n] = (char)(c | 0x20); return n + 1; }
  if( c==0x064A || c==0x0649 ) c = 0x06CC;
  else if( c==0x0643 ) c = 0x06A9;
  U8_APPEND_UNSAFE(z, n, c);
  return n;
}

/* The code point at z[*pi], advancing *pi: ASCII and two-byte UTF-8 read
** in line, the rest by zb_next_cp(). */
static inline int32_t lang_next_cp(const unsigned char *z, int32_t n, int32_t *pi){
  int32_t i = *pi;
  if( z[i]<0x80 ){ *pi = i + 1; return z[i]; }
  if( zb_is_two_byte(z, i, n) ){ *pi = i + 2; return zb_two_byte_cp(z, i); }
  return zb_next_cp(z, n, pi);
}

/* Ends a word: a character that is no letter, unless it is a ZWNJ, a
** kashida or a non-spacing or enclosing mark, which words may contain. */
static int lang_ends_word(int32_t c, int cls){
  if( c==0x200C || c==0x0640 ) return 0;
  return cls!=ZB_CLASS_MARK || !zb_is_nonspacing_mark(c);
}

ZbLang zb_lang(const unsigned char *z, int32_t n){
  const unsigned char *aClass = zb_class_table();
  LangCount lc;
  char zWord[LANG_WORD_MAX + 4];
  int nWord = 0, wordArabic = 0, inWord = 0;
  int32_t i = 0;
  pthread_once(&gLang.once, lang_table_build);
  if( aClass==0 || !gLang.ok ) return ZB_LANG_AUTO;     /* out of memory */
  memset(&lc, 0, sizeof(lc));
  while( i<n ){
    int32_t c = lang_next_cp(z, n, &i);
    int cls = c<=0xFFFF ? aClass[c] : zb_char_class(c);
    if( cls==ZB_CLASS_ARABIC || cls==ZB_CLASS_LETTER ){
      int isArabic = (c>=0x0600 && c<=0x06FF) || (c>=0xFB50 && c<=0xFEFF);
      if( isArabic ) lc.arabicScript++;
      else if( c<0x250 ) lc.latin++;
      else lc.other++;
      if( c<LANG_LETTERS ) lc.aEvidence[aLangOfLetter[c]]++;
      if( !inWord ){ inWord = 1; nWord = 0; wordArabic = isArabic; }
      if( nWord<=LANG_WORD_MAX ) nWord = lang_append(zWord, nWord, c);  /* longer: too long */
    }else if( inWord && lang_ends_word(c, cls) ){
      lang_word(&lc, zWord, nWord, wordArabic);
      inWord = 0;
    }
  }
  if( inWord ) lang_word(&lc, zWord, nWord, wordArabic);
  if( lc.arabicScript==0 && lc.latin==0 ) return ZB_LANG_AUTO;
  if( lc.other > lc.arabicScript && lc.other > lc.latin ) return ZB_LANG_AUTO;
  if( lc.arabicScript >= lc.latin ){
    if( lc.aEvidence[ZB_LANG_FA]==0 && lc.aEvidence[ZB_LANG_AR]==0 ) return ZB_LANG_AUTO;
    return lc.aEvidence[ZB_LANG_AR] > lc.aEvidence[ZB_LANG_FA] ? ZB_LANG_AR : ZB_LANG_FA;
  }
  if( lc.aEvidence[ZB_LANG_FR]==0 && lc.aEvidence[ZB_LANG_EN]==0 ) return ZB_LANG_AUTO;
  return lc.aEvidence[ZB_LANG_FR] > lc.aEvidence[ZB_LANG_EN] ? ZB_LANG_FR : ZB_LANG_EN;
}

/* ======================================================================
** SQL binding: lang(text)
*/

static void lang_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  int n;
  const unsigned char *z = zb_arg_text(argv[0], &n);
  if( z==0 ) return;
  sqlite3_result_text(ctx, zb_lang_code(zb_lang(z, n)), -1, SQLITE_STATIC);
}

static const ZbFunc aLangFuncs[] = {
  { "lang", 1, 1, ZB_PURE, lang_func },
};

int zb_lang_register(sqlite3 *db, char **pzErrMsg){
  return zb_register_functions(db, aLangFuncs, 1, 0, 0, pzErrMsg);
}
