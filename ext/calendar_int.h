/*
** calendar_int.h — what the calendar's own files share and no other module
** needs (as FTS5 has fts5Int.h): floored division, writing and reading
** ASCII digits, matching a keyword, and the abbreviations that
** jalali_strftime() writes and gregorian() reads back.  The calendar's API is ext/calendar.h.
**
**   calendar.c            day arithmetic, instants, time values, modifiers
**   calendar_names.c      month and weekday names (ICU and curated)
**   calendar_parse.c      written dates: "۱۶ مهر ماه ۱۴۰۲", "1402/7/16"
**   calendar_strftime.c   jalali_strftime()'s formatting
**   calendar_sql.c        the SQL functions and the calendar() table
**   calendar_*_data.c     generated tables (tools/gen_*)
*/
#ifndef ZABAN_CALENDAR_INT_H
#define ZABAN_CALENDAR_INT_H
#include "calendar.h"

#include <strings.h>

/* Quotient rounded toward minus infinity (C rounds toward zero). */
static inline int64_t zb_floor_div(int64_t a, int64_t b){
  int64_t q = a / b;
  return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

static inline int64_t zb_floor_mod(int64_t a, int64_t b){
  return a - zb_floor_div(a, b) * b;
}

/* The most decimal digits of a uint64_t. */
#define ZB_UINT64_DIGITS 20

/* Writes v with at least `width` (at most ZB_UINT64_DIGITS) digits, zero
** padded; returns the end.  No NUL is written. */
static inline char *zb_put_uint(char *p, uint64_t v, int width){
  char a[ZB_UINT64_DIGITS];
  int n = 0;
  do{ a[n++] = (char)('0' + v % 10); v /= 10; }while( v );
  while( n < width && n < ZB_UINT64_DIGITS ) a[n++] = '0';
  while( n ) *p++ = a[--n];
  return p;
}

/* The value of the n ASCII digits at z, or -1 if one is not a digit. */
static inline int zb_ascii_digits(const unsigned char *z, int n){
  int v = 0;
  while( n-- > 0 ){
    if( *z < '0' || *z > '9' ) return -1;
    v = v * 10 + (*z++ - '0');
  }
  return v;
}

/* 1 if the n bytes at z are zWord, in any case.  Inline, so that the length
** of a literal zWord is a constant (the modifiers are read on every row). */
static inline int zb_is_word(const char *z, int n, const char *zWord){
  return n == (int)strlen(zWord) && strncasecmp(z, zWord, (size_t)n) == 0;
}

/* %b and %a write a name of the Latin name sets as its first
** ZB_ABBREVIATION_LEN letters (Persian names have no customary
** abbreviations); gregorian() reads them back. */
#define ZB_ABBREVIATION_LEN 3

static inline int zb_style_abbreviates(ZbNameStyle style){
  return style == ZB_NAMES_LATIN || style == ZB_NAMES_ENGLISH;
}

#endif
