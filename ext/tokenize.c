/*
** tokenize.c — zaban's one tokenizer (tokenize.h): segmentation, the index
** form of a token, stems, and the index terms FTS5 gets.  tokens() and the
** FTS5 tokenizer `zaban` (tokens.c), the token window of dates() and
** entities() (token_window.c) and the gazetteer's aliases are all cut by it.
**
**   SELECT start, end, token, normalized, script FROM tokens('Côte d’Ivoire ۱۴۰۰');
**   -- 0|4|Côte|cote|latin    5|6|d|d|latin    7|13|Ivoire|ivoire|latin
**   -- 14|18|۱۴۰۰|1400|number
**
** The text is cut into tokens first (words, numbers; punctuation on request)
** with their byte and character spans in the ORIGINAL text; only then is
** each token normalized, by fold() (normalize.h), and, on request, stemmed:
** Snowball (libstemmer) for English, French and Arabic, the lexicon-checked
** light stemmer of fa_stem.c for Persian, chosen per token by its script and
** the language of the text.  Persian words written apart that are one word
** (گفت وگو, کتاب ها, می رود; fa_lexicon.h) are joined into one term.
** Plain C, no SQLite types.
*/
#include "tokenize.h"
#include "chars.h"
#include "fa_lexicon.h"
#include "fa_stem.h"
#include "normalize.h"

#include <libstemmer.h>
#include <pthread.h>
#include <stdlib.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#define ZWNJ_UTF8 "\xE2\x80\x8C"

/* Words longer than this (in bytes) are neither stemmed nor joined. */
#define MAX_WORD_BYTES 128

/* ======================================================================
** 1. Segmentation
*/

/* The class (enum ZbClass) the tokenizer gives c: the shared class, except
** that the format characters that may sit inside a word act as joiners and
** the modifier-letter apostrophe (ʼ) separates like ' and ’. */
static inline int tok_class(const unsigned char *aClass, int32_t c){
  int k = c<=0xFFFF ? aClass[c] : zb_char_class(c);
  if( c>=0xAD && (k==ZB_CLASS_LETTER || k==ZB_CLASS_OTHER) ){
    if( zb_is_joiner(c) ) return ZB_CLASS_JOINER;
    if( c==0x02BC ) return ZB_CLASS_OTHER;
  }
  return k;
}

/* The code point at byte i; *pNext gets the byte after it. */
static inline int32_t tok_peek(const ZbTokenizer *t, int32_t i, int32_t *pNext){
  const unsigned char *z = t->z;
  if( z[i]<0x80 ){ *pNext = i + 1; return z[i]; }
  if( zb_is_two_byte(z, i, t->n) ){ *pNext = i + 2; return zb_two_byte_cp(z, i); }
  *pNext = i;
  return zb_next_cp(z, t->n, pNext);
}

/* Counts one byte of an ill-formed sequence as SQLite does: a byte below
** 0x80 or from 0xC0 up starts a character, and continuation bytes after a
** byte from 0xC0 up belong to that character. */
static void count_raw_byte(ZbTokenizer *t, unsigned char b){
  if( b>=0xC0 ){ t->iChar++; t->inChar = 1; }
  else if( b<0x80 ){ t->iChar++; t->inChar = 0; }
  else if( !t->inChar ){ t->iChar++; }
}

/* Moves past code point c, which ends at byte next. */
static inline void tok_step(ZbTokenizer *t, int32_t next, int32_t c){
  const unsigned char *z = t->z;
  int32_t i = t->i;
  if( next-i==1 && z[i]<0x80 ){
    t->iChar++;
    t->inChar = 0;
  }else if( c!=0xFFFD || (next-i==3 && z[i]==0xEF && z[i+1]==0xBF && z[i+2]==0xBD) ){
    t->iChar++;
    t->inChar = 1;
  }else{
    for(; i<next; i++) count_raw_byte(t, z[i]);
  }
  t->i = next;
}

/* The end of the run of joiners that starts at byte i, and in *pClass the
** class of the character after it (-1 at the end of the text). */
static int32_t joiners_end(const ZbTokenizer *t, int32_t i, int *pClass){
  *pClass = -1;
  while( i<t->n ){
    int32_t next, c = tok_peek(t, i, &next);
    int k = tok_class(t->aClass, c);
    if( k!=ZB_CLASS_JOINER ){ *pClass = k; break; }
    i = next;
  }
  return i;
}

