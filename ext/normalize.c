/*
** normalize.c — the normalization layer of zaban.
**
** SQL functions:
**
**   fold(text)               a matching key, equal for all spelling variants:
**                              fold('Côte d’Ivoire') = 'cote d''ivoire'
**                              fold('كتاب') = fold('کتاب') = 'کتاب'
**                              fold('۱۴۰۰') = '1400'
**   digits(text, system)     every decimal digit to 'latin', 'persian', 'arabic'
**                              digits('۱۴۰۰/09/04', 'latin') = '1400/09/04'
**   ar_normalize(text [, options])   Arabic for matching (Lucene's rules+)
**                              ar_normalize('أَحْمَد') = 'احمد'
**
** (fa_normalize() is in fa_normalize.c and lang() in lang.c; they share
** this file's tables.)
**
** The algorithms come first and take plain UTF-8 buffers (normalize.h);
** the SQL bindings are at the end.  Every code point of the Basic
** Multilingual Plane gets its fold computed once per process, from ICU's
** NFKC_Casefold and canonical decompositions, into a table; fold() is then
** one table lookup per character.  Ill-formed UTF-8 reads as U+FFFD.
*/
#include "normalize.h"
#include "chars.h"
#include "zaban.h"
SQLITE_EXTENSION_INIT3

#include <pthread.h>
#include <stdlib.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>

/* ======================================================================
** Letter variants and punctuation that fold() unifies.
*/

/* The Arabic-script letter a variant folds to (Persian forms: ی ک ه ا و),
** or c itself.  Applied before and after ICU's decompositions, so that ئ
** and ۀ fold to ی and ه rather than to what stripping their hamza leaves. */
static int32_t fold_letter(int32_t c){
  switch( c ){
    case 0x064A: case 0x0649: case 0x0626: case 0x0620: case 0x06CD:
    case 0x06D0: case 0x06D2: case 0x06D3:               return 0x06CC; /* ی */
    case 0x0643: case 0x06AA:                            return 0x06A9; /* ک */
    case 0x0629: case 0x06C0: case 0x06C1: case 0x06C2:
    case 0x06C3: case 0x06BE: case 0x06D5:               return 0x0647; /* ه */
    case 0x0622: case 0x0623: case 0x0625: case 0x0671:
    case 0x0672: case 0x0673:                            return 0x0627; /* ا */
    case 0x0624:                                         return 0x0648; /* و */
    default:                                             return c;
  }
}

/* Typographic apostrophes and quotes to their ASCII forms, or 0. */
static int32_t fold_quote(int32_t c){
  if( zb_is_apostrophe(c) ) return c=='\'' ? 0 : '\'';
  switch( c ){
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
    case 0x00AB: case 0x00BB: case 0x2039: case 0x203A: case 0x2036:
      return '"';
    default:
      return 0;
  }
}


/* ======================================================================
** The per-code-point fold table.
**
** Each BMP code point has a 32-bit entry: a tag in the top byte and a
** payload below it.  Tags 1..3 carry the UTF-8 of a short result inline.
*/
enum {
  TAG_DROP    = 0,   /* removed (marks, ZWNJ, kashida, bidi controls) */
  TAG_SPACE   = 4,   /* whitespace: collapsed to one space */
  TAG_LONG    = 5,   /* payload: offset of "len, bytes" in the pool */
  TAG_CONTEXT = 6,   /* composes with what precedes: needs the NFC path */
  TAG_SAME    = 7    /* folds to itself */
};
#define ENTRY(tag, payload) (((uint32_t)(tag)<<24) | (uint32_t)(payload))
#define ENTRY_TAG(e)        ((e)>>24)

#define MAX_FOLD 64          /* UTF-16 units a single code point folds to */

/* The Arabic presentation forms, U+FB50..U+FDFF and U+FE70..U+FEFF, are
** kept with their NFKC expansion (ﻙ → ك, ﻻ → لا, ﷲ → الله). */
#define PRESENT_A_FIRST 0xFB50
#define PRESENT_A_SIZE  (0xFE00 - 0xFB50)
#define PRESENT_B_FIRST 0xFE70
#define PRESENT_SIZE    (PRESENT_A_SIZE + 0x90)

static int present_index(int32_t c){
  if( c>=PRESENT_A_FIRST && c<PRESENT_A_FIRST+PRESENT_A_SIZE ) return c - PRESENT_A_FIRST;
  if( c>=PRESENT_B_FIRST && c<=0xFEFF ) return PRESENT_A_SIZE + (c - PRESENT_B_FIRST);
  return -1;
}

