/*
** dates.h — dates and times in running text: the extractor behind the SQL
** table dates(text [, reference [, lang]]), reusable from C (entities()
** takes its 'date' and 'time' entities from it).  Pure C, no SQLite types.
**
**   ZbDatesOptions opt = { 1, refDay, ZB_LANG_AUTO };
**   ZbDates *p = zb_dates_open(z, n, &opt);          (NULL: out of memory)
**   ZbDateMatch m;
**   char zValue[ZB_DATES_VALUE_MAX];
**   while( zb_dates_next(p, &m) > 0 ){
**     ... z + m.iByte, m.iByteEnd - m.iByte is the text as written ...
**     if( zb_dates_format(&m, ZB_GREGORIAN, zValue) ) ... '2021-11-25T16:12'
**   }
**   zb_dates_close(p);
**
** Matches come in text order and never overlap.  What is recognized, and
** how a date without its year, a weekday or "yesterday" is resolved against
** the reference, is told in docs/dates.md.  Precision
** comes before recall: a number is never a date on its own (a count, a
** score, a phone number, a version), and a month name that is also a word
** (مهر, May, mars) counts only next to a day or a year.
*/
#ifndef ZABAN_DATES_H
#define ZABAN_DATES_H
#include "calendar.h"
#include "token_window.h"

/* How far the patterns look from the token a match is tried at: back, for
** context words (سال, last) and guards (G7, +98); ahead, for the rest of
** the match. */
#define ZB_DATES_LOOKBACK 16
#define ZB_DATES_LOOKAHEAD 80

typedef enum ZbDatePrecision {
  ZB_DATE_DAY,          /* '2021-11-25' */
  ZB_DATE_MONTH,        /* '2024-06' */
  ZB_DATE_YEAR,         /* '2024' */
  ZB_DATE_TIME,         /* '16:12' (no date) */
  ZB_DATE_DATETIME      /* '2021-11-25T16:12' */
} ZbDatePrecision;

/* Notes on a match (bits of ZbDateMatch.notes; texts: zb_dates_note). */
#define ZB_DATE_NOTE_WEEKDAY_CONTRADICTS 0x01  /* the written weekday is not the date's: the date is kept */
#define ZB_DATE_NOTE_YEAR_FROM_WEEKDAY   0x02  /* the year was chosen so that the weekday fits */
#define ZB_DATE_NOTE_YEAR_FROM_REFERENCE 0x04  /* the year was not written: taken from the reference */
#define ZB_DATE_NOTE_AMBIGUOUS_ORDER     0x08  /* 05/06/2023: day and month could be either */
#define ZB_DATE_NOTE_NEEDS_REFERENCE     0x10  /* no value: resolving it needs a reference */
#define ZB_DATE_NOTE_OUT_OF_RANGE        0x20  /* no value: it resolves outside 0000-01-01..9999-12-31 */

typedef struct ZbDateMatch {
  int32_t iByte, iByteEnd;    /* the text as written: bytes [iByte, iByteEnd) */
  int32_t iChar, iCharEnd;    /* the same span in characters, as SQLite counts
                              ** them: substr(text, iChar+1, iCharEnd-iChar) */
  ZbDatePrecision precision;
  int calendar;               /* the calendar the text wrote the date in
                              ** (ZB_JALALI, ZB_GREGORIAN or ZB_HIJRI), or -1 for
                              ** a weekday, a relative day or a time alone */
  int hasValue;               /* 0: found, but it needs a reference, or it
                              ** resolves outside 0000-01-01..9999-12-31 */
  int32_t day;                /* the date as a day number (calendar.h); for a
                              ** month or a year, its first day */
  int hour, minute, second;   /* the time, or hour = -1; second = -1 when the
                              ** text gave none */
  unsigned notes;             /* ZB_DATE_NOTE_* */
} ZbDateMatch;

typedef struct ZbDatesOptions {
  int hasReference;           /* 1: referenceDay resolves what the text leaves open */
  int32_t referenceDay;       /* a day number */
  ZbLang lang;                /* the text's language (decides 05/06/2023 and whether
                              ** 1400/09/04 is Jalali or Hijri), or ZB_LANG_AUTO to
                              ** detect it with zb_lang() when a decision needs it */
} ZbDatesOptions;

typedef struct ZbDates ZbDates;

/* Builds the word tables once per process (the other functions call it
** themselves).  Returns 0, or -1 with a malloc'd message in *pzErr (NULL if
** memory ran out). */
int zb_dates_init(char **pzErr);

/* Starts extracting from the n bytes at z, which must stay valid until
** zb_dates_close().  Any bytes: ill-formed UTF-8 reads as U+FFFD and nothing
** outside z[0..n) is read.  Returns NULL if memory ran out. */
ZbDates *zb_dates_open(const unsigned char *z, int32_t n, const ZbDatesOptions *opt);

/* The same, on the tokens of a window that another reader shares (the
** window's language is the text's: opt->lang is not used).  The window
** must stay open until zb_dates_close(), which leaves it open. */
ZbDates *zb_dates_open_window(ZbWindow *w, const ZbDatesOptions *opt);

/* Starts an extractor opened by zb_dates_open() again on another text, as
** zb_dates_open() would, keeping its memory.  Returns 0, or -1 on OOM. */
int zb_dates_reset(ZbDates *p, const unsigned char *z, int32_t n, const ZbDatesOptions *opt);

/* The next match: 1, 0 at the end, -1 if memory ran out. */
int zb_dates_next(ZbDates *p, ZbDateMatch *pMatch);

/* The next match that may start at or before token iTok of the window
** (its first token is at most ZB_DATES_LOOKBACK tokens before the token it
** is tried at, so tokens up to iTok + ZB_DATES_LOOKBACK are tried): 1, 0 if
** there is none yet (call again with a later token), -1 if memory ran out.
** A reader that walks the window token by token (entities()) finds the
** matches zb_dates_next() would, without reading far ahead. */
int zb_dates_next_by(ZbDates *p, int64_t iTok, ZbDateMatch *pMatch);

void zb_dates_close(ZbDates *p);

/* Writes the value of a match in calendar cal (ZB_GREGORIAN for the value
** column, ZB_JALALI for the jalali one) with a NUL: '2021-11-25',
** '2021-11', '2021', '16:12', '2021-11-25T16:12' (seconds when written).  A
** month or a year in another calendar is the month or year of its first
** day.  Returns the length, or 0 when the match has no value. */
#define ZB_DATES_VALUE_MAX 40
int zb_dates_format(const ZbDateMatch *m, ZbCalendar cal, char *zBuf);

/* 'day', 'month', 'year', 'time', 'datetime'. */
const char *zb_dates_precision_name(ZbDatePrecision precision);

/* 'jalali', 'gregorian', 'hijri', or NULL for -1. */
const char *zb_dates_calendar_name(int calendar);

/* Writes the notes as text ('year inferred from the weekday; ...') with a
** NUL into zBuf; returns the length (0: no notes). */
#define ZB_DATES_NOTE_MAX 200
int zb_dates_note(unsigned notes, char *zBuf);

#endif
