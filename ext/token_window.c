/*
** token_window.c — the token window (token_window.h): the tokens of a
** text read once, in a ring, each annotated once for every reader.
**
** No SQL function of its own: dates() reads its text through a window,
** and entities() reads one that its date finder shares:
**
**   SELECT kind, surface FROM entities('le 8 octobre 2023, Amir Abdollahian');
**   -- date|8 octobre 2023    person|Amir Abdollahian
**   -- (one window: each token cut, folded and keyed once; the date
**   -- finder, the gazetteer and the rules all read it)
**
** Tokens come from the one tokenizer (tokenize.h) with punctuation; a
** punctuation token that is a bidi control (chars.h) is skipped, as the
** characters themselves are invisible.  Each token gets its fold (fold()
** without spaces, as an index term) and the key of that fold (util.h), and
** what the finders test: the code point of punctuation, the value, digit
** count and script of a number, the capitals of a word, the gap before it
** and whether it starts a sentence.
*/
#include "token_window.h"
#include "chars.h"
#include "normalize.h"

#include <stdlib.h>
#include <unicode/uchar.h>


struct ZbWindow {
  ZbWinRing ring;                /* first: zb_win_tok() reads it */
  const unsigned char *z;
  int32_t n;
  ZbTokenizer tz;
  int eof;                       /* the tokenizer is done */
  int oom;
  ZbTextLang lang;
  int32_t prevByteEnd;           /* the end of the last token read */
  int prevSentenceEnd;           /* the last token read ends a sentence */
  int nReader;
  ZbWinReader aReader[ZB_WIN_READERS];
  ZbBuf fold;                    /* scratch: folds */
  const unsigned char *aFoldByte;   /* zb_fold_bytes() */
};

/* Slots are aligned for the doubles and pointers they hold. */
#define SLOT_ALIGN 8
static size_t align_up(size_t n){ return (n + SLOT_ALIGN - 1) & ~(size_t)(SLOT_ALIGN - 1); }

ZbWindow *zb_win_open(const unsigned char *z, int32_t n, ZbLang lang){
  ZbWindow *w = calloc(1, sizeof(*w));
  if( w==0 ) return 0;
  w->ring.szSlot = align_up(sizeof(ZbWinTok));
  zb_buf_init(&w->fold);
  w->aFoldByte = zb_fold_bytes();
  if( w->aFoldByte==0 || zb_buf_reserve(&w->fold, ZB_WIN_FOLD_MAX) || zb_win_reset(w, z, n, lang) ){
    zb_win_close(w);
    return 0;
  }
  return w;
}

int zb_win_reset(ZbWindow *w, const unsigned char *z, int32_t n, ZbLang lang){
  w->z = z ? z : (const unsigned char*)"";
  w->n = z && n>0 ? n : 0;
  w->ring.nTok = 0;
  w->eof = w->oom = 0;
  w->prevByteEnd = 0;
  w->prevSentenceEnd = 0;
  zb_text_lang_init(&w->lang, w->z, w->n, lang);
  return zb_tok_init(&w->tz, w->z, w->n, ZB_TOK_WITH_PUNCT);
}

void zb_win_close(ZbWindow *w){
  if( w==0 ) return;
  free(w->ring.aRing);
  zb_buf_free(&w->fold);
  free(w);
}

int zb_win_attach(ZbWindow *w, const ZbWinReader *pReader){
  if( w->nReader>=ZB_WIN_READERS || w->ring.aRing ) return -1;
  w->aReader[w->nReader] = *pReader;
  w->ring.aExtra[w->nReader] = w->ring.szSlot;
  w->ring.szSlot += align_up(pReader->szExtra);
  return w->nReader++;
}

static ZbWinTok *slot_of(const ZbWindow *w, int64_t i){
  return (ZbWinTok*)(w->ring.aRing + (size_t)(i & (w->ring.nRing - 1))*w->ring.szSlot);
}

/* The lowest token some reader may still ask for. */
static int64_t lowest_hold(const ZbWindow *w){
  int64_t iLow = w->ring.nTok;
  int k;
  for(k=0; k<w->nReader; k++){
    int64_t iHold = *w->aReader[k].piAnchor - w->aReader[k].nLookback;
    if( iHold<iLow ) iLow = iHold;
  }
  return iLow;
}

