/*
** dates_int.h — what the files of dates() share: the meanings of words
** (date_words.c), the tokens as the patterns read them, and what a pattern
** finds (date_patterns.c), which dates.c resolves and returns.
**
**   text → token window (token_window.h) → date_words.c: what each word
**   means → date_patterns.c: what the tokens at an anchor say (Comp) →
**   dates.c: resolved against the reference → rows
*/
#ifndef ZABAN_DATES_INT_H
#define ZABAN_DATES_INT_H
#include "dates.h"
#include "chars.h"

/* ======================================================================
** The meanings of words (date_words.c): every word the patterns need
** besides the calendar's month and weekday names, and the properties of
** names that are also ordinary words.
*/

enum WordType {
  W_NONE = 0,
  W_MONTH,            /* cal, arg = 1..12 */
  W_WEEKDAY,          /* arg = 0 (Saturday) .. 6 (Friday) */
  W_WEEKDAY_NUMBER,   /* یک دو سه چهار پنج: a weekday written apart (سه شنبه) */
  W_RELATIVE,         /* arg = days after the reference (امروز 0, hier -1) */
  W_RELATIVE_PREFIX,  /* doubles the relative day after it, in direction arg:
                      ** پس فردا, avant-hier, après-demain, أول أمس, بعد غد */
  W_LAST, W_NEXT,     /* last / next Thursday, jeudi dernier, شب گذشته */
  W_YEAR_WORD,        /* سال, year, عام: a year follows; cal: the calendar
                      ** a year 1200..1499 is in after it */
  W_YEAR_PREP,        /* in, since, en, منذ: a year 1900..2100 may follow */
  W_TIME_WORD,        /* ساعت, الساعة: an hour may follow */
  W_TIME_PREP,        /* at, à, vers, در */
  W_HOUR_UNIT,        /* 16h12, 16 heures */
  W_AMPM,             /* arg = DP_AM or DP_PM */
  W_DAYPART,          /* صبح, شب, soir, night: arg = DP_* */
  W_ERA,              /* cal; -1 = before the era (BC, ق.م) */
  W_ORDINAL,          /* 8th, 1er, ۱۶ام */
  W_OF,               /* the 8th of October */
  W_MONTH_WORD,       /* ماه: ۱۶ مهر ماه */
  W_CONNECTOR,        /* on, le, روز, يوم, الموافق: between a weekday, a date, a time */
  W_HABITUAL,         /* every, chaque, هر: "every Friday" is not a date */
  W_TITLE_BEFORE,     /* امام جمعه, Good Friday: not a date */
  W_TITLE_AFTER       /* Sunday Times, Friday prayers, الأحد عشر: not a date */
};

enum DayPart { DP_AM = 1, DP_PM, DP_NOON, DP_NIGHT };

#define F_CAPITAL      0x01  /* counts only written with a capital: May, March */
#define F_NEED_YEAR    0x02  /* a month that counts only with its year: می, صفر */
#define F_NEED_DAY     0x04  /* a month that counts only with a day: میزان, جدی */
#define F_CAP_NEED_DAY 0x08  /* with a capital it needs a day: Mars 2020 (the rover) */
#define F_IN_SURFACE   0x10  /* a context word that is part of the surface */
#define F_DAY_NOUN     0x20  /* روز: روز گذشته is yesterday */
#define F_HUI          0x40  /* aujourd: needs 'hui */
#define F_NOT_NOUN     0x80  /* اليوم: not before a definite word (اليوم الأول) */

typedef struct WordInfo {
  uint8_t type;       /* enum WordType */
  int8_t cal;         /* ZbCalendar (months, eras, year words), -1 */
  int8_t arg;
  uint8_t flags;
} WordInfo;

/* What a folded word (or words, separated by single spaces), the n bytes
** at z whose key (zb_token_key()) the caller has, means: the word table
** first, then the calendar's month and weekday names.  Returns 1 and fills
** *pInfo, or 0. */
int zb_date_lookup(const char *z, int n, uint64_t key, WordInfo *pInfo);

/* ======================================================================
** The tokens
**
** Tokens (words, numbers, punctuation) come from a token window
** (token_window.h); each word gets its meaning (dates.c) as it enters the
** window.  Patterns look at most ZB_DATES_LOOKBACK tokens back (context
** words, guards) and ZB_DATES_LOOKAHEAD ahead of the token a match is
** tried at.  A match never starts before the end of the previous one
** (iFloor).
*/

#define MAX_WORD_BYTES 64        /* longer words are no date words */
_Static_assert(ZB_DATES_LOOKBACK + ZB_DATES_LOOKAHEAD < ZB_WIN_RING,
               "the window holds what dates() looks at without growing");

/* What dates() keeps with each token of the window. */
typedef struct DateWord {
  WordInfo info;        /* words: what the word means */
  uint8_t withMah;      /* months written with ماه (مهرماه) */
} DateWord;