/* aAscii[] of the fold table: the folded byte, or one of these. */
#define ASCII_SPACE 0x80     /* whitespace */
#define ASCII_OTHER 0x81     /* look it up in aBmp[] */

typedef struct FoldTable {
  uint32_t aBmp[0x10000];
  unsigned char aAscii[0x100];   /* indexed by any byte; >=0x80 is ASCII_OTHER */
  int8_t aDigit[0x10000];    /* decimal digit value, or -1 */
  unsigned char aClass[0x10000];    /* enum ZbClass */
  uint32_t aPresent[PRESENT_SIZE];  /* pool offset<<8 | length, see below */
  ZbBuf pool;                /* TAG_LONG results, presentation forms */
} FoldTable;

static FoldTable *gFold;     /* immutable once built */
static pthread_once_t gFoldOnce = PTHREAD_ONCE_INIT;

/* Runs an ICU normalizer over src into dst; returns the length or -1. */
static int32_t normalize_u16(const UNormalizer2 *norm, const UChar *src, int32_t nSrc,
                             UChar *dst, int32_t nDst){
  UErrorCode err = U_ZERO_ERROR;
  int32_t n = unorm2_normalize(norm, src, nSrc, dst, nDst, &err);
  return U_FAILURE(err) ? -1 : n;
}

/* Computes the fold of one code point as UTF-16 into a[]; returns its
** length, or -1 if ICU fails or the result does not fit. */
static int32_t fold_compute(int32_t c, UChar *a){
  UErrorCode err = U_ZERO_ERROR;
  const UNormalizer2 *nfkcCf = unorm2_getNFKCCasefoldInstance(&err);
  const UNormalizer2 *nfd = unorm2_getNFDInstance(&err);
  const UNormalizer2 *nfc = unorm2_getNFCInstance(&err);
  UChar src[2], tmp[MAX_FOLD], dec[MAX_FOLD], kept[MAX_FOLD];
  int32_t nSrc = 0, nTmp, nDec, nKept = 0, i = 0;
  UBool bad = 0;
  if( U_FAILURE(err) ) return -1;
  if( fold_quote(c) ){ a[0] = (UChar)fold_quote(c); return 1; }
  if( u_isUWhiteSpace(c) ){ a[0] = ' '; return 1; }
  U16_APPEND(src, nSrc, 2, fold_letter(c), bad);
  nTmp = normalize_u16(nfkcCf, src, nSrc, tmp, MAX_FOLD);
  if( nTmp<0 ) return -1;
  nDec = normalize_u16(nfd, tmp, nTmp, dec, MAX_FOLD);
  if( nDec<0 ) return -1;
  while( i<nDec ){
    int32_t d;
    U16_NEXT(dec, i, nDec, d);
    if( zb_is_nonspacing_mark(d) || d==0x0640 ) continue;
    if( u_charType(d)==U_DECIMAL_DIGIT_NUMBER ) d = '0' + u_charDigitValue(d);
    else if( zb_is_dash(d) ) d = '-';
    else if( fold_quote(d) ) d = fold_quote(d);
    else if( u_isUWhiteSpace(d) ) d = ' ';
    else d = fold_letter(d);
    U16_APPEND(kept, nKept, MAX_FOLD, d, bad);
    if( bad ) return -1;
  }
  (void)bad;
  return normalize_u16(nfc, kept, nKept, a, MAX_FOLD);
}

/* Encodes a UTF-16 fold result as a table entry. */
static uint32_t fold_entry(FoldTable *t, int32_t c, const UChar *a, int32_t n){
  char z[MAX_FOLD*3];
  int32_t nz = 0, i = 0;
  while( i<n ){
    int32_t d;
    U16_NEXT(a, i, n, d);
    U8_APPEND_UNSAFE(z, nz, d);
  }
  if( u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK)==UNORM_MAYBE && nz>0 ){
    return ENTRY(TAG_CONTEXT, 0);
  }
  if( nz==0 ) return ENTRY(TAG_DROP, 0);
  if( nz==1 && z[0]==' ' ) return ENTRY(TAG_SPACE, 0);
  if( nz<=3 && memchr(z, ' ', (size_t)nz)==0 ){   /* spaces need fold_emit_long() */
    uint32_t payload = 0;
    for(i=0; i<nz; i++) payload |= (uint32_t)(unsigned char)z[i] << (16 - 8*i);
    return ENTRY(nz, payload);
  }
  {
    uint32_t off = (uint32_t)t->pool.n;
    zb_buf_putc(&t->pool, (char)nz);
    zb_buf_append(&t->pool, z, (size_t)nz);
    return ENTRY(TAG_LONG, off);
  }
}

