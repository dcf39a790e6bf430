/*
** fa_normalize_int.h — what the two halves of fa_normalize() share: the
** items the scan cuts the text into (fa_normalize.c) and the segment of
** items the rules rewrite and write (fa_rewrite.c).
**
**   text → fa_normalize.c: characters mapped, cut into items → a segment
**   of items → fa_rewrite.c: words, joins, punctuation, spacing → text
*/
#ifndef ZABAN_FA_NORMALIZE_INT_H
#define ZABAN_FA_NORMALIZE_INT_H
#include "fa_normalize.h"

#define ZWNJ 0x200C

/* Bytes copied at once: a short text is copied as one block of this size,
** which may read past its end (the work buffer keeps that much room). */
#define COPY_BLOCK 16

/* ======================================================================
** Items and gaps.
*/

enum ItemType { ITEM_PWORD, ITEM_WORD, ITEM_NUM, ITEM_PUNCT };
enum Gap { GAP_NONE, GAP_SPACE, GAP_NEWLINE, GAP_PARAGRAPH };

typedef struct Item {
  uint8_t type;       /* enum ItemType */
  uint8_t gap;        /* enum Gap: the whitespace before the item */
  uint8_t latin;      /* in a run of text (between spaces) with Latin letters */
  uint8_t flags;      /* ITEM_PWORD: ITEM_REPEATS, ITEM_LETTERS */
  int32_t cp;         /* ITEM_PUNCT: its code point */
  uint32_t off, len;  /* its text, in the work buffer */
} Item;

#define ITEM_REPEATS 1     /* a letter may occur three times or more in a row */
#define ITEM_LETTERS 2     /* made of letters of the lexicon only */

/* A segment is cut at a newline once it has SEGMENT_ITEMS/2 items, at any
** space once it has SEGMENT_ITEMS, and anywhere at MAX_ITEMS (only in a
** run of thousands of items without a space). */
#define SEGMENT_ITEMS 4096
#define MAX_ITEMS (2*SEGMENT_ITEMS)
#define FIRST_ITEMS 64      /* items held without allocating: most lines */

typedef struct Segment {
  const ZbFaOptions *o;
  ZbBuf *work;        /* the mapped text; rewritten item texts are appended */
  ZbBuf tmp;          /* a word being rewritten */
  Item *a;            /* aFirst, or allocated when a line has more items */
  int n, nAlloc;
  /* what the items contain, so that rules with nothing to do are skipped */
  unsigned hasTypes;  /* bit 1 << type: an item of that type */
  int hasQuote;       /* a '"' */
  int hasDots;        /* a '.' right after a '.' */
  int prevLatin;      /* the last run of the segment before is Latin */
  Item aFirst[FIRST_ITEMS];
} Segment;

static inline const char *item_text(const Segment *s, const Item *it){
  return s->work->z + it->off;
}

static inline int is_punct(const Item *it, int32_t c){
  return it->type==ITEM_PUNCT && it->cp==c;
}

/* Whether a run of text between whitespace is Latin, left as written: it
** has letters of a non-Arabic script, or it has a number and no letters
** and follows a Latin run after a space (iPhone 15, Windows 11, "on April
** 30, 2022.").  The one rule of mark_latin_runs() and written_as_is(). */
static inline int is_latin_run(int hasLatinLetters, int hasPersianLetters, int hasNumber,
                               int afterLatinSpace){
  return hasLatinLetters || (hasNumber && !hasPersianLetters && afterLatinSpace);
}

/* Rewrites the items of segment s by the rules the options ask for, writes
** them to out (whose result starts at outStart), and empties s
** (fa_rewrite.c). */
void zb_fa_segment_write(Segment *s, ZbBuf *out, size_t outStart);

#endif