struct ZbDates {
  ZbWindow *w;
  const unsigned char *z;   /* the window's text */
  int32_t n;
  int ownWindow;        /* w is dates()' own, closed with it */
  int iReader;          /* its reader number in w */
  ZbDatesOptions opt;
  int64_t iNext;        /* the token the search goes on from */
  int64_t iFloor;       /* the first token after the last match */
  int64_t iAnchor;      /* the token a match is being tried at */
  ZbBuf fold;           /* scratch for folded spans */
};

static inline const DateWord *date_word(const ZbDates *p, const ZbWinTok *k){
  return zb_win_extra(p->w, p->iReader, k);
}

/* What a word means (all zero for numbers and punctuation). */
static inline const WordInfo *meaning(const ZbDates *p, const ZbWinTok *k){
  return &date_word(p, k)->info;
}

/* A token's value as the patterns read it: a number's, -1 above 9 digits;
** a punctuation mark's code point; 0 for a word. */
static inline int32_t value_of(const ZbWinTok *k){
  if( k->t.kind == ZB_TOK_PUNCT ) return k->cp;
  if( k->t.kind == ZB_TOK_NUMBER ) return k->nDigit > 9 ? -1 : (int32_t)k->value;
  return 0;
}

/* Token i, or NULL: past the end, or outside the window around iAnchor. */
static inline const ZbWinTok *tok(ZbDates *p, int64_t i){
  if( i < p->iAnchor - ZB_DATES_LOOKBACK || i > p->iAnchor + ZB_DATES_LOOKAHEAD ) return 0;
  return zb_win_tok(p->w, i);
}

static inline int is_word(const ZbWinTok *k){
  return k && (k->t.kind == ZB_TOK_ARABIC || k->t.kind == ZB_TOK_LATIN || k->t.kind == ZB_TOK_LETTER);
}
static inline int is_num(const ZbWinTok *k){ return k && k->t.kind == ZB_TOK_NUMBER; }
static inline int word_type(const ZbDates *p, const ZbWinTok *k){
  return is_word(k) ? meaning(p, k)->type : W_NONE;
}
static inline int is_punct(const ZbWinTok *k, int32_t c){
  return k && k->t.kind == ZB_TOK_PUNCT && k->cp == c;
}
static inline int is_comma(const ZbWinTok *k){
  return k && k->t.kind == ZB_TOK_PUNCT && (k->cp == ',' || k->cp == 0x060C);
}
/* Separators inside numbers: 10.5, 1,400, ۲٫۵, 2-1, 3/4, 1:10. */
static inline int is_number_separator(int32_t c){
  return c == '.' || c == ',' || c == '/' || c == ':' || c == 0x066B || c == 0x066C
      || c == 0x060C || zb_is_dash(c);
}
/* Same line as the token before (touching or spaces). */
static inline int inline_tok(const ZbWinTok *k){ return k && k->gap != ZB_GAP_LINE; }
static inline int spaced(const ZbWinTok *k){ return k && k->gap == ZB_GAP_SPACE; }
static inline int touching(const ZbWinTok *k){ return k && k->gap == ZB_GAP_TOUCH; }

/* The language of the text (lang.h), as the window has it. */
static inline ZbLang text_lang(ZbDates *p){
  return zb_win_lang(p->w);
}

/* ======================================================================
** What the patterns find (date_patterns.c)
*/

/* What a pattern found.  A date has its calendar and y, m, d (0 when not
** written: a date without its year, a month, a year); a weekday and a
** relative day are resolved against the reference later. */
enum CompKind { K_DATE = 1, K_TIME, K_WEEKDAY, K_RELATIVE };

typedef struct Comp {
  int64_t iFirst, iLast;  /* tokens */
  int kind;               /* enum CompKind */
  int cal;                /* K_DATE: ZbCalendar */
  int y, m, d;
  int weekday;            /* written weekday, or -1 */
  int direction;          /* K_WEEKDAY: 0 on or before the reference, -1 last, +1 next */
  int offset;             /* K_RELATIVE: days after the reference */
  int hour, minute, second;   /* hour -1: no time */
  int weak;               /* a month that needs its year (۲ مه) has none: it
                          ** counts only after a weekday (چهارشنبه ۲ مه) */
  unsigned notes;
} Comp;

/* Token kinds a match can start at: numbers and date words. */
int zb_date_is_anchor(const ZbDates *p, const ZbWinTok *k);

/* The match at token i: a day or a time, and the time or day next to it
** (۱۶:۱۲ ۰۴ آذر ۱۴۰۰, October 8, 2023 at 4:12 pm, hier à 16h).  Returns 1
** with *c filled, or 0. */
int zb_date_match_at(ZbDates *p, int64_t i, Comp *c);

#endif