/* True if c certainly folds to itself (saves ICU calls while building). */
static int folds_to_itself(int32_t c){
  return !u_hasBinaryProperty(c, UCHAR_CHANGES_WHEN_NFKC_CASEFOLDED)
      && u_charType(c)!=U_DECIMAL_DIGIT_NUMBER && !zb_is_dash(c)
      && !zb_is_nonspacing_mark(c) && !u_isUWhiteSpace(c) && !fold_quote(c) && fold_letter(c)==c
      && c!=0x0640 && u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK)!=UNORM_MAYBE
      && u_getIntPropertyValue(c, UCHAR_DECOMPOSITION_TYPE)==U_DT_NONE;
}

static uint32_t fold_entry_for(FoldTable *t, int32_t c){
  UChar a[MAX_FOLD];
  int32_t n;
  if( folds_to_itself(c) ) return ENTRY(TAG_SAME, 0);
  n = fold_compute(c, a);
  if( n<0 ) return ENTRY(TAG_SAME, 0);   /* ICU failed: leave it alone */
  return fold_entry(t, c, a, n);
}

/* Fills aPresent[] with the NFKC expansion of each presentation form. */
static void present_table_build(FoldTable *t){
  UErrorCode err = U_ZERO_ERROR;
  const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&err);
  int32_t c;
  for(c=PRESENT_A_FIRST; c<=0xFEFF && U_SUCCESS(err); c++){
    UChar src[1], dst[MAX_FOLD];
    char z[MAX_FOLD*3];
    int32_t nDst, nz = 0, i = 0;
    int k = present_index(c);
    if( k<0 ) continue;
    src[0] = (UChar)c;
    nDst = normalize_u16(nfkc, src, 1, dst, MAX_FOLD);
    if( nDst<=0 || (nDst==1 && dst[0]==(UChar)c) ) continue;
    while( i<nDst ){
      int32_t d;
      U16_NEXT(dst, i, nDst, d);
      U8_APPEND_UNSAFE(z, nz, d);
    }
    t->aPresent[k] = ((uint32_t)t->pool.n << 8) | (uint32_t)nz;
    zb_buf_append(&t->pool, z, (size_t)nz);
  }
}

/* The class of a code point, from ICU's properties. */
static unsigned char class_of(int32_t c){
  UErrorCode err = U_ZERO_ERROR;
  int8_t t = u_charType(c);
  if( c==0x200C || c==0x200D ) return ZB_CLASS_JOINER;
  if( u_isUWhiteSpace(c) ) return ZB_CLASS_SPACE;
  if( t==U_DECIMAL_DIGIT_NUMBER ) return ZB_CLASS_DIGIT;
  if( t==U_NON_SPACING_MARK || t==U_COMBINING_SPACING_MARK || t==U_ENCLOSING_MARK ){
    return ZB_CLASS_MARK;
  }
  if( u_isalpha(c) ){
    return uscript_getScript(c, &err)==USCRIPT_ARABIC ? ZB_CLASS_ARABIC : ZB_CLASS_LETTER;
  }
  return ZB_CLASS_OTHER;
}

static void fold_table_build(void){
  FoldTable *t = calloc(1, sizeof(FoldTable));
  int32_t c;
  if( t==0 ) return;
  zb_buf_init(&t->pool);
  for(c=0; c<0x10000; c++){
    t->aDigit[c] = (int8_t)(u_charType(c)==U_DECIMAL_DIGIT_NUMBER ? u_charDigitValue(c) : -1);
    t->aClass[c] = class_of(c);
    if( U_IS_SURROGATE(c) ){ t->aBmp[c] = ENTRY(TAG_SAME, 0); continue; }
    t->aBmp[c] = fold_entry_for(t, c);
  }
  for(c=0; c<0x100; c++){
    uint32_t e = t->aBmp[c];
    if( c>=0x80 ) t->aAscii[c] = ASCII_OTHER;
    else if( ENTRY_TAG(e)==TAG_SAME ) t->aAscii[c] = (unsigned char)c;
    else if( ENTRY_TAG(e)==1 ) t->aAscii[c] = (unsigned char)(e>>16);
    else if( ENTRY_TAG(e)==TAG_SPACE ) t->aAscii[c] = ASCII_SPACE;
    else t->aAscii[c] = ASCII_OTHER;
  }
  present_table_build(t);
  if( t->pool.oom ){ zb_buf_free(&t->pool); free(t); return; }
  gFold = t;
}