/* Moves the tokens into a ring of nRing slots. */
static int ring_resize(ZbWindow *w, uint32_t nRing){
  unsigned char *a = malloc((size_t)nRing * w->ring.szSlot);
  int64_t i, iFirst = w->ring.nTok - w->ring.nRing;
  if( a==0 ) return -1;
  for(i=iFirst<0 ? 0 : iFirst; w->ring.aRing && i<w->ring.nTok; i++){
    memcpy(a + (size_t)(i & (nRing - 1))*w->ring.szSlot, slot_of(w, i), w->ring.szSlot);
  }
  free(w->ring.aRing);
  w->ring.aRing = a;
  w->ring.nRing = nRing;
  return 0;
}

/* Makes room for token nTok: the ring grows if it would push out a token
** a reader holds. */
static int make_room(ZbWindow *w){
  if( w->ring.aRing==0 ) return ring_resize(w, ZB_WIN_RING);
  if( w->ring.nTok>=w->ring.nRing && w->ring.nTok - w->ring.nRing>=lowest_hold(w) ){
    return ring_resize(w, 2*w->ring.nRing);
  }
  return 0;
}

/* What lies between two tokens: nothing but invisible characters (joiners,
** bidi controls), white space, or a line break. */
static ZbGap gap_between(const unsigned char *z, int32_t i, int32_t iEnd){
  ZbGap gap = ZB_GAP_TOUCH;
  while( i<iEnd ){
    int32_t c = zb_next_cp(z, iEnd, &i);
    if( zb_is_line_break(c) ) return ZB_GAP_LINE;
    if( !zb_is_bidi_control(c) && !zb_is_joiner(c) ) gap = ZB_GAP_SPACE;
  }
  return gap;
}

static int32_t first_cp(const unsigned char *z, const ZbToken *k){
  int32_t i = k->iByte;
  return zb_next_cp(z, k->iByteEnd, &i);
}

static int is_upper(int32_t c){
  return c<0x80 ? (c>='A' && c<='Z') : u_isUUppercase(c)!=0;
}

/* The digits of a number token (combining marks skipped). */
static void read_digits(const unsigned char *z, ZbWinTok *t){
  int32_t i = t->t.iByte;
  int nDigit = 0, script = -1;
  while( i<t->t.iByteEnd ){
    int32_t c = zb_next_cp(z, t->t.iByteEnd, &i);
    int d = zb_digit_value(c), s;
    if( d<0 ) continue;
    s = c<0x80 ? ZB_SCRIPT_ASCII : (c>=0x06F0 && c<=0x06F9) ? ZB_SCRIPT_PERSIAN
      : (c>=0x0660 && c<=0x0669) ? ZB_SCRIPT_ARABIC : ZB_SCRIPT_OTHER;
    script = script<0 || script==s ? s : ZB_SCRIPT_MIXED;
    t->value = t->value*10 + d;
    if( nDigit<255 ) nDigit++;
  }
  t->nDigit = (uint8_t)nDigit;
  t->script = (uint8_t)(script<0 ? ZB_SCRIPT_OTHER : script);
}

/* The capitals of a word: the first letter; for a Latin word also how many
** letters it has and whether they are all capitals. */
static void read_case(const unsigned char *z, ZbWinTok *t){
  int32_t i = t->t.iByte;
  int nUpper = 0, nLower = 0;
  t->capital = (uint8_t)is_upper(first_cp(z, &t->t));
  while( t->t.kind==ZB_TOK_LATIN && i<t->t.iByteEnd ){
    int32_t c = z[i]<0x80 ? z[i++] : zb_next_cp(z, t->t.iByteEnd, &i);
    if( is_upper(c) ) nUpper++;
    else if( c<0x80 ? (c>='a' && c<='z') : u_isULowercase(c) ) nLower++;
  }
  t->nLetter = (uint8_t)(nUpper + nLower > 255 ? 255 : nUpper + nLower);
  t->allCaps = (nLower==0 && nUpper>=2);
}

/* Punctuation that ends a sentence, by its fold: . ! ? : ؟ (an ellipsis
** folds to three periods and does not). */
static int ends_sentence(const char *zFold, size_t n){
  return (n==1 && (zFold[0]=='.' || zFold[0]=='!' || zFold[0]=='?' || zFold[0]==':'))
      || (n==2 && memcmp(zFold, "\xD8\x9F", 2)==0);
}