/* Moves past the rest of a token whose characters are of class cls: more
** of them and combining marks; in words, joiners followed by a letter of
** the same class. */
static void tok_scan(ZbTokenizer *t, int cls){
  while( t->i < t->n ){
    int32_t next, c = tok_peek(t, t->i, &next);
    int k = tok_class(t->aClass, c);
    if( k==cls || k==ZB_CLASS_MARK ){
      tok_step(t, next, c);
    }else if( k==ZB_CLASS_JOINER && (cls==ZB_CLASS_ARABIC || cls==ZB_CLASS_LETTER) ){
      int after;
      int32_t end = joiners_end(t, t->i, &after);
      if( after!=cls ) return;
      while( t->i < end ){
        c = tok_peek(t, t->i, &next);
        tok_step(t, next, c);
      }
    }else{
      return;
    }
  }
}

/* True if the code point at t->i, which ends at next, is a stray
** continuation byte that SQLite counts into the character before it: it
** is not a character, so not a token, of its own. */
static int is_counted_before(const ZbTokenizer *t, int32_t next){
  return t->inChar && next - t->i==1 && (t->z[t->i] & 0xC0)==0x80;
}

static int is_latin(int32_t c){
  UErrorCode err = U_ZERO_ERROR;
  return c<0x80 || uscript_getScript(c, &err)==USCRIPT_LATIN;
}

static ZbTokKind kind_of(int cls, int32_t first){
  switch( cls ){
    case ZB_CLASS_ARABIC: return ZB_TOK_ARABIC;
    case ZB_CLASS_DIGIT:  return ZB_TOK_NUMBER;
    case ZB_CLASS_LETTER: return is_latin(first) ? ZB_TOK_LATIN : ZB_TOK_LETTER;
    default:              return ZB_TOK_PUNCT;
  }
}

int zb_tok_init(ZbTokenizer *t, const unsigned char *z, int32_t n, unsigned flags){
  memset(t, 0, sizeof(*t));
  t->z = z;
  t->n = z ? n : 0;
  t->flags = flags;
  t->aClass = zb_class_table();
  return t->aClass ? 0 : -1;
}

int zb_tok_next(ZbTokenizer *t, ZbToken *k){
  while( t->i < t->n ){
    int32_t next, c = tok_peek(t, t->i, &next);
    int cls = tok_class(t->aClass, c);
    if( cls==ZB_CLASS_SPACE || cls==ZB_CLASS_JOINER
     || ((cls==ZB_CLASS_OTHER || cls==ZB_CLASS_MARK) && !(t->flags & ZB_TOK_WITH_PUNCT))
     || is_counted_before(t, next) ){
      tok_step(t, next, c);
      continue;
    }
    k->iByte = t->i;
    k->iChar = t->iChar;
    k->kind = kind_of(cls, c);
    tok_step(t, next, c);
    /* punctuation is one character, with the marks that follow it */
    tok_scan(t, k->kind==ZB_TOK_PUNCT ? ZB_CLASS_MARK : cls);
    k->iByteEnd = t->i;
    k->iCharEnd = t->iChar;
    return 1;
  }
  return 0;
}

/* ======================================================================
** 2. Normalization and stemming
*/

/* Appends the fold of z[0..n) without spaces (a no-break space inside a
** number, and a few compatibility characters that fold to several words:
** ﷺ).  Folds are short: the space is looked for in a loop, not memchr(). */
static int fold_form(const unsigned char *z, int32_t n, ZbBuf *out){
  size_t start = out->n, i, j;
  if( zb_fold(z, n, out) ) return -1;
  for(i=start; i<out->n && out->z[i]!=' '; i++){}
  if( i==out->n ) return 0;                        /* most tokens */
  for(j=i; i<out->n; i++){
    if( out->z[i]!=' ' ) out->z[j++] = out->z[i];
  }
  out->n = j;
  return 0;
}

int zb_tok_fold(const unsigned char *z, const ZbToken *k, ZbBuf *out){
  return fold_form(z + k->iByte, k->iByteEnd - k->iByte, out);
}

/* Appends an Arabic-script word as the Persian lexicon spells its keys
** (fa_lexicon.h): ي ى → ی, ك → ک, ۀ → ه + hamza, kashida, other joiners and
** marks dropped, except ZWNJ and the hamza of a final هٔ.  aClass is
** zb_class_table(). */
static int fa_lexicon_form(const unsigned char *aClass, const unsigned char *z, int32_t n,
                           ZbBuf *out){
  int32_t i = 0;
  while( i<n ){
    int32_t c;
    if( zb_is_two_byte(z, i, n) ){         /* the fast path: letters kept */
      c = zb_two_byte_cp(z, i);
      if( aClass[c]==ZB_CLASS_ARABIC && c!=0x064A && c!=0x0649 && c!=0x0643 && c!=0x06C0 ){
        zb_buf_append(out, z + i, 2);
        i += 2;
        continue;
      }
    }
    c = zb_next_cp(z, n, &i);
    switch( c ){
      case 0x064A: case 0x0649: c = 0x06CC; break;
      case 0x0643:              c = 0x06A9; break;
      case 0x06C0:              zb_buf_append(out, "\xD9\x87\xD9\x94", 4); continue;
      case 0x200C:              break;
      case 0x0654:              if( i<n ) continue; break;
      default: {
        int k = c<=0xFFFF ? aClass[c] : zb_char_class(c);
        if( k==ZB_CLASS_MARK || k==ZB_CLASS_JOINER || c==0x0640 ) continue;
      }
    }
    zb_buf_put_cp(out, c);
  }
  return out->oom ? -1 : 0;
}