static const FoldTable *fold_table(void){
  pthread_once(&gFoldOnce, fold_table_build);
  return gFold;
}

int zb_normalize_init(void){
  return fold_table() ? 0 : -1;
}

const unsigned char *zb_fold_bytes(void){
  const FoldTable *t = fold_table();
  return t ? t->aAscii : 0;
}

int zb_presentation_form(int32_t c, const char **pz){
  const FoldTable *t = fold_table();
  int k = present_index(c);
  uint32_t e;
  if( k<0 || t==0 ) return 0;
  e = t->aPresent[k];
  *pz = t->pool.z + (e >> 8);
  return (int)(e & 0xFF);
}

const unsigned char *zb_class_table(void){
  const FoldTable *t = fold_table();
  return t ? t->aClass : 0;
}

int zb_char_class(int32_t c){
  const FoldTable *t = fold_table();
  if( t && c>=0 && c<=0xFFFF ) return t->aClass[c];
  return class_of(c);
}

int zb_digit_value(int32_t c){
  const FoldTable *t = fold_table();
  if( t && c>=0 && c<=0xFFFF ) return t->aDigit[c];
  return u_charType(c)==U_DECIMAL_DIGIT_NUMBER ? u_charDigitValue(c) : -1;
}

/* ======================================================================
** fold()
**
** The hot loop writes straight into the output buffer, keeping FOLD_SLACK
** bytes free so that one character's short result always fits; whitespace
** is written lazily, only before the next non-space, which collapses runs
** and trims both ends.  Rare cases (long results, characters outside the
** BMP) go through ZbBuf calls.
*/
#define FOLD_SLACK 8

typedef struct FoldOut {
  ZbBuf *b;
  size_t start;          /* where this fold's output begins in b */
  int pendingSpace;
} FoldOut;

static void fold_emit(FoldOut *o, const char *z, int n){
  if( o->pendingSpace ){
    if( o->b->n > o->start ) zb_buf_putc(o->b, ' ');
    o->pendingSpace = 0;
  }
  zb_buf_append(o->b, z, (size_t)n);
}

/* Emits a result that may itself contain spaces (a TAG_LONG result). */
static void fold_emit_long(FoldOut *o, const char *z, int n){
  int i = 0;
  while( i<n ){
    int j = i;
    if( z[i]==' ' ){ o->pendingSpace = 1; i++; continue; }
    while( j<n && z[j]!=' ' ) j++;
    fold_emit(o, z+i, j-i);
    i = j;
  }
}

/* Emits the fold of a code point outside the BMP (rare: computed here). */
static void fold_emit_astral(FoldOut *o, int32_t c, const unsigned char *zSrc, int nSrc){
  UChar a[MAX_FOLD];
  char z[MAX_FOLD*3];
  int32_t n, nz = 0, i = 0;
  if( folds_to_itself(c) || (n = fold_compute(c, a))<0 ){
    fold_emit(o, (const char*)zSrc, nSrc);
    return;
  }
  while( i<n ){
    int32_t d;
    U16_NEXT(a, i, n, d);
    U8_APPEND_UNSAFE(z, nz, d);
  }
  fold_emit_long(o, z, nz);
}

/* The table-driven pass.  Returns 1 if a TAG_CONTEXT character was met
** and allowContext is 0 (the caller then composes the text first), -1 on
** OOM, else 0.  State lives in locals in the loop (stores through char*
** may alias anything, so the compiler would otherwise reload it). */
static int fold_pass(const FoldTable *t, const unsigned char *z, int32_t n,
                     FoldOut *o, int allowContext){
  ZbBuf *b = o->b;
  char *p, *pEnd, *pStart;
  int pending = o->pendingSpace;
  int32_t i = 0;
  if( zb_buf_reserve(b, (size_t)n + 2*FOLD_SLACK) ) return -1;

#define FOLD_SYNC()   (b->n = (size_t)(p - b->z), o->pendingSpace = pending)
#define FOLD_RELOAD() (p = b->z + b->n, pEnd = b->z + b->cap - FOLD_SLACK, \
                       pStart = b->z + o->start, pending = o->pendingSpace)
