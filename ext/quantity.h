/*
** quantity.h — the words that say what a number counts: units (people,
** نفر, km), scales (thousand, million, میلیون, ألف), currencies and the
** adjectives that say which one (dollar, تومان, ريال سعودي), and percent
** words (percent, درصد, بالمئة).  Pure C, no SQLite types.
**
** One list for the two modules that read numbers: dates() takes a number
** followed by such a word for a count, never a date or a year (۵۷ نفر,
** in 2000 millions, ۱۶ مهر ۵۰۰ پوند); entities() reads scales, currencies
** and percentages into its numbers, money and percentages.
*/
#ifndef ZABAN_QUANTITY_H
#define ZABAN_QUANTITY_H
#include "util.h"

/* What a quantity word is. */
typedef enum ZbQuantityKind {
  ZB_QTY_UNIT = 1,           /* a thing counted: people, نفر, کیلومتر */
  ZB_QTY_SCALE,              /* thousand, million, میلیون, ألف: value */
  ZB_QTY_CURRENCY,           /* dollar, تومان, €: code ("" if it names several) */
  ZB_QTY_CURRENCY_ADJ,       /* US, سعودی, canadien: says which currency (code) */
  ZB_QTY_PERCENT             /* percent, درصد, بالمئة, % */
} ZbQuantityKind;

/* Flags of a scale word. */
#define ZB_QTY_TRILLION_FR 0x01  /* billion(s): 10^12 in French text */
#define ZB_QTY_NOT_EN      0x02  /* mille: an English word too, no number in English text */

typedef struct ZbQuantityDef {
  const char *zWords;        /* spellings, separated by single spaces */
  ZbQuantityKind kind;
  unsigned flags;            /* ZB_QTY_TRILLION_FR, ZB_QTY_NOT_EN */
  double value;              /* scales */
  const char *zCode;         /* currencies and their adjectives: ISO 4217, or "" */
} ZbQuantityDef;

/* The quantity words, up to a row with zWords NULL. */
extern const ZbQuantityDef zb_quantity_defs[];

/* The kind of the quantity word whose folded text has the key (util.h), or
** 0 if it is none.  Returns -1 if the table could not be built (OOM). */
int zb_quantity_kind(uint64_t key);

#endif