ZbLang zb_tok_stem_lang(ZbTokKind kind, ZbLang lang){
  if( kind==ZB_TOK_LATIN ) return lang==ZB_LANG_FR ? ZB_LANG_FR : ZB_LANG_EN;
  if( kind==ZB_TOK_ARABIC ) return lang==ZB_LANG_AR ? ZB_LANG_AR : ZB_LANG_FA;
  return ZB_LANG_AUTO;
}

/* The Snowball algorithms, indexed by ZbLang - ZB_LANG_AR. */
static const char *const azSnowball[] = { "arabic", "english", "french" };

/* Stems already computed: text repeats its words, and a lookup costs far
** less than a stemmer.  Direct-mapped, by a hash of language and word. */
#define STEM_CACHE_SIZE 1024         /* entries (a power of two) */
#define STEM_CACHE_BYTES 48          /* longest word and stem cached */

typedef struct StemCacheEntry {
  unsigned char lang, nWord, nStem;  /* lang 0: empty */
  char zWord[STEM_CACHE_BYTES];
  char zStem[STEM_CACHE_BYTES];
} StemCacheEntry;

struct ZbStemmers {
  struct sb_stemmer *apSnowball[3];
  StemCacheEntry *aCache;            /* STEM_CACHE_SIZE entries, or NULL */
};

ZbStemmers *zb_stemmers_new(void){
  ZbStemmers *s = calloc(1, sizeof(ZbStemmers));
  if( s && (s->aCache = calloc(STEM_CACHE_SIZE, sizeof(StemCacheEntry)))==0 ){
    free(s);
    s = 0;
  }
  return s;
}

void zb_stemmers_free(ZbStemmers *s){
  int i;
  if( s==0 ) return;
  for(i=0; i<3; i++) sb_stemmer_delete(s->apSnowball[i]);
  free(s->aCache);
  free(s);
}

/* The cache entry for a word in a language (FNV-1a). */
static StemCacheEntry *stem_cache_slot(ZbStemmers *s, ZbLang lang, const char *z, int n){
  uint32_t h = 2166136261u ^ (uint32_t)lang;
  int i;
  for(i=0; i<n; i++) h = (h ^ (unsigned char)z[i]) * 16777619u;
  return &s->aCache[h & (STEM_CACHE_SIZE - 1)];
}

/* Appends the Snowball stem of z[0..n) for lang (AR, EN or FR), folded. */
static int snowball_stem(ZbStemmers *s, ZbLang lang, const char *z, int n, ZbBuf *out){
  struct sb_stemmer **pp = &s->apSnowball[lang - ZB_LANG_AR];
  const sb_symbol *zStem;
  if( *pp==0 && (*pp = sb_stemmer_new(azSnowball[lang - ZB_LANG_AR], "UTF_8"))==0 ) return -1;
  zStem = sb_stemmer_stem(*pp, (const sb_symbol*)z, n);
  if( zStem==0 ) return -1;
  return fold_form(zStem, sb_stemmer_length(*pp), out);
}

/* What a word's stems are made from. */
typedef struct StemInput {
  const unsigned char *zOrig;  /* its text as written, or NULL (a compound) */
  int32_t nOrig;
  const char *zForm;           /* its index form (fold) */
  int nForm;
  const char *zLex;            /* its Persian lexicon form, for ZB_LANG_FA */
  int nLex;
} StemInput;