#define FOLD_SPACE_IF_PENDING() \
  if( pending ){ if( p > pStart ) *p++ = ' '; pending = 0; }

  FOLD_RELOAD();
  while( i<n ){
    int32_t iStart = i, c;
    unsigned ch = z[i];
    uint32_t e;
    if( p>=pEnd ){
      FOLD_SYNC();
      if( zb_buf_grow(b, (size_t)(n - i) + 2*FOLD_SLACK) ) return -1;
      FOLD_RELOAD();
    }
    if( ch<0x80 ){
      unsigned m = t->aAscii[ch];
      i++;
      if( m<0x80 ){
        /* a run of ASCII that needs no whitespace handling */
        FOLD_SPACE_IF_PENDING();
        *p++ = (char)m;
        while( i<n && p<pEnd && (m = t->aAscii[z[i]])<0x80 ){ *p++ = (char)m; i++; }
        continue;
      }
      if( m==ASCII_SPACE ){ pending = 1; continue; }
      c = (int32_t)ch;
    }else if( zb_is_two_byte(z, i, n) ){
      c = zb_two_byte_cp(z, i);
      i += 2;
      if( ENTRY_TAG(t->aBmp[c])==TAG_SAME ){
        /* a run of two-byte characters that fold to themselves */
        FOLD_SPACE_IF_PENDING();
        p[0] = (char)z[i-2]; p[1] = (char)z[i-1]; p += 2;
        while( zb_is_two_byte(z, i, n) && p<pEnd
            && ENTRY_TAG(t->aBmp[zb_two_byte_cp(z, i)])==TAG_SAME ){
          p[0] = (char)z[i]; p[1] = (char)z[i+1]; p += 2; i += 2;
        }
        continue;
      }
    }else{
      c = zb_next_cp(z, n, &i);
    }
    if( c>0xFFFF ){
      FOLD_SYNC();
      fold_emit_astral(o, c, z+iStart, i-iStart);
      FOLD_RELOAD();
      continue;
    }
    e = t->aBmp[c];
    switch( ENTRY_TAG(e) ){
      case TAG_DROP:  break;
      case TAG_SPACE: pending = 1; break;
      case 1: case 2: case 3:
        FOLD_SPACE_IF_PENDING();
        p[0] = (char)(e>>16); p[1] = (char)(e>>8); p[2] = (char)e;
        p += ENTRY_TAG(e);
        break;
      case TAG_LONG: {
        const char *zLong = t->pool.z + (e & 0xFFFFFF);
        FOLD_SYNC();
        fold_emit_long(o, zLong+1, (unsigned char)zLong[0]);
        FOLD_RELOAD();
        break;
      }
      default:
        /* TAG_SAME, or TAG_CONTEXT once composed: the character stands
        ** for itself; copy its bytes (U+FFFD for ill-formed ones) */
        if( ENTRY_TAG(e)==TAG_CONTEXT && !allowContext ){ FOLD_SYNC(); return 1; }
        FOLD_SPACE_IF_PENDING();
        if( c==0xFFFD && !(i-iStart==3 && ch==0xEF) ){
          memcpy(p, "\xEF\xBF\xBD", 3); p += 3;
        }else{
          while( iStart<i ) *p++ = (char)z[iStart++];
        }
        break;
    }
  }
  FOLD_SYNC();
  return b->oom ? -1 : 0;
#undef FOLD_SYNC
#undef FOLD_RELOAD
#undef FOLD_SPACE_IF_PENDING
}