/* Folds a token whose every byte folds to one ASCII byte (most numbers,
** punctuation and English words) into t->zFold, byte by byte, as
** zb_tok_fold() would (zb_fold_bytes()).  Returns 0 if the token is not
** one of those or too long. */
static int fold_ascii(const ZbWindow *w, ZbWinTok *t){
  const unsigned char *z = w->z + t->t.iByte;
  int32_t n = t->t.iByteEnd - t->t.iByte, i;
  if( n>ZB_WIN_FOLD_MAX ) return 0;
  for(i=0; i<n; i++){
    unsigned char m = w->aFoldByte[z[i]];
    if( m>=0x80 || m==' ' ) return 0;
    t->zFold[i] = (char)m;
  }
  t->nFold = (uint8_t)n;
  return 1;
}

/* The token's fold and its key: byte by byte when it can be, else by
** zb_tok_fold(). */
static int fold_token(ZbWindow *w, ZbWinTok *t){
  if( fold_ascii(w, t) ){
    t->key = zb_token_key(t->zFold, t->nFold);
    return 0;
  }
  w->fold.n = 0;
  if( zb_tok_fold(w->z, &t->t, &w->fold) ) return -1;
  t->key = zb_token_key(w->fold.z, w->fold.n);
  if( w->fold.n<=ZB_WIN_FOLD_MAX ){
    t->nFold = (uint8_t)w->fold.n;
    memcpy(t->zFold, w->fold.z, ZB_WIN_FOLD_MAX);  /* one fixed-size copy (fold has room) */
  }else{
    t->nFold = ZB_WIN_FOLD_LONG;
  }
  return 0;
}

/* Fills in a token read from the tokenizer. */
static int annotate(ZbWindow *w, ZbWinTok *t, const ZbToken *k){
  memset(t, 0, sizeof(*t));
  t->t = *k;
  t->gap = (uint8_t)(w->ring.nTok==0 ? ZB_GAP_LINE : gap_between(w->z, w->prevByteEnd, k->iByte));
  if( fold_token(w, t) ) return -1;
  switch( k->kind ){
    case ZB_TOK_NUMBER:
      read_digits(w->z, t);
      break;
    case ZB_TOK_PUNCT:
      t->cp = first_cp(w->z, k);
      t->sentenceEnd = (uint8_t)ends_sentence(t->zFold, t->nFold);
      break;
    case ZB_TOK_ARABIC:
      break;                     /* no capitals */
    default:
      read_case(w->z, t);
      break;
  }
  t->sentenceStart = (uint8_t)(w->ring.nTok==0 || w->prevSentenceEnd || t->gap==ZB_GAP_LINE);
  w->prevSentenceEnd = t->sentenceEnd;
  w->prevByteEnd = k->iByteEnd;
  return 0;
}

/* The next token that is not a bidi control, or 0 at the end. */
static int next_visible(ZbWindow *w, ZbToken *k){
  while( zb_tok_next(&w->tz, k) ){
    if( k->kind!=ZB_TOK_PUNCT || !zb_is_bidi_control(first_cp(w->z, k)) ) return 1;
  }
  return 0;
}

/* Reads the next token into the ring: 1, 0 at the end, -1 on OOM. */
static int read_token(ZbWindow *w){
  ZbToken k;
  ZbWinTok *t;
  int r;
  if( !next_visible(w, &k) ){ w->eof = 1; return 0; }
  if( make_room(w) ){ w->oom = 1; return -1; }
  t = slot_of(w, w->ring.nTok);
  if( annotate(w, t, &k) ){ w->oom = 1; return -1; }
  w->ring.nTok++;
  for(r=0; r<w->nReader; r++){
    w->aReader[r].xEnter(w->aReader[r].pArg, w, t, zb_win_extra(w, r, t));
  }
  return 1;
}

ZbWinTok *zb_win_read(ZbWindow *w, int64_t i){
  if( i<0 ) return 0;
  while( i>=w->ring.nTok ){
    if( w->eof || w->oom || read_token(w)<=0 ) return 0;
  }
  if( i<w->ring.nTok - w->ring.nRing ) return 0;
  return slot_of(w, i);
}

int zb_win_oom(const ZbWindow *w){
  return w->oom;
}

const char *zb_win_fold(ZbWindow *w, const ZbWinTok *t, int32_t *pn){
  if( t->nFold!=ZB_WIN_FOLD_LONG ){
    *pn = t->nFold;
    return t->zFold;
  }
  w->fold.n = 0;
  if( zb_tok_fold(w->z, &t->t, &w->fold) ){
    w->oom = 1;
    return 0;
  }
  *pn = (int32_t)w->fold.n;
  return w->fold.z;
}

const unsigned char *zb_win_text(const ZbWindow *w, int32_t *pn){
  *pn = w->n;
  return w->z;
}

ZbLang zb_win_lang(ZbWindow *w){
  return zb_text_lang(&w->lang);
}