/* Appends the stem of a word by the stemmer of lang, computing it on a
** cache miss: English and French stem the index form, Arabic the text as
** written (Snowball removes the harakat itself), Persian the lexicon form.
** Returns 0, or 1 if the word has no stem of its own (too long to be a
** word; a compound, for Arabic), or -1 on OOM. */
static int stem_append(ZbStemmers *s, ZbLang lang, const StemInput *in, ZbBuf *out){
  const char *zWord;
  int nWord, rc;
  size_t start = out->n;
  StemCacheEntry *e;
  switch( lang ){
    case ZB_LANG_FA: zWord = in->zLex; nWord = in->nLex; break;
    case ZB_LANG_AR: zWord = (const char*)in->zOrig; nWord = in->nOrig; break;
    case ZB_LANG_EN: case ZB_LANG_FR: zWord = in->zForm; nWord = in->nForm; break;
    default: return 1;
  }
  if( zWord==0 || nWord>MAX_WORD_BYTES ) return 1;
  e = stem_cache_slot(s, lang, zWord, nWord);
  if( e->lang==lang && e->nWord==nWord && memcmp(e->zWord, zWord, (size_t)nWord)==0 ){
    zb_buf_append(out, e->zStem, e->nStem);
    return out->oom ? -1 : 0;
  }
  if( nWord<=STEM_CACHE_BYTES ){
    memcpy(e->zWord, zWord, (size_t)nWord);   /* zWord may be in out: copy first */
    e->nWord = (unsigned char)nWord;
    e->lang = 0;
  }
  if( lang==ZB_LANG_FA ){
    rc = fold_form((const unsigned char*)zWord, zb_fa_stem(zWord, nWord), out);
  }else{
    rc = snowball_stem(s, lang, zWord, nWord, out);
  }
  if( rc==0 && nWord<=STEM_CACHE_BYTES && out->n - start<=STEM_CACHE_BYTES ){
    e->nStem = (unsigned char)(out->n - start);
    memcpy(e->zStem, out->z + start, e->nStem);
    e->lang = (unsigned char)lang;
  }
  return rc;
}

int zb_tok_normalize(const unsigned char *z, const ZbToken *k, ZbStemmers *s,
                     ZbLang lang, ZbBuf *out){
  size_t start = out->n, stemStart;
  ZbLang stemLang = zb_tok_stem_lang(k->kind, lang);
  StemInput in;
  ZbBuf lex;
  int rc;
  if( zb_tok_fold(z, k, out) ) return -1;
  if( s==0 || stemLang==ZB_LANG_AUTO ) return 0;
  zb_buf_init(&lex);
  if( stemLang==ZB_LANG_FA ){
    fa_lexicon_form(zb_class_table(), z + k->iByte, k->iByteEnd - k->iByte, &lex);
  }
  if( lex.oom ){
    zb_buf_free(&lex);
    return -1;
  }
  stemStart = out->n;
  in.zOrig = z + k->iByte;  in.nOrig = k->iByteEnd - k->iByte;
  in.zForm = out->z + start; in.nForm = (int)(stemStart - start);
  in.zLex = lex.z;           in.nLex = (int)lex.n;
  rc = stem_append(s, stemLang, &in, out);
  zb_buf_free(&lex);
  if( rc<0 ) return -1;
  if( rc>0 ) return 0;
  memmove(out->z + start, out->z + stemStart, out->n - stemStart);
  out->n = start + (out->n - stemStart);
  return 0;
}

/* ======================================================================
** 3. Index terms
**
** A fill queues the terms of one position (aQueue, texts in pool): the
** first is the position's own term, the rest are colocated with it.
*/

/* The spelling variants, by the key of their folded form: the folded form
** of their standard spelling is pool[off .. off+n).  Built once.  Most
** words are no variant: a filter of the variants' first letters and
** lengths lets them skip the hash (a bit per length in bytes, up to 63, for
** each of the 64 code points that end in the same six bits: every variant
** starts with a letter of two bytes). */
typedef struct VariantEntry { uint64_t key; uint32_t off, n; } VariantEntry;
#define VARIANT_LEN_MAX 63
static struct {
  pthread_once_t once;
  ZbTable t;
  ZbBuf pool;
  uint64_t aLengths[64];       /* by the last byte of the first letter: lengths in bytes */
  int ok;
} gVariants = { PTHREAD_ONCE_INIT, { 0, 0, 0, 0 }, { 0, 0, 0, 0, 0 }, { 0 }, 0 };

static int variant_filter_slot(const char *z, int n, int *pBit){
  if( n<2 || n>VARIANT_LEN_MAX || ((unsigned char)z[0] & 0xE0)!=0xC0 ) return -1;
  *pBit = n;
  return (unsigned char)z[1] & 0x3F;
}

static void add_to_variant_filter(const char *z, int n){
  int bit, slot = variant_filter_slot(z, n, &bit);
  if( slot<0 ){ memset(gVariants.aLengths, 0xFF, sizeof(gVariants.aLengths)); return; }
  gVariants.aLengths[slot] |= (uint64_t)1 << bit;
}