/* Composes (NFC) the n bytes at z into a new malloc'd UTF-8 string. */
static char *compose_nfc(const unsigned char *z, int32_t n, int32_t *pnOut){
  UErrorCode err = U_ZERO_ERROR;
  const UNormalizer2 *nfc = unorm2_getNFCInstance(&err);
  UChar *u16 = 0, *c16 = 0;
  char *zOut = 0;
  int32_t n16 = 0, nc = 0, nOut = 0;
  if( U_FAILURE(err) ) return 0;
  u_strFromUTF8WithSub(0, 0, &n16, (const char*)z, n, 0xFFFD, 0, &err);
  err = U_ZERO_ERROR;
  u16 = malloc(sizeof(UChar)*((size_t)n16+1));
  c16 = malloc(sizeof(UChar)*((size_t)n16*3+1));
  if( u16 && c16 ){
    u_strFromUTF8WithSub(u16, n16+1, &n16, (const char*)z, n, 0xFFFD, 0, &err);
    nc = unorm2_normalize(nfc, u16, n16, c16, n16*3+1, &err);
    if( U_SUCCESS(err) ){
      u_strToUTF8(0, 0, &nOut, c16, nc, &err);
      err = U_ZERO_ERROR;
      zOut = malloc((size_t)nOut+1);
      if( zOut ) u_strToUTF8(zOut, nOut+1, &nOut, c16, nc, &err);
      if( U_FAILURE(err) ){ free(zOut); zOut = 0; }
    }
  }
  free(u16);
  free(c16);
  *pnOut = nOut;
  return zOut;
}

/* A text with characters that compose with what precedes them (Hangul
** jamo) is folded by the table, then composed: composing after folding
** sees the jamo that removed characters (kashida, marks) had kept apart,
** so that fold() stays idempotent. */
int zb_fold(const unsigned char *z, int32_t n, ZbBuf *out){
  const FoldTable *t = fold_table();
  FoldOut o;
  int rc;
  if( t==0 ) return -1;
  o.b = out; o.start = out->n; o.pendingSpace = 0;
  rc = fold_pass(t, z, n, &o, 0);
  if( rc==1 ){
    int32_t nc;
    char *zc;
    out->n = o.start;
    o.pendingSpace = 0;
    if( fold_pass(t, z, n, &o, 1) ) return -1;
    zc = compose_nfc((const unsigned char*)out->z + o.start, (int32_t)(out->n - o.start), &nc);
    if( zc==0 ) return -1;
    out->n = o.start;
    zb_buf_append(out, zc, (size_t)nc);
    free(zc);
    rc = out->oom ? -1 : 0;
  }
  return rc;
}

int zb_fold_cp(int32_t c, ZbBuf *out){
  char z[4];
  int32_t nz = 0;
  FoldOut o;
  const FoldTable *t = fold_table();
  if( t==0 ) return -1;
  if( c<0 || c>0x10FFFF || U_IS_SURROGATE(c) ) c = 0xFFFD;
  if( c<=0xFFFF && ENTRY_TAG(t->aBmp[c])==TAG_SPACE ){
    zb_buf_putc(out, ' ');
    return out->oom ? -1 : 0;
  }
  o.b = out; o.start = out->n; o.pendingSpace = 0;
  U8_APPEND_UNSAFE(z, nz, c);
  return fold_pass(t, (const unsigned char*)z, nz, &o, 1) < 0 ? -1 : 0;
}

/* ======================================================================
** digits()
*/

/* The UTF-8 of digit d (0..9) in a system other than ZB_DIGITS_KEEP. */
static void put_digit(ZbBuf *b, ZbDigits system, int d){
  switch( system ){
    case ZB_DIGITS_PERSIAN: zb_buf_put_cp(b, 0x06F0 + d); break;
    case ZB_DIGITS_ARABIC:  zb_buf_put_cp(b, 0x0660 + d); break;
    default:                zb_buf_putc(b, (char)('0' + d)); break;
  }
}

/* Copies the text, replacing only what must change: runs of bytes that
** stay are copied in one piece.  Below U+0800 only U+0660.., U+06F0.. and
** U+07C0.. are digits, so most two-byte characters need no table lookup. */
int zb_digits(const unsigned char *z, int32_t n, ZbDigits system, ZbBuf *out){
  int asciiChanges = (system!=ZB_DIGITS_LATIN && system!=ZB_DIGITS_KEEP);
  int32_t i = 0, run = 0;
  if( zb_buf_reserve(out, (size_t)n + 16) ) return -1;
  while( i<n ){
    int32_t iStart = i, c, d;
    unsigned ch = z[i];
    if( ch<0x80 ){
      i++;
      if( !asciiChanges || ch<'0' || ch>'9' ) continue;
      c = (int32_t)ch;
    }else if( zb_is_two_byte(z, i, n) ){
      i += 2;
      if( ch!=0xD9 && ch!=0xDB && ch!=0xDF ) continue;
      c = zb_two_byte_cp(z, iStart);
    }else{
      c = zb_next_cp(z, n, &i);
    }
    d = zb_digit_value(c);
    if( d>=0 && system!=ZB_DIGITS_KEEP ){
      zb_buf_append(out, z+run, (size_t)(iStart-run));
      put_digit(out, system, d);
      run = i;
    }else if( c==0xFFFD && !(i-iStart==3 && ch==0xEF) ){
      zb_buf_append(out, z+run, (size_t)(iStart-run));
      zb_buf_put_cp(out, 0xFFFD);
      run = i;
    }
  }
  zb_buf_append(out, z+run, (size_t)(n-run));
  return out->oom ? -1 : 0;
}

