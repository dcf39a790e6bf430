/*
** token_window.h — one window of annotated tokens over a text, read once
** and shared by every finder: the tokens of the one tokenizer (tokenize.h,
** punctuation included; bidi controls, which are invisible, are no
** tokens), each with what the finders ask of it worked out once: its fold
** and key, its capitals, the value and digits of a number, the code point
** of a punctuation mark, what separates it from the token before, whether
** it starts a sentence.  Pure C, no SQLite types.
**
**   ZbWindow *w = zb_win_open(z, n, ZB_LANG_AUTO);      (NULL: out of memory)
**   ZbWinTok *t = zb_win_tok(w, i);     token i (0-based), read on demand;
**                                       NULL past the end
**   zb_win_lang(w)                      the text's language (lang.h), once
**   zb_win_close(w);
**
** dates() reads a window of its own; entities() reads one and hands it to
** its date finder, so that each text is tokenized and folded once.
**
** The window is a ring: tokens are kept from the lowest one that some
** reader may still ask for (its hold, ZbWinReader) to the last one read.
** It starts with ZB_WIN_RING tokens and grows only if the readers' holds
** and read-ahead span more.  A reader may keep bytes of its own with each
** token (zb_win_attach): they are filled by its xEnter when the token is
** read, and live as long as the token does.
*/
#ifndef ZABAN_TOKEN_WINDOW_H
#define ZABAN_TOKEN_WINDOW_H
#include "lang.h"
#include "tokenize.h"

/* What separates a token from the one before it. */
typedef enum ZbGap {
  ZB_GAP_TOUCH,        /* nothing visible: the tokens touch (joiners may stand between) */
  ZB_GAP_SPACE,        /* white space */
  ZB_GAP_LINE          /* a line break (chars.h); also before the first token */
} ZbGap;

/* The script of a number's digits. */
typedef enum ZbDigitScript {
  ZB_SCRIPT_ASCII,     /* 0-9 */
  ZB_SCRIPT_PERSIAN,   /* ۰-۹ */
  ZB_SCRIPT_ARABIC,    /* ٠-٩ */
  ZB_SCRIPT_OTHER,     /* the digits of any other script */
  ZB_SCRIPT_MIXED      /* digits of several scripts */
} ZbDigitScript;

#define ZB_WIN_FOLD_MAX 38     /* folds up to this many bytes are kept in the token */

typedef struct ZbWinTok {
  ZbToken t;               /* its span in the text, and its kind */
  int32_t cp;              /* punctuation: its code point as written */
  uint64_t key;            /* zb_token_key() of its fold */
  double value;            /* numbers: the value of the digits */
  uint8_t nDigit;          /* numbers: digits, up to 255 */
  uint8_t script;          /* numbers: ZbDigitScript */
  uint8_t gap;             /* ZbGap: what separates it from the token before */
  uint8_t capital;         /* words: the first letter is upper case */
  uint8_t allCaps;         /* Latin words: two letters or more, all upper case */
  uint8_t nLetter;         /* Latin words: letters, up to 255 */
  uint8_t sentenceStart;   /* the first token, or after a line break or a
                           ** punctuation mark that ends a sentence */
  uint8_t sentenceEnd;     /* punctuation that ends a sentence: . ! ? : ؟ */
  uint8_t nFold;           /* bytes of zFold, or ZB_WIN_FOLD_LONG */
  char zFold[ZB_WIN_FOLD_MAX];   /* its fold(), without spaces (zb_tok_fold) */
} ZbWinTok;
#define ZB_WIN_FOLD_LONG 0xFF    /* the fold did not fit: zb_win_fold() folds again */
_Static_assert(ZB_WIN_FOLD_MAX < ZB_WIN_FOLD_LONG, "nFold holds a kept fold's length");

/* The ring a window starts with (a power of two).  The readers' reach fits
** in it: dates() looks ZB_DATES_LOOKBACK tokens back and ZB_DATES_LOOKAHEAD
** ahead, entities() a few back and ZB_ENT_LOOKAHEAD ahead of its cursor. */
#define ZB_WIN_RING 256