static void build_variants(void){
  const ZbSpellingVariant *v;
  ZbBuf key;
  zb_table_init(&gVariants.t, sizeof(VariantEntry));
  zb_buf_init(&key);
  for(v=zb_spelling_variants; v->zVariant && !key.oom; v++){
    VariantEntry *e;
    size_t off = gVariants.pool.n;
    key.n = 0;
    if( fold_form((const unsigned char*)v->zVariant, (int32_t)strlen(v->zVariant), &key)
     || fold_form((const unsigned char*)v->zStandard, (int32_t)strlen(v->zStandard),
                  &gVariants.pool) ){
      key.oom = 1;
      break;
    }
    e = zb_table_insert(&gVariants.t, zb_token_key(key.z, key.n), 0);
    if( e==0 ){ key.oom = 1; break; }
    e->off = (uint32_t)off;
    e->n = (uint32_t)(gVariants.pool.n - off);
    add_to_variant_filter(key.z, (int)key.n);
  }
  gVariants.ok = !key.oom && !gVariants.pool.oom;
  zb_buf_free(&key);
}

/* The folded standard spelling of the folded form z[0..n), if it is a
** variant: its length, with *pz pointing to it; 0 otherwise. */
static int standard_spelling(const char *z, int n, const char **pz){
  const VariantEntry *e;
  int bit, slot = variant_filter_slot(z, n, &bit);
  if( !gVariants.ok || slot<0 || !(gVariants.aLengths[slot] >> bit & 1) ) return 0;
  e = zb_table_find(&gVariants.t, zb_token_key(z, (size_t)n));
  if( e==0 ) return 0;
  *pz = gVariants.pool.z + e->off;
  return (int)e->n;
}

int zb_terms_init(ZbTerms *p, const unsigned char *z, int32_t n, ZbTermMode mode,
                  const ZbTermOptions *opt, ZbStemmers *stemmers){
  pthread_once(&gVariants.once, build_variants);
  memset(p, 0, sizeof(*p));
  p->opt = *opt;
  p->mode = mode;
  p->stemmers = stemmers;
  if( stemmers==0 ) p->opt.stem = 0;
  p->textLang = opt->lang;
  if( p->opt.stem && mode!=ZB_TERMS_PREFIX && opt->lang==ZB_LANG_AUTO && z ){
    p->textLang = zb_lang(z, n);
  }
  return zb_tok_init(&p->tz, z, n, opt->tokFlags);
}

void zb_terms_free(ZbTerms *p){
  zb_buf_free(&p->pool);
  zb_buf_free(&p->scratch);
}

static int terms_read(ZbTerms *p, ZbToken *k){
  if( p->hasAhead ){ *k = p->ahead; p->hasAhead = 0; return 1; }
  return zb_tok_next(&p->tz, k);
}

static const ZbToken *terms_peek(ZbTerms *p){
  if( !p->hasAhead ) p->hasAhead = zb_tok_next(&p->tz, &p->ahead);
  return p->hasAhead ? &p->ahead : 0;
}

/* Queues the term pool[off..off+n) for the span k, unless it is empty or
** already queued for this position. */
static void terms_push(ZbTerms *p, const ZbToken *k, size_t off, int n){
  ZbTermQueued *q;
  int i;
  if( n==0 || p->nQueue==ZB_TERMS_MAX ) return;
  for(i=0; i<p->nQueue; i++){
    q = &p->aQueue[i];
    if( q->n==n && memcmp(p->pool.z + q->off, p->pool.z + off, (size_t)n)==0 ) return;
  }
  q = &p->aQueue[p->nQueue];
  q->tok = *k;
  q->off = off;
  q->n = n;
  q->colocated = p->nQueue>0;
  p->nQueue++;
}

/* Queues the term pool[off..off+n) of an Arabic-script span k as
** terms_push() does, with its standard spelling if it is a variant: in a
** document both (the standard colocated), in a query the standard only. */
static void terms_push_spelling(ZbTerms *p, const ZbToken *k, size_t off, int n){
  const char *zStandard;
  int nStandard = k->kind==ZB_TOK_ARABIC ? standard_spelling(p->pool.z + off, n, &zStandard) : 0;
  if( nStandard==0 || p->mode==ZB_TERMS_DOCUMENT ) terms_push(p, k, off, n);
  if( nStandard ){
    size_t offStandard = p->pool.n;
    zb_buf_append(&p->pool, zStandard, (size_t)nStandard);
    if( !p->pool.oom ) terms_push(p, k, offStandard, nStandard);
  }
}

/* The stemmers a word of this kind gets in this mode (at most 2): the one
** of the text's language, except that a query whose language cannot be
** told (a few Latin words) gets both the English and the French stem. */
static int stem_langs(const ZbTerms *p, ZbTokKind kind, ZbLang *aLang){
  if( !p->opt.stem || p->mode==ZB_TERMS_PREFIX ) return 0;
  if( p->mode==ZB_TERMS_QUERY && kind==ZB_TOK_LATIN && p->textLang==ZB_LANG_AUTO ){
    aLang[0] = ZB_LANG_EN;
    aLang[1] = ZB_LANG_FR;
    return 2;
  }
  aLang[0] = zb_tok_stem_lang(kind, p->textLang);
  return aLang[0]!=ZB_LANG_AUTO;
}