/* ======================================================================
** ar_normalize()
*/

int zb_is_arabic_mark(int32_t c){
  return ((c>=0x0610 && c<=0x061A) || (c>=0x064B && c<=0x065F) || c==0x0670
       || (c>=0x06D6 && c<=0x06ED) || (c>=0x08D3 && c<=0x08FF))
      && zb_char_class(c)==ZB_CLASS_MARK;
}

/* The letter c becomes under the options, 0 to drop it, or c itself. */
static int32_t ar_map(const ZbArOptions *o, int32_t c){
  switch( c ){
    case 0x0623: case 0x0625: case 0x0622: case 0x0671: case 0x0672: case 0x0673:
      return o->alef ? 0x0627 : c;
    case 0x0649: case 0x06CC: case 0x06D0:
      return o->yeh ? 0x064A : c;
    case 0x0629:
      return o->tehMarbuta ? 0x0647 : c;
    case 0x06A9: case 0x06AA:
      return o->kaf ? 0x0643 : c;
    case 0x0640:
      return o->tatweel ? 0 : c;
  }
  if( o->diacritics && zb_is_arabic_mark(c) ) return 0;
  return c;
}

static void ar_put(ZbBuf *out, const ZbArOptions *o, int32_t c){
  int d;
  c = ar_map(o, c);
  if( c==0 ) return;
  if( o->digits!=ZB_DIGITS_KEEP && (d = zb_digit_value(c))>=0 ) put_digit(out, o->digits, d);
  else zb_buf_put_cp(out, c);
}

/* The two-byte characters that ar_normalize() may change under some
** option, by lead byte (bits of the last byte): alef, yeh, teh marbuta and
** kaf variants, tatweel, marks, Arabic-Indic and Persian digits, NKo
** digits; all of the ill-formed leads C0 C1.  Every other character below
** U+0800 is copied as it is. */
static const uint64_t aArTwoByteChanges[32] = {
  [0xC0-0xC0] = ~(uint64_t)0, [0xC1-0xC0] = ~(uint64_t)0,
  [0xD8-0xC0] = ZB_CP_BITS(0x0610, 0x061A) | ZB_CP_BITS(0x0622, 0x0623) | ZB_CP_BIT(0x0625)
              | ZB_CP_BIT(0x0629),
  [0xD9-0xC0] = ZB_CP_BIT(0x0640) | ZB_CP_BIT(0x0649) | ZB_CP_BITS(0x064B, 0x065F)
              | ZB_CP_BITS(0x0660, 0x0669) | ZB_CP_BITS(0x0670, 0x0673),
  [0xDA-0xC0] = ZB_CP_BITS(0x06A9, 0x06AA),
  [0xDB-0xC0] = ZB_CP_BIT(0x06CC) | ZB_CP_BIT(0x06D0) | ZB_CP_BITS(0x06D6, 0x06ED)
              | ZB_CP_BITS(0x06F0, 0x06F9),
  [0xDF-0xC0] = ZB_CP_BITS(0x07C0, 0x07C9),
};

/* The length of the character at z[i] if ar_normalize() certainly copies
** it as it is, else 0 (it may change: it goes through ar_put()). */
static inline int ar_plain_length(const unsigned char *z, int32_t i, int32_t n, int asciiDigits){
  unsigned lead = z[i];
  if( lead<0x80 ) return !(asciiDigits && lead>='0' && lead<='9');
  if( zb_is_two_byte(z, i, n) ) return (aArTwoByteChanges[lead-0xC0] >> (z[i+1] & 0x3F) & 1) ? 0 : 2;
  return 0;
}