typedef struct ZbWindow ZbWindow;

#define ZB_WIN_READERS 2         /* dates(); or entities() and its date finder */

/* The ring, as zb_win_tok() and zb_win_extra() read it (the rest of
** ZbWindow is private to token_window.c). */
typedef struct ZbWinRing {
  unsigned char *aRing;    /* nRing slots of szSlot bytes: token i is in slot i % nRing */
  size_t szSlot;           /* a ZbWinTok, then each reader's bytes */
  uint32_t nRing;          /* a power of two */
  int64_t nTok;            /* tokens read */
  size_t aExtra[ZB_WIN_READERS];   /* where each reader's bytes are in a slot */
} ZbWinRing;

/* A window over the n bytes at z, which must stay valid until
** zb_win_close().  lang is the text's language, or ZB_LANG_AUTO to detect
** it when a reader first asks.  NULL if memory ran out. */
ZbWindow *zb_win_open(const unsigned char *z, int32_t n, ZbLang lang);
void zb_win_close(ZbWindow *w);

/* Starts the window again on another text, keeping its memory and its
** readers (whose state is theirs to reset).  Returns 0, or -1 on OOM. */
int zb_win_reset(ZbWindow *w, const unsigned char *z, int32_t n, ZbLang lang);

/* A reader of the window.  It asks for no token before *piAnchor -
** nLookback (its hold: the window keeps every token from there on), and
** keeps szExtra bytes of its own with each token, filled by xEnter(pArg, w,
** t, pExtra) as the token is read (xEnter reads no other token).  Must be
** called before the first token is read.  Returns the reader's number
** (for zb_win_extra), or -1. */
typedef struct ZbWinReader {
  size_t szExtra;
  void (*xEnter)(void *pArg, ZbWindow *w, ZbWinTok *t, void *pExtra);
  void *pArg;
  const int64_t *piAnchor;       /* the reader's own field, read when tokens are pushed out */
  int nLookback;
} ZbWinReader;
int zb_win_attach(ZbWindow *w, const ZbWinReader *pReader);
static inline void *zb_win_extra(const ZbWindow *w, int iReader, const ZbWinTok *t){
  return (unsigned char*)t + ((const ZbWinRing*)w)->aExtra[iReader];   /* ZbWindow begins with its ring */
}

/* Token i, read as needed; NULL if i < 0, past the end of the text, or
** below every reader's hold.  NULL, and zb_win_oom() true, if memory ran
** out. */
ZbWinTok *zb_win_read(ZbWindow *w, int64_t i);
static inline ZbWinTok *zb_win_tok(ZbWindow *w, int64_t i){
  const ZbWinRing *r = (const ZbWinRing*)w;          /* ZbWindow begins with its ring */
  if( i>=0 && i<r->nTok && i>=r->nTok - r->nRing ){
    return (ZbWinTok*)(r->aRing + (size_t)(i & (r->nRing - 1))*r->szSlot);
  }
  return zb_win_read(w, i);
}
int zb_win_oom(const ZbWindow *w);

/* The fold of a token (without spaces) and its length: from the token, or
** folded again into the window's scratch buffer if it was too long to keep
** (valid until the next call).  NULL if memory ran out. */
const char *zb_win_fold(ZbWindow *w, const ZbWinTok *t, int32_t *pn);

/* The one-byte fold of a punctuation token (',' '(' '-' …), or 0. */
static inline char zb_win_punct(const ZbWinTok *t){
  return t->t.kind==ZB_TOK_PUNCT && t->nFold==1 ? t->zFold[0] : 0;
}

/* The text and its length in bytes, and its language (detected once, when
** first asked). */
const unsigned char *zb_win_text(const ZbWindow *w, int32_t *pn);
ZbLang zb_win_lang(ZbWindow *w);

#endif