/* Queues the form pool[formOff..formOff+nForm) of span k, then the stems
** it gets; in gives what they are made from (its zForm is set here, as the
** pool may move). */
static int queue_with_stems(ZbTerms *p, const ZbToken *k, size_t formOff, int nForm,
                            StemInput *in){
  ZbLang aLang[2];
  int i, nLang = stem_langs(p, k->kind, aLang);
  terms_push_spelling(p, k, formOff, nForm);
  for(i=0; i<nLang && nForm>0; i++){
    size_t off = p->pool.n;
    int rc;
    in->zForm = p->pool.z + formOff;
    in->nForm = nForm;
    rc = stem_append(p->stemmers, aLang[i], in, &p->pool);
    if( rc<0 ) return -1;
    if( rc==0 ) terms_push_spelling(p, k, off, (int)(p->pool.n - off));
  }
  return p->pool.oom ? -1 : 0;
}

/* Queues the fold of z[i..iEnd) of the text, a part of token k. */
static void queue_part(ZbTerms *p, const ZbToken *k, int32_t i, int32_t iEnd){
  size_t off = p->pool.n;
  if( fold_form(p->tz.z + i, iEnd - i, &p->pool)==0 ) terms_push(p, k, off, (int)(p->pool.n - off));
}

/* The first letters of Persian and Arabic names written as one word. */
typedef struct NamePrefix { const char *z; int32_t n; } NamePrefix;
#define NAME_PREFIX(z) { z, (int32_t)sizeof(z) - 1 }
static const NamePrefix aNamePrefix[] = {
  NAME_PREFIX("امیر"), NAME_PREFIX("میر"), NAME_PREFIX("غلام"), NAME_PREFIX("ابو"),
  NAME_PREFIX("سید"), NAME_PREFIX("شیخ"),
};
#define NAME_PART_MIN_LETTERS 3      /* the rest of an Arabic-script name after its prefix */
#define NAME_PARTS_MAX 4             /* a Latin word of more parts is no name (a URL, an id) */

/* Queues a name prefix and the rest, if the Arabic-script word k is one. */
static void queue_prefixed_name(ZbTerms *p, const ZbToken *k){
  const unsigned char *z = p->tz.z + k->iByte;
  size_t i;
  for(i=0; i<sizeof(aNamePrefix)/sizeof(aNamePrefix[0]); i++){
    int32_t n = aNamePrefix[i].n;
    if( z[1]==(unsigned char)aNamePrefix[i].z[1]                  /* its first letter */
     && k->iByteEnd - k->iByte >= n + 2*NAME_PART_MIN_LETTERS      /* two bytes a letter */
     && memcmp(z, aNamePrefix[i].z, (size_t)n)==0 ){
      queue_part(p, k, k->iByte, k->iByte + n);
      queue_part(p, k, k->iByte + n, k->iByteEnd);
      return;
    }
  }
}

/* False if the Latin word k cannot be a name written as one word: it
** starts with a small ASCII letter, or its bytes after the first are ASCII
** and none is a capital. */
static int may_have_inner_capital(const unsigned char *z, const ZbToken *k){
  int32_t i;
  if( z[k->iByte]>='a' && z[k->iByte]<='z' ) return 0;
  for(i=k->iByte+1; i<k->iByteEnd; i++){
    if( z[i]>=0x80 || (z[i]>='A' && z[i]<='Z') ) return 1;
  }
  return 0;
}

/* Queues the parts of the Latin word k if its capitals show where they
** begin (AmirAbdollahian, McDonald): each starts with a capital after a
** small letter and has two letters or more. */
static void queue_camel_parts(ZbTerms *p, const ZbToken *k){
  int32_t aStart[NAME_PARTS_MAX + 1], i = k->iByte;
  int nPart = 1, nLetter = 0, prevLower = 0, j;
  if( !may_have_inner_capital(p->tz.z, k) ) return;           /* most words */
  aStart[0] = k->iByte;
  while( i<k->iByteEnd ){
    int32_t at = i, c = zb_next_cp(p->tz.z, k->iByteEnd, &i);
    if( prevLower && nLetter>=2 && u_isUUppercase(c) ){
      if( nPart==NAME_PARTS_MAX ) return;
      aStart[nPart++] = at;
      nLetter = 0;
    }
    prevLower = u_isULowercase(c);
    nLetter++;
  }
  if( nPart==1 || nLetter<2 ) return;
  aStart[nPart] = k->iByteEnd;
  for(j=0; j<nPart; j++) queue_part(p, k, aStart[j], aStart[j+1]);
}