/* Copies runs of characters that stay as they are in one piece; the rest
** goes through ar_put(), presentation forms through their NFKC expansion. */
int zb_ar_normalize(const unsigned char *z, int32_t n, const ZbArOptions *o, ZbBuf *out){
  int asciiDigits = (o->digits==ZB_DIGITS_PERSIAN || o->digits==ZB_DIGITS_ARABIC);
  int32_t i = 0, run = 0;
  if( zb_buf_reserve(out, (size_t)n) ) return -1;
  while( i<n ){
    int32_t c, k;
    const char *zForm;
    int nForm;
    if( (k = ar_plain_length(z, i, n, asciiDigits))>0 ){ i += k; continue; }
    zb_buf_append(out, z+run, (size_t)(i-run));
    c = zb_next_cp(z, n, &i);
    run = i;
    if( (nForm = zb_presentation_form(c, &zForm))>0 ){
      int32_t j = 0;
      while( j<nForm ) ar_put(out, o, zb_next_cp((const unsigned char*)zForm, nForm, &j));
    }else{
      ar_put(out, o, c);
    }
  }
  zb_buf_append(out, z+run, (size_t)(n-run));
  return out->oom ? -1 : 0;
}

/* ======================================================================
** SQL bindings
*/

static void fold_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  int n;
  const unsigned char *z = zb_arg_text(argv[0], &n);
  ZbBuf b;
  if( z==0 ) return;
  zb_buf_init(&b);
  zb_fold(z, n, &b);
  zb_result_buf(ctx, &b);
}

static const char *const azDigitSystems[] = { "latin", "persian", "arabic", 0 };

static void digits_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  int n, nSystem, i;
  const unsigned char *z = zb_arg_text(argv[0], &n);
  const unsigned char *zSystem = zb_arg_text(argv[1], &nSystem);
  ZbBuf b;
  if( z==0 || zSystem==0 ) return;
  i = zb_choice((const char*)zSystem, (size_t)nSystem, azDigitSystems);
  if( i<0 ){
    zb_result_error_free(ctx, zb_choice_error("digits", "digit system", (const char*)zSystem,
                                              (size_t)nSystem, azDigitSystems));
    return;
  }
  zb_buf_init(&b);
  zb_digits(z, n, (ZbDigits)i, &b);   /* the list follows ZbDigits' order */
  zb_result_buf(ctx, &b);
}

static const char *const azFoldKeep[] = { "fold", "keep", 0 };
static const char *const azRemoveKeep[] = { "remove", "keep", 0 };
static const char *const azDigitsOpt[] = { "latin", "persian", "arabic", "keep", 0 };

static const ZbOption aArOptions[] = {
  { "alef", azFoldKeep }, { "yeh", azFoldKeep }, { "teh_marbuta", azFoldKeep },
  { "kaf", azFoldKeep }, { "diacritics", azRemoveKeep }, { "tatweel", azRemoveKeep },
  { "digits", azDigitsOpt },
};

static void ar_normalize_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  int n, i;
  const unsigned char *z = zb_arg_text(argv[0], &n);
  int aVal[7] = { 0, 0, 0, 0, 0, 0, ZB_DIGITS_KEEP };
  ZbArOptions o;
  ZbBuf b;
  if( z==0 || !zb_arg_options(ctx, "ar_normalize", argc, argv, 1, aArOptions, 7, aVal) ){
    return;
  }
  /* value 0 of each flag option is "fold"/"remove" */
  for(i=0; i<6; i++) aVal[i] = !aVal[i];
  o.alef = aVal[0]; o.yeh = aVal[1]; o.tehMarbuta = aVal[2]; o.kaf = aVal[3];
  o.diacritics = aVal[4]; o.tatweel = aVal[5]; o.digits = (ZbDigits)aVal[6];
  zb_buf_init(&b);
  zb_ar_normalize(z, n, &o, &b);
  zb_result_buf(ctx, &b);
}

static const ZbFunc aNormalizeFuncs[] = {
  { "fold",         1, 1, ZB_PURE, fold_func },
  { "digits",       2, 2, ZB_PURE, digits_func },
  { "ar_normalize", 1, 2, ZB_PURE, ar_normalize_func },
};

int zb_normalize_register(sqlite3 *db, char **pzErrMsg){
  if( zb_normalize_init() ){
    *pzErrMsg = sqlite3_mprintf("zaban: out of memory building normalization tables");
    return SQLITE_NOMEM;
  }
  return zb_register_functions(db, aNormalizeFuncs,
                               sizeof(aNormalizeFuncs)/sizeof(aNormalizeFuncs[0]),
                               0, 0, pzErrMsg);
}