/* Queues one token: its form and stems, and in a document the parts of a
** name written as one word.  zLex is its Persian lexicon form (needed only
** for Persian stems). */
static int queue_token(ZbTerms *p, const ZbToken *k, const char *zLex, int nLex){
  StemInput in;
  size_t off = p->pool.n;
  in.zOrig = p->tz.z + k->iByte;
  in.nOrig = k->iByteEnd - k->iByte;
  in.zLex = zLex;
  in.nLex = nLex;
  if( fold_form(in.zOrig, in.nOrig, &p->pool) ) return -1;
  if( queue_with_stems(p, k, off, (int)(p->pool.n - off), &in) ) return -1;
  if( p->mode==ZB_TERMS_DOCUMENT && k->kind==ZB_TOK_LATIN ) queue_camel_parts(p, k);
  if( p->mode==ZB_TERMS_DOCUMENT && k->kind==ZB_TOK_ARABIC ) queue_prefixed_name(p, k);
  return p->pool.oom ? -1 : 0;
}

/* True if token b is a Persian word that follows word a after one space,
** and may thus be one word with it. */
static int may_join(const ZbTerms *p, const ZbToken *a, const ZbToken *b){
  return b && b->kind==ZB_TOK_ARABIC && b->iByte==a->iByteEnd + 1
      && p->tz.z[a->iByteEnd]==' ' && b->iByteEnd - b->iByte<=MAX_WORD_BYTES;
}

/* The words of a compound and their lexicon forms: scratch holds the
** compound's form as zb_fa_join built it, word by word; word i's own form
** is scratch[aLexStart[i] .. aLexEnd[i]), that of words 0..i is
** scratch[0 .. aLexEnd[i]). */
typedef struct Compound {
  ZbToken aWord[ZB_JOIN_MAX];
  size_t aLexStart[ZB_JOIN_MAX], aLexEnd[ZB_JOIN_MAX];
  int nWord;
} Compound;

/* Reads into c the Persian word `first` and, if tryJoin, the words after
** it that zb_fa_join says are one word with what precedes them. */
static int read_compound(ZbTerms *p, const ZbToken *first, int tryJoin, Compound *c){
  ZbBuf *s = &p->scratch;
  s->n = 0;
  c->nWord = 1;
  c->aWord[0] = *first;
  c->aLexStart[0] = 0;
  fa_lexicon_form(p->tz.aClass, p->tz.z + first->iByte, first->iByteEnd - first->iByte, s);
  c->aLexEnd[0] = s->n;
  while( tryJoin && c->nWord<ZB_JOIN_MAX && !s->oom ){
    const ZbToken *b = terms_peek(p);
    size_t mark = s->n;
    int how;
    if( !may_join(p, &c->aWord[c->nWord-1], b) ) break;
    zb_buf_append(s, ZWNJ_UTF8, 3);
    fa_lexicon_form(p->tz.aClass, p->tz.z + b->iByte, b->iByteEnd - b->iByte, s);
    if( s->oom ) break;
    how = zb_fa_join(s->z, (int)mark, s->z + mark + 3, (int)(s->n - mark - 3));
    if( how==ZB_FA_JOIN_NONE ){ s->n = mark; break; }
    if( how==ZB_FA_JOIN_TOUCH ){
      memmove(s->z + mark, s->z + mark + 3, s->n - mark - 3);
      s->n -= 3;
      c->aLexStart[c->nWord] = mark;
    }else{
      c->aLexStart[c->nWord] = mark + 3;
    }
    c->aLexEnd[c->nWord] = s->n;
    c->aWord[c->nWord++] = *b;
    p->hasAhead = 0;                /* b is taken */
  }
  return s->oom ? -1 : 0;
}

/* Queues a compound of two or more words: the whole (its form is the
** words' forms one after the other), then, for documents, the partial
** compounds and each word. */
static int queue_compound(ZbTerms *p, const Compound *c){
  size_t aFormEnd[ZB_JOIN_MAX], formStart = p->pool.n;
  StemInput in;
  int i;
  for(i=0; i<c->nWord; i++){
    const ZbToken *w = &c->aWord[i];
    if( fold_form(p->tz.z + w->iByte, w->iByteEnd - w->iByte, &p->pool) ) return -1;
    aFormEnd[i] = p->pool.n;
  }
  for(i=c->nWord-1; i>=1; i--){
    ZbToken span = c->aWord[0];
    span.iByteEnd = c->aWord[i].iByteEnd;
    span.iCharEnd = c->aWord[i].iCharEnd;
    in.zOrig = 0;
    in.nOrig = 0;
    in.zLex = p->scratch.z;
    in.nLex = (int)c->aLexEnd[i];
    if( queue_with_stems(p, &span, formStart, (int)(aFormEnd[i] - formStart), &in) ) return -1;
    if( p->mode!=ZB_TERMS_DOCUMENT ) return 0;
  }
  for(i=0; i<c->nWord; i++){
    const ZbToken *w = &c->aWord[i];
    size_t off = i ? aFormEnd[i-1] : formStart;
    in.zOrig = p->tz.z + w->iByte;
    in.nOrig = w->iByteEnd - w->iByte;
    in.zLex = p->scratch.z + c->aLexStart[i];
    in.nLex = (int)(c->aLexEnd[i] - c->aLexStart[i]);
    if( queue_with_stems(p, w, off, (int)(aFormEnd[i] - off), &in) ) return -1;
  }
  return 0;
}

/* Queues a word of the Arabic script, joined with the words after it when
** they are one word. */
static int queue_arabic(ZbTerms *p, const ZbToken *k){
  Compound c;
  int tryJoin = p->opt.join && p->mode!=ZB_TERMS_PREFIX
             && k->iByteEnd - k->iByte<=MAX_WORD_BYTES && may_join(p, k, terms_peek(p));
  if( !tryJoin && !p->opt.stem ) return queue_token(p, k, 0, 0);
  if( read_compound(p, k, tryJoin, &c) ) return -1;
  if( c.nWord==1 ) return queue_token(p, k, p->scratch.z, (int)c.aLexEnd[0]);
  return queue_compound(p, &c);
}

/* Queues the terms of the next position that has any. */
static int terms_fill(ZbTerms *p){
  ZbToken k;
  p->nQueue = p->iQueue = 0;
  p->pool.n = 0;
  while( p->nQueue==0 && terms_read(p, &k) ){
    int rc = (k.kind==ZB_TOK_ARABIC) ? queue_arabic(p, &k) : queue_token(p, &k, 0, 0);
    if( rc ) return -1;
  }
  return p->nQueue>0;
}

int zb_terms_next(ZbTerms *p, ZbTerm *pTerm){
  const ZbTermQueued *q;
  if( p->iQueue>=p->nQueue ){
    int rc = terms_fill(p);
    if( rc<=0 ) return rc;
  }
  q = &p->aQueue[p->iQueue++];
  pTerm->tok = q->tok;
  pTerm->z = p->pool.z + q->off;
  pTerm->n = q->n;
  pTerm->colocated = q->colocated;
  return 1;
}

/* ======================================================================
** 4. Queries from what users type
*/

/* True if the code point at z[i] is whitespace; *pEnd gets its end. */
static int space_at(const unsigned char *z, int32_t n, int32_t i, int32_t *pEnd){
  int32_t c = zb_next_cp(z, n, &i);
  *pEnd = i;
  return zb_char_class(c)==ZB_CLASS_SPACE;
}

/* Appends the text z[i..iEnd) as an FTS5 string: in quotes, a quote inside
** doubled, ill-formed UTF-8 as U+FFFD. */
static void append_fts_string(ZbBuf *out, const unsigned char *z, int32_t i, int32_t iEnd){
  zb_buf_putc(out, '"');
  while( i<iEnd ){
    int32_t c = zb_next_cp(z, iEnd, &i);
    if( c=='"' ) zb_buf_putc(out, '"');
    zb_buf_put_cp(out, c);
  }
  zb_buf_putc(out, '"');
}

/* Appends one word: its string, and its final * as a prefix marker. */
static void append_fts_word(ZbBuf *out, const unsigned char *z, int32_t i, int32_t iEnd){
  int prefix = iEnd - i>1 && z[iEnd-1]=='*';
  append_fts_string(out, z, i, iEnd - prefix);
  if( prefix ) zb_buf_putc(out, '*');
}

int zb_fts_query(const unsigned char *z, int32_t n, ZbFtsQueryMode mode, ZbBuf *out){
  int32_t i = 0, iFirst = -1, iLast = 0, nWord = 0;
  while( i<n ){
    int32_t iWord, iNext;
    while( i<n && space_at(z, n, i, &iNext) ) i = iNext;
    if( i>=n ) break;
    iWord = i;
    while( i<n && !space_at(z, n, i, &iNext) ) i = iNext;
    if( iFirst<0 ) iFirst = iWord;
    iLast = i;
    if( mode==ZB_FTS_PHRASE ) continue;
    if( nWord++ ) zb_buf_append(out, mode==ZB_FTS_ANY ? " OR " : " ", mode==ZB_FTS_ANY ? 4 : 1);
    append_fts_word(out, z, iWord, i);
  }
  if( mode==ZB_FTS_PHRASE && iFirst>=0 ) append_fts_string(out, z, iFirst, iLast);
  if( iFirst<0 ) zb_buf_append(out, "\"\"", 2);
  return out->oom ? -1 : 0;
}
