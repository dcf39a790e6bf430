/*
** calendar.c — Jalali (Solar Hijri), Gregorian and Hijri dates in SQL.
**
**   SELECT jalali('2023-10-08');                     -- '1402-07-16'
**   SELECT jalali('2023-10-08', 'start of month', '+1 months');  -- '1402-08-01'
**   SELECT jalali_strftime('%A %-d %B %Y', '2023-10-08');
**                                                    -- 'یکشنبه 16 مهر 1402'
**   SELECT gregorian('۱۶ مهر ماه ۱۴۰۲');             -- '2023-10-08'
**   SELECT gregorian('1445-03-23', 'hijri');         -- '2023-10-08'
**   SELECT hijri('2023-10-08');                      -- '1445-03-23'
**   SELECT jy, jm, count(*) FROM calendar('2023-01-01', '2023-12-31') GROUP BY 1, 2;
**
** The time values and the ordinary modifiers are SQLite's own (see the SQL
** section at the end for how); the calendar modifiers 'start of month',
** 'start of year', '+N months' and '+N years' work in the function's
** calendar.  The calendar core (ext/calendar.h) works on day numbers, never
** on local time, so no time zone or DST rule can shift a date.  Every
** function is documented in docs/calendar.md.
*/
#include "calendar.h"
#include "normalize.h"
#include "zaban.h"
SQLITE_EXTENSION_INIT3

#include <ctype.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>
#include <unicode/udat.h>
#include <unicode/ustring.h>

/* ======================================================================
** Day arithmetic of the four calendars
*/

/* Quotient rounded toward minus infinity (C rounds toward zero). */
static int64_t floor_div(int64_t a, int64_t b){
  int64_t q = a / b;
  return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

static int64_t floor_mod(int64_t a, int64_t b){
  return a - floor_div(a, b) * b;
}

/* --- Gregorian: counted in years that start on 1 March, so that the leap
** day is the last day of its year and every 400 years hold 146097 days. */

static int gregorian_is_leap(int y){
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int gregorian_month_days(int y, int m){
  static const unsigned char aDays[12] = { 31,28,31,30,31,30,31,31,30,31,30,31 };
  return m==2 ? 28 + gregorian_is_leap(y) : aDays[m-1];
}

/* Shifting years by a multiple of 400 keeps the arithmetic on positive
** numbers, where division is cheap and rounds the right way. */
#define GREGORIAN_SHIFT_ERAS 2600          /* 1,040,000 years > ZB_YEAR_LIMIT */

static int32_t gregorian_to_day(int y, int m, int d){
  static const uint16_t aDaysFromMarch[13] = { 0, 306, 337, 0, 31, 61, 92, 122, 153, 184, 214, 245, 275 };
  uint32_t yMarch = (uint32_t)(y + GREGORIAN_SHIFT_ERAS * 400 - (m <= 2));
  uint32_t era = yMarch / 400, yearOfEra = yMarch % 400;
  uint32_t dayOfYear = aDaysFromMarch[m] + (uint32_t)d - 1;
  uint32_t dayOfEra = yearOfEra * 365 + yearOfEra/4 - yearOfEra/100 + dayOfYear;
  /* 0000-03-01 is day -719468 */
  return (int32_t)((int64_t)era * 146097 + dayOfEra - 719468 - (int64_t)GREGORIAN_SHIFT_ERAS * 146097);
}

static ZbDate gregorian_from_day(int32_t day){
  uint64_t z = (uint64_t)((int64_t)day + 719468 + (int64_t)GREGORIAN_SHIFT_ERAS * 146097);
  uint32_t era = (uint32_t)(z / 146097), dayOfEra = (uint32_t)(z % 146097);
  uint32_t yearOfEra = (dayOfEra - dayOfEra/1460 + dayOfEra/36524 - dayOfEra/146096) / 365;
  uint32_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra/4 - yearOfEra/100);
  uint32_t monthFromMarch = (5 * dayOfYear + 2) / 153;                 /* 0 = March */
  ZbDate r;
  r.d = (int)(dayOfYear - (153 * monthFromMarch + 2) / 5 + 1);
  r.m = monthFromMarch < 10 ? (int)monthFromMarch + 3 : (int)monthFromMarch - 9;
  r.y = (int)((int64_t)era * 400 + yearOfEra + (r.m <= 2) - GREGORIAN_SHIFT_ERAS * 400);
  return r;
}

/* --- Jalali: the astronomical table inside -61..3177, ICU's 33-year rule
** outside it, continued from the table's first and last entries. */

/* Leap days before year y under the 33-year rule, up to a constant. */
static int64_t rule33_leap_days(int64_t y){
  return floor_div(8 * y + 21, 33);
}

static int32_t jalali_year_start(int y){
  int first = ZB_NOWRUZ_FIRST_YEAR, last = ZB_NOWRUZ_LAST_YEAR;
  if( y > last ){
    return (int32_t)(zb_nowruz_day[last - first] + 365 * (int64_t)(y - last)
                     + rule33_leap_days(y) - rule33_leap_days(last));
  }
  if( y < first ){
    return (int32_t)(zb_nowruz_day[0] - 365 * (int64_t)(first - y)
                     - (rule33_leap_days(first) - rule33_leap_days(y)));
  }
  return zb_nowruz_day[y - first];
}

int zb_jalali_is_leap(int y){
  return jalali_year_start(y + 1) - jalali_year_start(y) == 366;
}

static int jalali_month_days(int y, int m){
  if( m <= 6 ) return 31;
  if( m <= 11 ) return 30;
  return 29 + zb_jalali_is_leap(y);
}

static int32_t jalali_to_day(int y, int m, int d){
  return jalali_year_start(y) + (m <= 7 ? 31 * (m - 1) : 30 * (m - 1) + 6) + d - 1;
}

/* The Jalali year of a day.  33 years hold 12053 days: the estimate is at
** most one year off. */
static int jalali_year_of_day(int32_t day, int32_t *pStart){
  int nTable = ZB_NOWRUZ_LAST_YEAR - ZB_NOWRUZ_FIRST_YEAR;
  uint32_t sinceFirst = (uint32_t)(day - zb_nowruz_day[0]);
  int y;
  if( day >= zb_nowruz_day[0] && day < zb_nowruz_day[nTable] ){
    int i = (int)((uint64_t)sinceFirst * 33 / 12053);
    if( i >= nTable ) i = nTable - 1;
    while( zb_nowruz_day[i] > day ) i--;
    while( zb_nowruz_day[i + 1] <= day ) i++;
    *pStart = zb_nowruz_day[i];
    return ZB_NOWRUZ_FIRST_YEAR + i;
  }
  y = ZB_NOWRUZ_FIRST_YEAR + (int)floor_div((int64_t)(day - zb_nowruz_day[0]) * 33, 12053);
  while( jalali_year_start(y) > day ) y--;
  while( jalali_year_start(y + 1) <= day ) y++;
  *pStart = jalali_year_start(y);
  return y;
}

static ZbDate jalali_from_day(int32_t day){
  int32_t start;
  int y = jalali_year_of_day(day, &start);
  int dayOfYear = day - start;
  ZbDate r;
  r.y = y;
  if( dayOfYear < 186 ){
    r.m = dayOfYear / 31 + 1;
    r.d = dayOfYear % 31 + 1;
  }else{
    r.m = (dayOfYear - 186) / 30 + 7;
    r.d = (dayOfYear - 186) % 30 + 1;
  }
  return r;
}

/* --- Tabular civil Hijri: 30-year cycle of 11 leap years, months of 30
** and 29 days alternating, the leap day ending Dhu al-Hijjah. */

#define CIVIL_EPOCH_DAY (-492148)   /* 1 Muharram 1 AH = 622-07-16 (Julian) */

static int32_t civil_year_start(int64_t y){
  return (int32_t)(CIVIL_EPOCH_DAY + 354 * (y - 1) + floor_div(3 + 11 * y, 30));
}

static int civil_month_days(int y, int m){
  if( m % 2 ) return 30;
  if( m < 12 ) return 29;
  return 29 + (floor_mod(14 + 11 * (int64_t)y, 30) < 11);
}

static int32_t civil_to_day(int y, int m, int d){
  return civil_year_start(y) + (59 * (m - 1) + 1) / 2 + d - 1;
}

static ZbDate civil_from_day(int32_t day){
  int y = (int)floor_div(30 * ((int64_t)day - CIVIL_EPOCH_DAY) + 10646, 10631);
  int dayOfYear;
  ZbDate r;
  while( civil_year_start(y) > day ) y--;
  while( civil_year_start(y + 1) <= day ) y++;
  dayOfYear = day - civil_year_start(y);
  r.y = y;
  r.m = 2 * dayOfYear / 59 + 1;          /* month m starts on day ceil(29.5 (m-1)) */
  if( r.m > 12 ) r.m = 12;
  r.d = dayOfYear - (59 * (r.m - 1) + 1) / 2 + 1;
  return r;
}

/* --- Umm al-Qura: month lengths from the table, civil outside it. */

static int umalqura_in_table(int y){
  return y >= ZB_UMALQURA_FIRST_YEAR && y <= ZB_UMALQURA_LAST_YEAR;
}

static int umalqura_month_days(int y, int m){
  if( !umalqura_in_table(y) ) return civil_month_days(y, m);
  return 29 + ((zb_umalqura_months[y - ZB_UMALQURA_FIRST_YEAR] >> (m - 1)) & 1);
}

static int32_t umalqura_to_day(int y, int m, int d){
  int i = y - ZB_UMALQURA_FIRST_YEAR;
  unsigned thirties;
  if( !umalqura_in_table(y) ) return civil_to_day(y, m, d);
  thirties = zb_umalqura_months[i] & ((1u << (m - 1)) - 1);
  return zb_umalqura_year_start[i] + 29 * (m - 1) + __builtin_popcount(thirties) + d - 1;
}

static ZbDate umalqura_from_day(int32_t day){
  int nYear = ZB_UMALQURA_LAST_YEAR - ZB_UMALQURA_FIRST_YEAR + 1;
  int i, m;
  ZbDate r;
  if( day < zb_umalqura_year_start[0] || day >= zb_umalqura_year_start[nYear] ){
    return civil_from_day(day);
  }
  i = (int)((int64_t)(day - zb_umalqura_year_start[0]) * 30 / 10631);
  if( i >= nYear ) i = nYear - 1;
  while( zb_umalqura_year_start[i] > day ) i--;
  while( zb_umalqura_year_start[i + 1] <= day ) i++;
  r.y = ZB_UMALQURA_FIRST_YEAR + i;
  r.d = day - zb_umalqura_year_start[i] + 1;
  for(m=1; m<12 && r.d > umalqura_month_days(r.y, m); m++){
    r.d -= umalqura_month_days(r.y, m);
  }
  r.m = m;
  return r;
}

/* --- The calendars behind one interface. */

int zb_cal_month_days(ZbCalendar cal, int y, int m){
  if( m < 1 || m > 12 ) return 0;
  switch( cal ){
    case ZB_GREGORIAN:   return gregorian_month_days(y, m);
    case ZB_JALALI:      return jalali_month_days(y, m);
    case ZB_HIJRI:       return umalqura_month_days(y, m);
    case ZB_HIJRI_CIVIL: return civil_month_days(y, m);
  }
  return 0;
}

int zb_cal_valid(ZbCalendar cal, int y, int m, int d){
  return y >= -ZB_YEAR_LIMIT && y <= ZB_YEAR_LIMIT
      && d >= 1 && d <= zb_cal_month_days(cal, y, m);
}

int32_t zb_cal_to_day(ZbCalendar cal, int y, int m, int d){
  switch( cal ){
    case ZB_GREGORIAN:   return gregorian_to_day(y, m, d);
    case ZB_JALALI:      return jalali_to_day(y, m, d);
    case ZB_HIJRI:       return umalqura_to_day(y, m, d);
    case ZB_HIJRI_CIVIL: return civil_to_day(y, m, d);
  }
  return 0;
}

ZbDate zb_cal_from_day(ZbCalendar cal, int32_t day){
  switch( cal ){
    case ZB_JALALI:      return jalali_from_day(day);
    case ZB_HIJRI:       return umalqura_from_day(day);
    case ZB_HIJRI_CIVIL: return civil_from_day(day);
    default:             return gregorian_from_day(day);
  }
}

int zb_weekday(int32_t day){
  return (int)floor_mod((int64_t)day + 5, 7);    /* 1970-01-01 was a Thursday */
}

/* Writes v with at least `width` digits; returns the end. */
static char *put_uint(char *p, uint64_t v, int width){
  char a[24];
  int n = 0;
  do{ a[n++] = (char)('0' + v % 10); v /= 10; }while( v );
  while( n < width ) a[n++] = '0';
  while( n ) *p++ = a[--n];
  return p;
}

/* A year as SQLite writes it: '-' for negative years, at least 4 digits. */
static char *put_year(char *p, int y){
  if( y < 0 ) *p++ = '-';
  return put_uint(p, (uint64_t)(y < 0 ? -(int64_t)y : y), 4);
}

int zb_format_date(char buf[16], ZbDate date){
  char *p = put_year(buf, date.y);
  *p++ = '-';
  p = put_uint(p, (unsigned)date.m, 2);
  *p++ = '-';
  p = put_uint(p, (unsigned)date.d, 2);
  *p = 0;
  return (int)(p - buf);
}

/* ======================================================================
** Instants and the calendar modifiers
*/

int32_t zb_ijd_day(int64_t iJD){
  return (int32_t)floor_div(iJD - ZB_IJD_UNIX_EPOCH, ZB_MS_PER_DAY);
}

int32_t zb_ijd_ms_of_day(int64_t iJD){
  return (int32_t)floor_mod(iJD - ZB_IJD_UNIX_EPOCH, ZB_MS_PER_DAY);
}

int64_t zb_day_ijd(int32_t day, int32_t msOfDay){
  return ZB_IJD_UNIX_EPOCH + (int64_t)day * ZB_MS_PER_DAY + msOfDay;
}

/* Case-insensitive match of the n bytes at z (spaces trimmed) with zWord. */
static int is_word(const char *z, int n, const char *zWord){
  return n == (int)strlen(zWord) && strncasecmp(z, zWord, (size_t)n) == 0;
}

static void trim_spaces(const char **pz, int *pn){
  while( *pn > 0 && isspace((unsigned char)**pz) ){ (*pz)++; (*pn)--; }
  while( *pn > 0 && isspace((unsigned char)(*pz)[*pn - 1]) ) (*pn)--;
}

/* Parses "[+-]digits[.zeros]" (a whole number) into *pv; -1 if not one. */
static int parse_whole_number(const char *z, int n, int64_t *pv){
  int i = 0, neg = 0, nDigit = 0;
  int64_t v = 0;
  if( i < n && (z[i] == '+' || z[i] == '-') ) neg = z[i++] == '-';
  for(; i < n && isdigit((unsigned char)z[i]); i++, nDigit++){
    if( v > 100000000 ) return -1;             /* far beyond any date */
    v = v * 10 + (z[i] - '0');
  }
  if( i < n && z[i] == '.' ) for(i++; i < n && z[i] == '0'; i++){}
  if( nDigit == 0 || i != n ) return -1;
  *pv = neg ? -v : v;
  return 0;
}

int zb_cal_modifier_parse(const char *z, int n, ZbCalModifier *p){
  int nNum;
  trim_spaces(&z, &n);
  if( is_word(z, n, "start of month") ){ p->kind = ZB_MOD_START_OF_MONTH; return 1; }
  if( is_word(z, n, "start of year") ){ p->kind = ZB_MOD_START_OF_YEAR; return 1; }
  /* "N unit": the unit is the last word. */
  for(nNum = n; nNum > 0 && !isspace((unsigned char)z[nNum - 1]); nNum--){}
  if( is_word(z + nNum, n - nNum, "month") || is_word(z + nNum, n - nNum, "months") ){
    p->kind = ZB_MOD_MONTHS;
  }else if( is_word(z + nNum, n - nNum, "year") || is_word(z + nNum, n - nNum, "years") ){
    p->kind = ZB_MOD_YEARS;
  }else{
    return 0;
  }
  trim_spaces(&z, &nNum);
  return parse_whole_number(z, nNum, &p->n) ? -1 : 1;
}

int zb_cal_modifier_apply(ZbCalendar cal, const ZbCalModifier *p, int64_t *piJD){
  int32_t msOfDay = zb_ijd_ms_of_day(*piJD);
  ZbDate dt = zb_cal_from_day(cal, zb_ijd_day(*piJD));
  int64_t y = dt.y, monthIndex;
  int lastDay;
  switch( p->kind ){
    case ZB_MOD_START_OF_YEAR:  dt.m = 1;   /* fall through */
    case ZB_MOD_START_OF_MONTH: dt.d = 1; msOfDay = 0; break;
    case ZB_MOD_MONTHS:
      monthIndex = y * 12 + (dt.m - 1) + p->n;
      y = floor_div(monthIndex, 12);
      dt.m = (int)(monthIndex - y * 12) + 1;
      break;
    case ZB_MOD_YEARS:
      y += p->n;
      break;
  }
  if( y < -ZB_YEAR_LIMIT || y > ZB_YEAR_LIMIT ) return -1;
  dt.y = (int)y;
  lastDay = zb_cal_month_days(cal, dt.y, dt.m);
  if( dt.d > lastDay ) dt.d = lastDay;
  *piJD = zb_day_ijd(zb_cal_to_day(cal, dt.y, dt.m, dt.d), msOfDay);
  return (*piJD < 0 || *piJD > ZB_IJD_MAX) ? -1 : 0;
}

/* ======================================================================
** Month and weekday names
**
** Built once per process (pthread_once) into one arena: the display names
** of jalali_strftime() as ICU gives them, and a sorted table of folded
** spellings for zb_cal_lookup_name().  They live as long as the process
** (the library is linked "nodelete", see the Makefile).
*/

#define N_STYLES 5

/* A spelling in the lookup table; rank orders meanings of one spelling. */
typedef struct NameEntry { uint32_t off, len; int rank; ZbCalName name; } NameEntry;

typedef struct NameTables {
  ZbBuf arena;                        /* every string, each NUL-terminated */
  NameEntry *aEntry;
  int nEntry, nAlloc;
  uint32_t aMonthOff[N_STYLES][12];   /* display names, offsets into arena */
  uint32_t aWeekdayOff[N_STYLES][7];
  int rc;                             /* 0 once built, -1 if building failed */
  char *zErr;                         /* why it failed, or NULL (OOM) */
} NameTables;

static NameTables g_names;
static pthread_once_t g_names_once = PTHREAD_ONCE_INIT;

/* Where CLDR names come from.  A source with a display style also gives
** that style its wide (format) names. */
typedef struct IcuNameSource {
  const char *zLocale;
  ZbNameKind kind;
  ZbCalendar cal;
  int displayStyle;                   /* a ZbNameStyle, or -1 */
} IcuNameSource;

static const IcuNameSource aIcuSource[] = {
  { "fa@calendar=persian",          ZB_NAME_MONTH,   ZB_JALALI,    ZB_NAMES_PERSIAN },
  { "fa_AF@calendar=persian",       ZB_NAME_MONTH,   ZB_JALALI,    ZB_NAMES_DARI },
  { "en@calendar=persian",          ZB_NAME_MONTH,   ZB_JALALI,    ZB_NAMES_ENGLISH },
  { "ps@calendar=persian",          ZB_NAME_MONTH,   ZB_JALALI,    -1 },
  { "ckb_IR@calendar=persian",      ZB_NAME_MONTH,   ZB_JALALI,    -1 },
  { "ar@calendar=persian",          ZB_NAME_MONTH,   ZB_JALALI,    -1 },
  { "fr@calendar=persian",          ZB_NAME_MONTH,   ZB_JALALI,    -1 },
  { "de@calendar=persian",          ZB_NAME_MONTH,   ZB_JALALI,    -1 },
  { "tg@calendar=persian",          ZB_NAME_MONTH,   ZB_JALALI,    -1 },
  { "ar@calendar=islamic-umalqura", ZB_NAME_MONTH,   ZB_HIJRI,     -1 },
  { "fa@calendar=islamic-umalqura", ZB_NAME_MONTH,   ZB_HIJRI,     -1 },
  { "ur@calendar=islamic-umalqura", ZB_NAME_MONTH,   ZB_HIJRI,     -1 },
  { "en@calendar=islamic-umalqura", ZB_NAME_MONTH,   ZB_HIJRI,     -1 },
  { "fr@calendar=islamic-umalqura", ZB_NAME_MONTH,   ZB_HIJRI,     -1 },
  { "fa@calendar=gregorian",        ZB_NAME_MONTH,   ZB_GREGORIAN, -1 },
  { "fa_AF@calendar=gregorian",     ZB_NAME_MONTH,   ZB_GREGORIAN, -1 },
  { "ps@calendar=gregorian",        ZB_NAME_MONTH,   ZB_GREGORIAN, -1 },
  { "ar@calendar=gregorian",        ZB_NAME_MONTH,   ZB_GREGORIAN, -1 },
  { "en@calendar=gregorian",        ZB_NAME_MONTH,   ZB_GREGORIAN, -1 },
  { "fr@calendar=gregorian",        ZB_NAME_MONTH,   ZB_GREGORIAN, -1 },
  { "fa",                           ZB_NAME_WEEKDAY, ZB_GREGORIAN, ZB_NAMES_PERSIAN },
  { "fa_AF",                        ZB_NAME_WEEKDAY, ZB_GREGORIAN, ZB_NAMES_DARI },
  { "en",                           ZB_NAME_WEEKDAY, ZB_GREGORIAN, ZB_NAMES_ENGLISH },
  { "ps",                           ZB_NAME_WEEKDAY, ZB_GREGORIAN, -1 },
  { "ckb",                          ZB_NAME_WEEKDAY, ZB_GREGORIAN, -1 },
  { "ar",                           ZB_NAME_WEEKDAY, ZB_GREGORIAN, -1 },
  { "fr",                           ZB_NAME_WEEKDAY, ZB_GREGORIAN, -1 },
  { "tg",                           ZB_NAME_WEEKDAY, ZB_GREGORIAN, -1 },
};

/* The Latin weekday names and the امرداد variant: spellings of the curated
** rows of calendar_names.tsv (see ext/calendar_names_data.c). */
static const char *const azLatinWeekday[7] = {
  "Shanbeh", "Yekshanbeh", "Doshanbeh", "Seshanbeh", "Chaharshanbeh", "Panjshanbeh", "Jomeh"
};
static const char zAmordad[] = "امرداد";

/* A meaning's rank among others of the same spelling: lower wins. */
static int name_rank(ZbCalName name){
  if( name.kind == ZB_NAME_WEEKDAY ) return 3;
  return name.calendar == ZB_JALALI ? 0 : name.calendar == ZB_HIJRI ? 1 : 2;
}

/* Appends a NUL-terminated copy of z to the arena; returns its offset. */
static uint32_t arena_add(NameTables *t, const char *z, size_t n){
  uint32_t off = (uint32_t)t->arena.n;
  zb_buf_append(&t->arena, z, n);
  zb_buf_putc(&t->arena, 0);
  return off;
}

/* Adds the folded spelling of the n bytes at z to the lookup table.
** Single letters (narrow forms) are not names. */
static void add_spelling(NameTables *t, const char *z, int n, ZbCalName name){
  uint32_t off = (uint32_t)t->arena.n;
  NameEntry *e;
  if( zb_fold((const unsigned char*)z, n, &t->arena) ){ t->arena.oom = 1; return; }
  if( zb_utf8_chars((const unsigned char*)t->arena.z + off, (int32_t)(t->arena.n - off)) < 2 ){
    t->arena.n = off;
    return;
  }
  zb_buf_putc(&t->arena, 0);
  if( t->nEntry == t->nAlloc ){
    int nNew = t->nAlloc ? t->nAlloc * 2 : 512;
    NameEntry *aNew = realloc(t->aEntry, sizeof(NameEntry) * (size_t)nNew);
    if( aNew == 0 ){ t->arena.oom = 1; return; }
    t->aEntry = aNew;
    t->nAlloc = nNew;
  }
  e = &t->aEntry[t->nEntry++];
  e->off = off;
  e->len = (uint32_t)(t->arena.n - 1 - off);
  e->rank = name_rank(name);
  e->name = name;
}

/* Symbol i of a date format as UTF-8 in z (capacity nz); its length or -1. */
static int icu_symbol(const UDateFormat *fmt, UDateFormatSymbolType type, int i, char *z, int nz){
  UChar u[64];
  UErrorCode err = U_ZERO_ERROR;
  int32_t nu = udat_getSymbols(fmt, type, i, u, 64, &err);
  int32_t n = 0;
  if( U_SUCCESS(err) ) u_strToUTF8(z, nz, &n, u, nu, &err);
  return U_SUCCESS(err) && n < nz ? n : -1;
}

/* Reads one CLDR source: every width of its month or weekday names. */
static int load_icu_source(NameTables *t, const IcuNameSource *src){
  static const UDateFormatSymbolType aMonthTypes[] = {
    UDAT_MONTHS, UDAT_SHORT_MONTHS, UDAT_STANDALONE_MONTHS, UDAT_STANDALONE_SHORT_MONTHS };
  static const UDateFormatSymbolType aWeekdayTypes[] = {
    UDAT_WEEKDAYS, UDAT_SHORT_WEEKDAYS, UDAT_STANDALONE_WEEKDAYS, UDAT_STANDALONE_SHORT_WEEKDAYS };
  int isMonth = src->kind == ZB_NAME_MONTH;
  const UDateFormatSymbolType *aType = isMonth ? aMonthTypes : aWeekdayTypes;
  int iFirst = isMonth ? 0 : 1, nName = isMonth ? 12 : 7;  /* ICU: 1 = Sunday */
  UErrorCode err = U_ZERO_ERROR;
  UDateFormat *fmt = udat_open(UDAT_NONE, UDAT_FULL, src->zLocale, 0, 0, 0, 0, &err);
  int iType, i;
  char z[256];
  if( U_FAILURE(err) ){
    t->zErr = zb_mprintf("ICU has no date symbols for %s (%s)", src->zLocale, u_errorName(err));
    return -1;
  }
  for(iType=0; iType<4; iType++){
    for(i=0; i<nName; i++){
      ZbCalName name;
      int n = icu_symbol(fmt, aType[iType], iFirst + i, z, (int)sizeof(z));
      if( n < 0 ) continue;
      name.kind = src->kind;
      name.calendar = src->cal;
      name.index = isMonth ? i + 1 : (i + 1) % 7;      /* weekdays: 0 = Saturday */
      add_spelling(t, z, n, name);
      if( iType == 0 && src->displayStyle >= 0 ){
        uint32_t off = arena_add(t, z, (size_t)n);
        if( isMonth ) t->aMonthOff[src->displayStyle][i] = off;
        else t->aWeekdayOff[src->displayStyle][name.index] = off;
      }
    }
  }
  udat_close(fmt);
  return 0;
}

/* The display names that are not a CLDR locale's own. */
static void add_derived_styles(NameTables *t){
  int i;
  memcpy(t->aMonthOff[ZB_NAMES_LATIN], t->aMonthOff[ZB_NAMES_ENGLISH], sizeof(t->aMonthOff[0]));
  memcpy(t->aMonthOff[ZB_NAMES_AMORDAD], t->aMonthOff[ZB_NAMES_PERSIAN], sizeof(t->aMonthOff[0]));
  memcpy(t->aWeekdayOff[ZB_NAMES_AMORDAD], t->aWeekdayOff[ZB_NAMES_PERSIAN], sizeof(t->aWeekdayOff[0]));
  t->aMonthOff[ZB_NAMES_AMORDAD][4] = arena_add(t, zAmordad, strlen(zAmordad));
  for(i=0; i<7; i++){
    t->aWeekdayOff[ZB_NAMES_LATIN][i] = arena_add(t, azLatinWeekday[i], strlen(azLatinWeekday[i]));
  }
}

static int compare_entries(const void *pa, const void *pb){
  const NameEntry *a = pa, *b = pb;
  uint32_t n = a->len < b->len ? a->len : b->len;
  int c = memcmp(g_names.arena.z + a->off, g_names.arena.z + b->off, n);
  if( c ) return c;
  if( a->len != b->len ) return a->len < b->len ? -1 : 1;
  return a->rank - b->rank;
}

/* Sorts the spellings and keeps, of each, the meaning that ranks first. */
static void sort_entries(NameTables *t){
  int i, n = 0;
  qsort(t->aEntry, (size_t)t->nEntry, sizeof(NameEntry), compare_entries);
  for(i=0; i<t->nEntry; i++){
    const NameEntry *e = &t->aEntry[i];
    if( n > 0 && t->aEntry[n-1].len == e->len
     && memcmp(t->arena.z + t->aEntry[n-1].off, t->arena.z + e->off, e->len) == 0 ){
      continue;
    }
    t->aEntry[n++] = *e;
  }
  t->nEntry = n;
}

static void build_names(void){
  NameTables *t = &g_names;
  size_t i;
  int k;
  zb_buf_init(&t->arena);
  t->rc = -1;
  for(i=0; i<sizeof(aIcuSource)/sizeof(aIcuSource[0]); i++){
    if( load_icu_source(t, &aIcuSource[i]) ) return;
  }
  for(k=0; k<zb_cal_name_row_count; k++){
    const ZbCalNameRow *row = &zb_cal_name_rows[k];
    add_spelling(t, row->zName, (int)strlen(row->zName), row->name);
  }
  add_derived_styles(t);
  if( t->arena.oom ) return;
  sort_entries(t);
  t->rc = 0;
}

int zb_cal_names_init(char **pzErr){
  pthread_once(&g_names_once, build_names);
  if( g_names.rc && pzErr ) *pzErr = g_names.zErr ? zb_mprintf("%s", g_names.zErr) : 0;
  return g_names.rc;
}

/* Binary search for an exact folded spelling. */
static int lookup_exact(const char *z, uint32_t n, ZbCalName *out){
  int lo = 0, hi = g_names.nEntry - 1;
  while( lo <= hi ){
    int mid = (lo + hi) / 2, c;
    const NameEntry *e = &g_names.aEntry[mid];
    c = memcmp(z, g_names.arena.z + e->off, n < e->len ? n : e->len);
    if( c == 0 ) c = n < e->len ? -1 : n > e->len ? 1 : 0;
    if( c == 0 ){ *out = e->name; return 1; }
    if( c < 0 ) hi = mid - 1; else lo = mid + 1;
  }
  return 0;
}

int zb_cal_lookup_name(const char *zFolded, int n, ZbCalName *out){
  char aJoined[128];
  int i, nJoined = 0;
  if( n <= 0 || zb_cal_names_init(0) ) return 0;
  if( lookup_exact(zFolded, (uint32_t)n, out) ) return 1;
  /* Persian writes compounds joined, with ZWNJ (which folding removes) or
  ** with a space: "اردی بهشت" is "اردیبهشت", "پنج شنبه" is "پنجشنبه". */
  if( n > (int)sizeof(aJoined) || memchr(zFolded, ' ', (size_t)n) == 0 ) return 0;
  for(i=0; i<n; i++){
    if( zFolded[i] != ' ' ) aJoined[nJoined++] = zFolded[i];
  }
  return lookup_exact(aJoined, (uint32_t)nJoined, out);
}

const char *zb_jalali_month_name(ZbNameStyle style, int m){
  if( zb_cal_names_init(0) || (unsigned)style >= N_STYLES || m < 1 || m > 12 ) return 0;
  return g_names.arena.z + g_names.aMonthOff[style][m - 1];
}

const char *zb_weekday_name(ZbNameStyle style, int w){
  if( zb_cal_names_init(0) || (unsigned)style >= N_STYLES || w < 0 || w > 6 ) return 0;
  return g_names.arena.z + g_names.aWeekdayOff[style][w];
}

/* %b and %a write a name of the Latin name sets as its first three letters
** (Persian names have no customary abbreviations). */
#define ABBREVIATION_LEN 3

static int style_abbreviates(ZbNameStyle style){
  return style == ZB_NAMES_LATIN || style == ZB_NAMES_ENGLISH;
}

/* ======================================================================
** Reading written dates: "1402/7/16", "۱۶ مهر ماه ۱۴۰۲", "Mehr 16, 1402"
*/

/* The value of the decimal digit c of any script, or -1. */
static int digit_value(int32_t c){
  if( c < 0x80 ) return (c >= '0' && c <= '9') ? c - '0' : -1;
  return zb_digit_value(c);
}

/* Reads the n ASCII digits at z, or returns -1. */
static int ascii_digits(const unsigned char *z, int n){
  int v = 0;
  while( n-- > 0 ){
    if( *z < '0' || *z > '9' ) return -1;
    v = v * 10 + (*z++ - '0');
  }
  return v;
}

/* Sets *pDay to the day of y-m-d if that is a real date of cal. */
static int make_day(ZbCalendar cal, int64_t y, int64_t m, int64_t d, int32_t *pDay){
  if( y < -ZB_YEAR_LIMIT || y > ZB_YEAR_LIMIT || !zb_cal_valid(cal, (int)y, (int)m, (int)d) ){
    return 0;
  }
  *pDay = zb_cal_to_day(cal, (int)y, (int)m, (int)d);
  return 1;
}

/* "Y-M-D", "Y/M/D", "Y.M.D" or "D/M/Y" (the year has 3 or more digits),
** digits of any script, an optional '-' before the year for years before 1
** ("-0522/08/19", "19/08/-0522", as jalali_strftime's %Y writes them).
** Returns 1 or 0 as zb_cal_parse(), or -2 if the text is not in this form. */
static int parse_numeric_date(ZbCalendar cal, const unsigned char *z, int32_t n, int32_t *pDay){
  int64_t aNum[3] = { 0, 0, 0 };
  int aLen[3] = { 0, 0, 0 };
  int iField = 0, iNegative = -1;  /* the field with a '-' before it */
  int32_t i = 0;
  if( n == 10 && (z[4] == '-' || z[4] == '/') && z[7] == z[4] ){   /* the usual form */
    int y = ascii_digits(z, 4), m = ascii_digits(z + 5, 2), d = ascii_digits(z + 8, 2);
    if( y >= 0 && m >= 0 && d >= 0 ) return make_day(cal, y, m, d, pDay);
  }
  while( n > 0 && isspace(z[n - 1]) ) n--;
  while( i < n && isspace(z[i]) ) i++;
  while( i < n ){
    int32_t c = zb_next_cp(z, n, &i);
    int v = digit_value(c);
    if( v >= 0 ){
      if( aLen[iField] >= 7 ) return 0;
      aNum[iField] = aNum[iField] * 10 + v;
      aLen[iField]++;
    }else if( c == '-' && aLen[iField] == 0 && iField != 1 && iNegative < 0 ){
      iNegative = iField;
    }else if( (c == '-' || c == '/' || c == '.') && aLen[iField] > 0 && iField < 2 ){
      iField++;
    }else{
      return -2;
    }
  }
  if( iField < 2 || aLen[2] == 0 ) return -2;
  if( aLen[0] >= 3 && iNegative != 2 ){
    return make_day(cal, iNegative == 0 ? -aNum[0] : aNum[0], aNum[1], aNum[2], pDay);
  }
  if( aLen[2] >= 3 && iNegative != 0 ){
    return make_day(cal, iNegative == 2 ? -aNum[2] : aNum[2], aNum[1], aNum[0], pDay);
  }
  return 0;                        /* "7/8/9": which is the year? */
}

/* The words of a folded date, separated by spaces and commas. */
#define MAX_DATE_WORDS 12
typedef struct DateWords {
  const char *z;
  int aStart[MAX_DATE_WORDS], aEnd[MAX_DATE_WORDS];
  int n;                           /* number of words */
  int i;                           /* the next word to read */
} DateWords;

static int is_separator(const char *z, int i, int n, int *pLen){
  if( z[i] == ' ' || z[i] == ',' ){ *pLen = 1; return 1; }
  if( i + 1 < n && (unsigned char)z[i] == 0xD8 && (unsigned char)z[i+1] == 0x8C ){
    *pLen = 2;                      /* U+060C ARABIC COMMA */
    return 1;
  }
  return 0;
}

static int split_words(DateWords *w, const char *z, int n){
  int i = 0, len;
  w->z = z;
  w->n = w->i = 0;
  while( i < n ){
    if( is_separator(z, i, n, &len) ){ i += len; continue; }
    if( w->n == MAX_DATE_WORDS ) return -1;
    w->aStart[w->n] = i;
    while( i < n && !is_separator(z, i, n, &len) ) i++;
    w->aEnd[w->n++] = i;
  }
  return 0;
}

/* Reads a number word (1 to 7 digits).  A year (allowMinus) may have '-'
** before it, as %Y writes years before 1: "19 آبان -0522". */
static int next_number(DateWords *w, int allowMinus, int64_t *pv){
  const unsigned char *z;
  int32_t i, n;
  int64_t v = 0;
  int nDigit = 0, isNegative;
  if( w->i >= w->n ) return 0;
  z = (const unsigned char*)w->z + w->aStart[w->i];
  n = w->aEnd[w->i] - w->aStart[w->i];
  isNegative = allowMinus && n > 1 && z[0] == '-';
  for(i = isNegative; i < n; ){
    int d = digit_value(zb_next_cp(z, n, &i));
    if( d < 0 || ++nDigit > 7 ) return 0;
    v = v * 10 + d;
  }
  *pv = isNegative ? -v : v;
  w->i++;
  return 1;
}

/* The Jalali month (1..12) or the weekday (0..6) of which the word at w->i
** is the abbreviation that %b or %a writes, or -1.  Most are spellings of
** the names table too, but not Far (Farvardin, left out of it as the
** English word) nor the Latin weekdays' (Sha, Yek, ...; Sha is Shahrivar
** there). */
static int strftime_abbreviation(const DateWords *w, ZbNameKind kind){
  int style, i, nName = kind == ZB_NAME_MONTH ? 12 : 7;
  if( w->i >= w->n || w->aEnd[w->i] - w->aStart[w->i] != ABBREVIATION_LEN ) return -1;
  for(style = 0; style < N_STYLES; style++){
    if( !style_abbreviates((ZbNameStyle)style) ) continue;
    for(i = 0; i < nName; i++){
      const char *zName = kind == ZB_NAME_MONTH ? zb_jalali_month_name((ZbNameStyle)style, i + 1)
                                                : zb_weekday_name((ZbNameStyle)style, i);
      if( zName && strncasecmp(zName, w->z + w->aStart[w->i], ABBREVIATION_LEN) == 0 ){
        return kind == ZB_NAME_MONTH ? i + 1 : i;
      }
    }
  }
  return -1;
}

/* Reads the longest month or weekday name of one to three words, joined by
** single spaces only (a comma ends a name), or a month's %b abbreviation. */
static int next_name(DateWords *w, ZbCalName *pName){
  int k, m;
  for(k = ZB_CAL_NAME_MAX_WORDS; k >= 1; k--){
    int last = w->i + k - 1, j, joined = 1;
    if( last >= w->n ) continue;
    for(j = w->i; j < last; j++){
      if( w->aStart[j + 1] - w->aEnd[j] != 1 || w->z[w->aEnd[j]] != ' ' ) joined = 0;
    }
    if( joined && zb_cal_lookup_name(w->z + w->aStart[w->i],
                                     w->aEnd[last] - w->aStart[w->i], pName) ){
      w->i = last + 1;
      return 1;
    }
  }
  if( (m = strftime_abbreviation(w, ZB_NAME_MONTH)) < 0 ) return 0;
  pName->kind = ZB_NAME_MONTH;
  pName->calendar = ZB_JALALI;
  pName->index = m;
  w->i++;
  return 1;
}

/* Reads a weekday: its name, or its %a abbreviation.  Returns 0..6, or -1. */
static int next_weekday(DateWords *w){
  ZbCalName name;
  int weekday = strftime_abbreviation(w, ZB_NAME_WEEKDAY);
  if( weekday >= 0 ){
    w->i++;
    return weekday;
  }
  return next_name(w, &name) && name.kind == ZB_NAME_WEEKDAY ? name.index : -1;
}

/* Skips the word "ماه" (month), as in "16 مهر ماه 1402". */
static void skip_month_word(DateWords *w){
  static const char zMah[] = "ماه";
  if( w->i < w->n && w->aEnd[w->i] - w->aStart[w->i] == (int)strlen(zMah)
   && memcmp(w->z + w->aStart[w->i], zMah, strlen(zMah)) == 0 ){
    w->i++;
  }
}

/* D month [ماه] Y  or  month D Y, from the word w->i on. */
static int parse_day_month_year(ZbCalendar cal, DateWords *w, int32_t *pDay){
  ZbCalendar nameCal = cal == ZB_JALALI ? ZB_JALALI : ZB_HIJRI;
  ZbCalName name;
  int64_t y, d;
  if( next_name(w, &name) ){
    skip_month_word(w);
    if( !next_number(w, 0, &d) ) return 0;
  }else{
    if( !next_number(w, 0, &d) || !next_name(w, &name) ) return 0;
    skip_month_word(w);
  }
  if( !next_number(w, 1, &y) || w->i != w->n ) return 0;
  if( name.kind != ZB_NAME_MONTH || name.calendar != nameCal ) return 0;
  return make_day(cal, y, name.index, d, pDay);
}

/* [weekday] D month [ماه] Y  or  [weekday] month D Y, folded.  Read
** without a weekday first, then with one: Sha is both Shahrivar's %b and
** Shanbeh's %a ("Sha 11, 1378", "Sha 11 Dey 1378"). */
static int parse_words(ZbCalendar cal, DateWords *w, int32_t *pDay){
  int weekday;
  if( parse_day_month_year(cal, w, pDay) ) return 1;
  w->i = 0;
  weekday = next_weekday(w);
  return weekday >= 0 && parse_day_month_year(cal, w, pDay) && zb_weekday(*pDay) == weekday;
}

int zb_cal_parse(ZbCalendar cal, const unsigned char *z, int n, int32_t *pDay){
  ZbBuf folded;
  DateWords words;
  int rc;
  if( n > 512 ) return 0;          /* no written date is that long */
  rc = parse_numeric_date(cal, z, n, pDay);
  if( rc != -2 ) return rc;
  zb_buf_init(&folded);
  if( zb_fold(z, n, &folded) ){ zb_buf_free(&folded); return -1; }
  rc = split_words(&words, folded.z ? folded.z : "", (int)folded.n) ? 0
     : parse_words(cal, &words, pDay);
  zb_buf_free(&folded);
  return rc;
}

/* ======================================================================
** jalali_strftime()
*/

/* The options of "%{names=...,digits=...}"; the values are in the order of
** ZbNameStyle and ZbDigits. */
static const char *const azNameStyles[] = { "persian", "amordad", "dari", "latin", "english", 0 };
static const char *const azDigitSystems[] = { "latin", "persian", "arabic", 0 };
static const ZbOption aStrftimeOptions[] = {
  { "names", azNameStyles },
  { "digits", azDigitSystems },
};

typedef struct Strftime {
  ZbBuf *out;
  ZbNameStyle names;
  ZbDigits digits;
  int noPad;                       /* the '-' flag: no zero padding */
} Strftime;

/* Appends ASCII number text in the chosen digits (the decimal point of
** Persian and Arabic digits is U+066B). */
static void emit_number_text(Strftime *s, const char *z, int n){
  int i;
  for(i=0; i<n; i++){
    if( s->digits == ZB_DIGITS_LATIN ) zb_buf_putc(s->out, z[i]);
    else if( isdigit((unsigned char)z[i]) ){
      zb_buf_put_cp(s->out, (s->digits == ZB_DIGITS_PERSIAN ? 0x06F0 : 0x0660) + (z[i] - '0'));
    }else if( z[i] == '.' ) zb_buf_put_cp(s->out, 0x066B);
    else zb_buf_putc(s->out, z[i]);
  }
}

static void emit_number(Strftime *s, int64_t v, int width){
  char a[32], *p = a;
  if( v < 0 ){ *p++ = '-'; v = -v; }
  p = put_uint(p, (uint64_t)v, s->noPad ? 1 : width);
  emit_number_text(s, a, (int)(p - a));
}

/* A name, or its abbreviation (style_abbreviates()). */
static void emit_name(Strftime *s, const char *zName, int abbreviate){
  size_t n;
  if( zName == 0 ){ s->out->oom = 1; return; }
  n = strlen(zName);
  if( abbreviate && style_abbreviates(s->names) && n > ABBREVIATION_LEN ) n = ABBREVIATION_LEN;
  zb_buf_append(s->out, zName, n);
}

/* Reads "%{...}" (z points after the brace); returns bytes used or -1. */
static int read_options(Strftime *s, const char *zFunc, const char *z, int n, char **pzErr){
  const char *zEnd = memchr(z, '}', (size_t)n);
  int aValue[2];
  if( zEnd == 0 ) return 0;
  aValue[0] = (int)s->names;
  aValue[1] = (int)s->digits;
  if( zb_parse_options(zFunc, z, (size_t)(zEnd - z), aStrftimeOptions, 2, aValue, pzErr) ){
    return -1;
  }
  s->names = (ZbNameStyle)aValue[0];
  s->digits = (ZbDigits)aValue[1];
  return (int)(zEnd - z) + 1;
}

/* The broken-down instant that directives read. */
typedef struct JalaliTime {
  int64_t iJD;
  ZbDate date;
  int dayOfYear;                   /* 0-based */
  int weekday;                     /* 0 = Saturday */
  int32_t ms;                      /* since midnight */
} JalaliTime;

/* Appends one directive; returns 0, or 1 for an unknown one. */
static int emit_directive(Strftime *s, char c, const JalaliTime *t){
  char a[40];
  switch( c ){
    case 'd': emit_number(s, t->date.d, 2); break;
    case 'm': emit_number(s, t->date.m, 2); break;
    case 'Y': emit_number(s, t->date.y, 4); break;
    case 'y': emit_number(s, floor_mod(t->date.y, 100), 2); break;
    case 'j': emit_number(s, t->dayOfYear + 1, 3); break;
    case 'w': emit_number(s, t->weekday, 1); break;
    case 'u': emit_number(s, t->weekday + 1, 1); break;
    case 'W': emit_number(s, (t->dayOfYear + 7 - t->weekday) / 7, 2); break;
    case 'H': emit_number(s, t->ms / 3600000, 2); break;
    case 'M': emit_number(s, t->ms / 60000 % 60, 2); break;
    case 'S': emit_number(s, t->ms / 1000 % 60, 2); break;
    case 'f':
      emit_number(s, t->ms / 1000 % 60, 2);
      emit_number_text(s, ".", 1);
      emit_number(s, t->ms % 1000, 3);
      break;
    case 's': emit_number(s, t->iJD / 1000 - ZB_IJD_UNIX_EPOCH / 1000, 1); break;
    case 'J':
      snprintf(a, sizeof(a), "%.16g", (double)t->iJD / ZB_MS_PER_DAY);
      emit_number_text(s, a, (int)strlen(a));
      break;
    case 'B': emit_name(s, zb_jalali_month_name(s->names, t->date.m), 0); break;
    case 'b': emit_name(s, zb_jalali_month_name(s->names, t->date.m), 1); break;
    case 'A': emit_name(s, zb_weekday_name(s->names, t->weekday), 0); break;
    case 'a': emit_name(s, zb_weekday_name(s->names, t->weekday), 1); break;
    case 'F':
      emit_directive(s, 'Y', t); zb_buf_putc(s->out, '-');
      emit_directive(s, 'm', t); zb_buf_putc(s->out, '-');
      emit_directive(s, 'd', t);
      break;
    case 'T':
      emit_directive(s, 'H', t); zb_buf_putc(s->out, ':');
      emit_directive(s, 'M', t); zb_buf_putc(s->out, ':');
      emit_directive(s, 'S', t);
      break;
    case '%': zb_buf_putc(s->out, '%'); break;
    default: return 1;
  }
  return 0;
}

int zb_jalali_strftime(const char *zFunc, const char *zFmt, int nFmt, int64_t iJD,
                       ZbBuf *out, char **pzErr){
  Strftime s;
  JalaliTime t;
  int i = 0;
  int32_t day = zb_ijd_day(iJD);
  s.out = out;
  s.names = ZB_NAMES_PERSIAN;
  s.digits = ZB_DIGITS_LATIN;
  t.iJD = iJD;
  t.date = zb_cal_from_day(ZB_JALALI, day);
  t.dayOfYear = day - jalali_year_start(t.date.y);
  t.weekday = zb_weekday(day);
  t.ms = zb_ijd_ms_of_day(iJD);
  while( i < nFmt ){
    const char *zPct = memchr(zFmt + i, '%', (size_t)(nFmt - i));
    int iPct = zPct ? (int)(zPct - zFmt) : nFmt;
    zb_buf_append(out, zFmt + i, (size_t)(iPct - i));
    if( iPct == nFmt ) break;
    if( iPct + 1 == nFmt ) return 1;             /* a lone '%' at the end */
    i = iPct + 1;
    s.noPad = zFmt[i] == '-';
    if( s.noPad && ++i >= nFmt ) return 1;
    if( zFmt[i] == '{' && !s.noPad ){
      int nUsed = read_options(&s, zFunc, zFmt + i + 1, nFmt - i - 1, pzErr);
      if( nUsed <= 0 ) return nUsed < 0 ? -1 : 1;
      i += 1 + nUsed;
      continue;
    }
    if( emit_directive(&s, zFmt[i], &t) ) return 1;
    i++;
  }
  if( out->oom ){ *pzErr = 0; return -1; }
  return 0;
}

/* ======================================================================
** SQL binding
**
** Time values and modifiers.  SQLite offers its date arithmetic to
** extensions only through SQL, so:
**   - The time values that make up nearly all stored data are read here, as
**     SQLite reads them: 'YYYY-MM-DD', 'YYYY-MM-DD HH:MM[:SS[.SSS]]' (space
**     or 'T') and Julian day numbers.  This is the fast path: no SQL per row,
**     and jalali(d) costs about what date(d) costs.
**   - Any other time value, and each run of ordinary modifiers, goes to
**     SQLite's own julianday() through "SELECT julianday(?1, ..., ?n)",
**     prepared once and kept per user connection on a private in-memory
**     connection (kept on the user's connection, the statement would stop
**     sqlite3_close() from closing it).  So every modifier of the running
**     SQLite works exactly as in date(), 'now' and 'localtime' included.
**   - The calendar modifiers ('start of month', '+N months', ...) are
**     applied here, in the function's calendar, between those runs.  After
**     one, the instant goes on to SQLite as 'YYYY-MM-DD HH:MM:SS.SSS' text,
**     so that 'unixepoch' and 'auto' are refused there as date() refuses
**     them after another modifier.
*/

/* Per user connection: the private connection and its statements.  Owned
** by the calendar module (freed when the connection closes). */
typedef struct CalConn {
  sqlite3 *helper;                 /* opened on first use */
  sqlite3_stmt **apStmt;           /* apStmt[n]: julianday() of n arguments */
  int nStmt;
} CalConn;

static void calconn_free(void *pArg){
  CalConn *p = pArg;
  int i;
  for(i=0; i<p->nStmt; i++) sqlite3_finalize(p->apStmt[i]);
  sqlite3_free(p->apStmt);
  sqlite3_close(p->helper);
  sqlite3_free(p);
}

/* The statement "SELECT julianday(?1, ..., ?nArg)", prepared on first use. */
static sqlite3_stmt *julianday_stmt(CalConn *p, int nArg, char **pzErr){
  int i;
  if( p->helper == 0 && sqlite3_open_v2(":memory:", &p->helper,
                                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, 0) ){
    *pzErr = zb_mprintf("cannot open an in-memory connection: %s", sqlite3_errmsg(p->helper));
    sqlite3_close(p->helper);
    p->helper = 0;
    return 0;
  }
  if( nArg >= p->nStmt ){
    sqlite3_stmt **aNew = sqlite3_realloc64(p->apStmt, sizeof(*aNew) * (size_t)(nArg + 1));
    if( aNew == 0 ){ *pzErr = 0; return 0; }
    memset(aNew + p->nStmt, 0, sizeof(*aNew) * (size_t)(nArg + 1 - p->nStmt));
    p->apStmt = aNew;
    p->nStmt = nArg + 1;
  }
  if( p->apStmt[nArg] == 0 ){
    ZbBuf sql;
    char *zSql;
    zb_buf_init(&sql);
    zb_buf_append(&sql, "SELECT julianday(?1", 19);
    for(i=2; i<=nArg; i++){
      char a[16];
      zb_buf_append(&sql, a, (size_t)snprintf(a, sizeof(a), ",?%d", i));
    }
    zb_buf_putc(&sql, ')');
    zSql = zb_buf_detach(&sql);
    if( zSql == 0 ){ *pzErr = 0; return 0; }
    if( sqlite3_prepare_v3(p->helper, zSql, -1, SQLITE_PREPARE_PERSISTENT, &p->apStmt[nArg], 0) ){
      *pzErr = zb_mprintf("%s", sqlite3_errmsg(p->helper));
    }
    free(zSql);
  }
  return p->apStmt[nArg];
}

/* The fast path: reads the common time values exactly as SQLite does.
** Returns 1 with *piJD set, or 0 to leave the value to SQLite. */
static int read_common_time_value(sqlite3_value *v, int64_t *piJD){
  const unsigned char *z;
  int n, y, mon, d, h = 0, min = 0, sec = 0, ms = 0;
  int type = sqlite3_value_type(v);
  if( type == SQLITE_INTEGER || type == SQLITE_FLOAT ){
    double r = sqlite3_value_double(v);
    if( !(r >= 0.0 && r < 5373484.5) ) return 0;
    *piJD = (int64_t)(r * 86400000.0 + 0.5);
    return 1;
  }
  if( type != SQLITE_TEXT ) return 0;
  z = sqlite3_value_text(v);
  n = sqlite3_value_bytes(v);
  if( z == 0 || (n != 10 && n != 16 && n != 19 && n != 23) ) return 0;
  y = ascii_digits(z, 4);
  mon = ascii_digits(z + 5, 2);
  d = ascii_digits(z + 8, 2);
  if( y < 0 || z[4] != '-' || z[7] != '-' || mon < 1 || mon > 12 || d < 1 || d > 31 ) return 0;
  if( n > 10 ){
    if( z[10] != ' ' && z[10] != 'T' ) return 0;
    h = ascii_digits(z + 11, 2);
    min = ascii_digits(z + 14, 2);
    if( h < 0 || h > 24 || z[13] != ':' || min < 0 || min > 59 ) return 0;
    if( n > 16 ){
      sec = ascii_digits(z + 17, 2);
      if( z[16] != ':' || sec < 0 || sec > 59 ) return 0;
    }
    if( n > 19 ){
      ms = ascii_digits(z + 20, 3);
      if( z[19] != '.' || ms < 0 ) return 0;
    }
  }
  /* SQLite takes day 31 of any month as days after its first: so do we. */
  *piJD = zb_day_ijd(gregorian_to_day(y, mon, d), 0)
        + ((h * 60 + min) * 60 + sec) * 1000 + ms;
  return *piJD <= ZB_IJD_MAX;
}

/* 'YYYY-MM-DD HH:MM:SS.SSS' (Gregorian) of an instant, for SQLite. */
static void format_instant(char buf[32], int64_t iJD){
  int32_t ms = zb_ijd_ms_of_day(iJD);
  char *p = buf + zb_format_date(buf, zb_cal_from_day(ZB_GREGORIAN, zb_ijd_day(iJD)));
  *p++ = ' ';
  p = put_uint(p, (unsigned)(ms / 3600000), 2);
  *p++ = ':';
  p = put_uint(p, (unsigned)(ms / 60000 % 60), 2);
  *p++ = ':';
  p = put_uint(p, (unsigned)(ms / 1000 % 60), 2);
  *p++ = '.';
  p = put_uint(p, (unsigned)(ms % 1000), 3);
  *p = 0;
}

/* The instant of a time value (pTime) or of a previous result (*piJD, when
** pTime is NULL) after nMod ordinary modifiers.  Returns 1 with *piJD set;
** 0 if SQLite says NULL; -1 with a malloc'd message in *pzErr (NULL: OOM). */
static int eval_ordinary(CalConn *p, sqlite3_value *pTime, sqlite3_value **apMod, int nMod,
                         int64_t *piJD, char **pzErr){
  sqlite3_stmt *pStmt;
  char zPrev[32];
  int i, rc;
  if( pTime && nMod == 0 && read_common_time_value(pTime, piJD) ) return 1;
  pStmt = julianday_stmt(p, nMod + 1, pzErr);
  if( pStmt == 0 ) return -1;
  if( pTime ){
    sqlite3_bind_value(pStmt, 1, pTime);
  }else{
    format_instant(zPrev, *piJD);
    sqlite3_bind_text(pStmt, 1, zPrev, -1, SQLITE_STATIC);
  }
  for(i=0; i<nMod; i++) sqlite3_bind_value(pStmt, i + 2, apMod[i]);
  rc = sqlite3_step(pStmt);
  if( rc == SQLITE_ROW ){
    rc = sqlite3_column_type(pStmt, 0) != SQLITE_NULL;
    if( rc ) *piJD = llround(sqlite3_column_double(pStmt, 0) * 86400000.0);
  }else{
    *pzErr = zb_mprintf("%s", sqlite3_errmsg(p->helper));
    rc = -1;
  }
  sqlite3_reset(pStmt);
  sqlite3_clear_bindings(pStmt);
  return rc;
}

/* 'civil' or 'umalqura' among hijri()'s modifiers, else -1. */
static int hijri_switch(sqlite3_value *v){
  const char *z;
  int n;
  if( sqlite3_value_type(v) != SQLITE_TEXT ) return -1;
  z = (const char*)sqlite3_value_text(v);
  n = sqlite3_value_bytes(v);
  if( is_word(z, n, "civil") ) return ZB_HIJRI_CIVIL;
  if( is_word(z, n, "umalqura") ) return ZB_HIJRI;
  return -1;
}

enum { MOD_ORDINARY, MOD_CALENDAR, MOD_SWITCH, MOD_NULL, MOD_END };

static int classify_modifier(sqlite3_value *v, int allowSwitch, ZbCalModifier *pMod){
  int type = sqlite3_value_type(v);
  if( type == SQLITE_NULL ) return MOD_NULL;
  if( type != SQLITE_TEXT ) return MOD_ORDINARY;
  if( allowSwitch && hijri_switch(v) >= 0 ) return MOD_SWITCH;
  switch( zb_cal_modifier_parse((const char*)sqlite3_value_text(v), sqlite3_value_bytes(v), pMod) ){
    case 1:  return MOD_CALENDAR;
    case 0:  return MOD_ORDINARY;
    default: return MOD_NULL;      /* '+1.5 months': no such date */
  }
}

/* Evaluates argv[0] and the modifiers argv[1..argc-1] in calendar *pCal
** (hijri() lets 'civil' and 'umalqura' change it, wherever they stand).
** Returns 1 with *piJD set, 0 for a NULL result, -1 with *pzErr set. */
static int eval_time(CalConn *p, ZbCalendar *pCal, int allowSwitch, int argc,
                     sqlite3_value **argv, int64_t *piJD, char **pzErr){
  int i, runStart = 1, haveTime = 0;
  if( sqlite3_value_type(argv[0]) == SQLITE_NULL ) return 0;
  for(i=1; allowSwitch && i<argc; i++){
    int cal = hijri_switch(argv[i]);
    if( cal >= 0 ) *pCal = (ZbCalendar)cal;
  }
  for(i=1; i<=argc; i++){
    ZbCalModifier mod;
    int kind = i < argc ? classify_modifier(argv[i], allowSwitch, &mod) : MOD_END;
    if( kind == MOD_ORDINARY ) continue;
    if( kind == MOD_NULL ) return 0;
    if( !haveTime || i > runStart ){
      int rc = eval_ordinary(p, haveTime ? 0 : argv[0], argv + runStart, i - runStart, piJD, pzErr);
      if( rc <= 0 ) return rc;
      haveTime = 1;
    }
    if( kind == MOD_CALENDAR && zb_cal_modifier_apply(*pCal, &mod, piJD) ) return 0;
    runStart = i + 1;
  }
  return 1;
}

/* eval_time() for a function: errors become the function's error. */
static int eval_time_func(sqlite3_context *ctx, const char *zFunc, ZbCalendar *pCal,
                          int allowSwitch, int argc, sqlite3_value **argv, int64_t *piJD){
  char *zErr = 0;
  int rc = eval_time(sqlite3_user_data(ctx), pCal, allowSwitch, argc, argv, piJD, &zErr);
  if( rc < 0 ){
    char *zMsg = zErr ? zb_mprintf("%s: %s", zFunc, zErr) : 0;
    free(zErr);
    zb_result_error_free(ctx, zMsg);
  }
  return rc;
}

static int too_few_args(sqlite3_context *ctx, const char *zFunc, int argc, int nMin){
  if( argc >= nMin ) return 0;
  zb_result_error_free(ctx, zb_mprintf("wrong number of arguments to function %s()", zFunc));
  return 1;
}

static void result_date(sqlite3_context *ctx, ZbCalendar cal, int32_t day){
  char buf[16];
  int n = zb_format_date(buf, zb_cal_from_day(cal, day));
  sqlite3_result_text(ctx, buf, n, SQLITE_TRANSIENT);
}

/* jalali(timevalue, modifier, ...) and hijri(timevalue, modifier, ...) */
static void date_in_calendar(sqlite3_context *ctx, const char *zFunc, ZbCalendar cal,
                             int argc, sqlite3_value **argv){
  int64_t iJD;
  if( argc == 1 && read_common_time_value(argv[0], &iJD) ){    /* the usual call */
    result_date(ctx, cal, zb_ijd_day(iJD));
    return;
  }
  if( too_few_args(ctx, zFunc, argc, 1) ) return;
  if( eval_time_func(ctx, zFunc, &cal, cal != ZB_JALALI, argc, argv, &iJD) > 0 ){
    result_date(ctx, cal, zb_ijd_day(iJD));
  }
}

static void jalali_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  date_in_calendar(ctx, "jalali", ZB_JALALI, argc, argv);
}

static void hijri_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  date_in_calendar(ctx, "hijri", ZB_HIJRI, argc, argv);
}

/* jalali_strftime(format, timevalue, modifier, ...) */
static void jalali_strftime_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  const char *zFunc = "jalali_strftime";
  ZbCalendar cal = ZB_JALALI;
  const unsigned char *zFmt;
  int64_t iJD;
  int nFmt, rc;
  char *zErr = 0;
  ZbBuf out;
  if( too_few_args(ctx, zFunc, argc, 2) ) return;
  if( sqlite3_value_type(argv[0]) == SQLITE_NULL ) return;
  if( eval_time_func(ctx, zFunc, &cal, 0, argc - 1, argv + 1, &iJD) <= 0 ) return;
  zFmt = zb_arg_text(argv[0], &nFmt);
  zb_buf_init(&out);
  rc = zb_jalali_strftime(zFunc, (const char*)zFmt, nFmt, iJD, &out, &zErr);
  if( rc == 0 ){
    zb_result_buf(ctx, &out);
    return;
  }
  zb_buf_free(&out);
  if( rc < 0 ) zb_result_error_free(ctx, zErr);
}

/* gregorian(text [, calendar]) */
static const char *const azWrittenCalendars[] = { "jalali", "hijri", "hijri-civil", 0 };
static const ZbCalendar aWrittenCalendar[] = { ZB_JALALI, ZB_HIJRI, ZB_HIJRI_CIVIL };

static void gregorian_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  ZbCalendar cal = ZB_JALALI;
  const unsigned char *z;
  int32_t day;
  int n, rc;
  if( argc == 2 ){
    int i;
    z = zb_arg_text(argv[1], &n);
    if( z == 0 ) return;
    if( (i = zb_choice((const char*)z, (size_t)n, azWrittenCalendars)) < 0 ){
      zb_result_error_free(ctx, zb_choice_error("gregorian", "calendar", (const char*)z, (size_t)n,
                                                azWrittenCalendars));
      return;
    }
    cal = aWrittenCalendar[i];
  }
  z = zb_arg_text(argv[0], &n);
  if( z == 0 ) return;
  rc = zb_cal_parse(cal, z, n, &day);
  if( rc < 0 ){ sqlite3_result_error_nomem(ctx); return; }
  if( rc == 0 || day < ZB_DAY_MIN || day > ZB_DAY_MAX ) return;
  result_date(ctx, ZB_GREGORIAN, day);
}

/* ----------------------------------------------------------------------
** calendar(start, stop): one row per day, like generate_series (series.c).
*/

enum { COL_DATE, COL_WEEKDAY, COL_JALALI, COL_JY, COL_JM, COL_JD,
       COL_HIJRI, COL_HY, COL_HM, COL_HD, COL_START, COL_STOP };

typedef struct CalendarVtab {
  sqlite3_vtab base;
  CalConn *conn;
} CalendarVtab;

typedef struct CalendarCursor {
  sqlite3_vtab_cursor base;
  int32_t day, lastDay;
  ZbDate gregorian, jalali, hijri;   /* of day */
} CalendarCursor;

static int calendar_connect(sqlite3 *db, void *pAux, int argc, const char *const *argv,
                            sqlite3_vtab **ppVtab, char **pzErr){
  CalendarVtab *p;
  int rc = sqlite3_declare_vtab(db,
      "CREATE TABLE x(date TEXT, weekday INTEGER, jalali TEXT, jy INTEGER, jm INTEGER,"
      " jd INTEGER, hijri TEXT, hy INTEGER, hm INTEGER, hd INTEGER, start HIDDEN, stop HIDDEN)");
  if( rc ) return rc;
  sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
  p = sqlite3_malloc(sizeof(*p));
  if( p == 0 ) return SQLITE_NOMEM;
  memset(p, 0, sizeof(*p));
  p->conn = pAux;
  *ppVtab = &p->base;
  return SQLITE_OK;
}

static int calendar_disconnect(sqlite3_vtab *pVtab){
  sqlite3_free(pVtab);
  return SQLITE_OK;
}

/* start and stop (both required) are arguments: see zb_tvf_best_index().
** The rows come in date order, so ORDER BY date needs no sort. */
static int calendar_best_index(sqlite3_vtab *pVtab, sqlite3_index_info *pInfo){
  int rc = zb_tvf_best_index(pInfo, COL_START, 2, 3, 1000.0, 1000);
  if( rc == SQLITE_OK && pInfo->nOrderBy == 1 && !pInfo->aOrderBy[0].desc
   && (pInfo->aOrderBy[0].iColumn == COL_DATE || pInfo->aOrderBy[0].iColumn < 0) ){
    pInfo->orderByConsumed = 1;
  }
  return rc;
}

static int calendar_open(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCursor){
  CalendarCursor *pCur = sqlite3_malloc(sizeof(*pCur));
  if( pCur == 0 ) return SQLITE_NOMEM;
  memset(pCur, 0, sizeof(*pCur));
  *ppCursor = &pCur->base;
  return SQLITE_OK;
}

static int calendar_close(sqlite3_vtab_cursor *pCursor){
  sqlite3_free(pCursor);
  return SQLITE_OK;
}

static void calendar_compute_row(CalendarCursor *pCur){
  pCur->gregorian = zb_cal_from_day(ZB_GREGORIAN, pCur->day);
  pCur->jalali = zb_cal_from_day(ZB_JALALI, pCur->day);
  pCur->hijri = zb_cal_from_day(ZB_HIJRI, pCur->day);
}

/* The day of a start or stop argument, or 0 if it is NULL or not a date. */
static int calendar_arg_day(CalendarVtab *pVtab, sqlite3_value *v, int32_t *pDay){
  ZbCalendar cal = ZB_GREGORIAN;
  int64_t iJD;
  char *zErr = 0;
  int rc = eval_time(pVtab->conn, &cal, 0, 1, &v, &iJD, &zErr);
  if( rc < 0 ){
    sqlite3_free(pVtab->base.zErrMsg);
    pVtab->base.zErrMsg = sqlite3_mprintf("calendar: %s", zErr ? zErr : "out of memory");
    free(zErr);
    return -1;
  }
  if( rc > 0 ) *pDay = zb_ijd_day(iJD);
  return rc;
}

static int calendar_filter(sqlite3_vtab_cursor *pCursor, int idxNum, const char *idxStr,
                           int argc, sqlite3_value **argv){
  CalendarCursor *pCur = (CalendarCursor*)pCursor;
  CalendarVtab *pVtab = (CalendarVtab*)pCursor->pVtab;
  int rcStart, rcStop;
  pCur->day = 1;
  pCur->lastDay = 0;                 /* no rows unless both arguments are dates */
  if( idxNum != 3 ){
    sqlite3_free(pVtab->base.zErrMsg);
    pVtab->base.zErrMsg = sqlite3_mprintf("calendar: both start and stop are required");
    return SQLITE_ERROR;
  }
  rcStart = calendar_arg_day(pVtab, argv[0], &pCur->day);
  rcStop = rcStart < 0 ? -1 : calendar_arg_day(pVtab, argv[1], &pCur->lastDay);
  if( rcStart < 0 || rcStop < 0 ) return SQLITE_ERROR;
  if( rcStart == 0 || rcStop == 0 ){ pCur->day = 1; pCur->lastDay = 0; return SQLITE_OK; }
  calendar_compute_row(pCur);
  return SQLITE_OK;
}

static int calendar_next(sqlite3_vtab_cursor *pCursor){
  CalendarCursor *pCur = (CalendarCursor*)pCursor;
  pCur->day++;
  if( pCur->day <= pCur->lastDay ) calendar_compute_row(pCur);
  return SQLITE_OK;
}

static int calendar_eof(sqlite3_vtab_cursor *pCursor){
  CalendarCursor *pCur = (CalendarCursor*)pCursor;
  return pCur->day > pCur->lastDay;
}

static int calendar_column(sqlite3_vtab_cursor *pCursor, sqlite3_context *ctx, int iCol){
  CalendarCursor *pCur = (CalendarCursor*)pCursor;
  switch( iCol ){
    case COL_DATE:    result_date(ctx, ZB_GREGORIAN, pCur->day); break;
    case COL_WEEKDAY: sqlite3_result_int(ctx, zb_weekday(pCur->day)); break;
    case COL_JALALI:  result_date(ctx, ZB_JALALI, pCur->day); break;
    case COL_JY:      sqlite3_result_int(ctx, pCur->jalali.y); break;
    case COL_JM:      sqlite3_result_int(ctx, pCur->jalali.m); break;
    case COL_JD:      sqlite3_result_int(ctx, pCur->jalali.d); break;
    case COL_HIJRI:   result_date(ctx, ZB_HIJRI, pCur->day); break;
    case COL_HY:      sqlite3_result_int(ctx, pCur->hijri.y); break;
    case COL_HM:      sqlite3_result_int(ctx, pCur->hijri.m); break;
    case COL_HD:      sqlite3_result_int(ctx, pCur->hijri.d); break;
    default:          break;          /* start, stop: consumed by xBestIndex */
  }
  return SQLITE_OK;
}

static int calendar_rowid(sqlite3_vtab_cursor *pCursor, sqlite3_int64 *pRowid){
  *pRowid = ((CalendarCursor*)pCursor)->day;
  return SQLITE_OK;
}

static const sqlite3_module calendarModule = {
  0,                      /* iVersion */
  0,                      /* xCreate: eponymous only */
  calendar_connect,
  calendar_best_index,
  calendar_disconnect,
  0,                      /* xDestroy */
  calendar_open,
  calendar_close,
  calendar_filter,
  calendar_next,
  calendar_eof,
  calendar_column,
  calendar_rowid,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0     /* xUpdate .. xShadowName */
};

static const ZbFunc aCalendarFuncs[] = {
  { "jalali",          -1, -1, ZB_PURE, jalali_func },
  { "jalali_strftime", -1, -1, ZB_PURE, jalali_strftime_func },
  { "hijri",           -1, -1, ZB_PURE, hijri_func },
  { "gregorian",        1,  2, ZB_PURE, gregorian_func },
};

int zb_calendar_register(sqlite3 *db, char **pzErrMsg){
  char *zErr = 0;
  CalConn *p;
  int rc;
  if( zb_cal_names_init(&zErr) ){
    *pzErrMsg = sqlite3_mprintf("zaban: calendar names: %s", zErr ? zErr : "out of memory");
    free(zErr);
    return SQLITE_ERROR;
  }
  p = sqlite3_malloc(sizeof(*p));
  if( p == 0 ) return SQLITE_NOMEM;
  memset(p, 0, sizeof(*p));
  /* The module owns p; SQLite frees it with the connection (or now, if
  ** registering fails). */
  rc = sqlite3_create_module_v2(db, "calendar", &calendarModule, p, calconn_free);
  if( rc ){
    *pzErrMsg = sqlite3_mprintf("zaban: cannot register calendar(): %s", sqlite3_errmsg(db));
    return rc;
  }
  return zb_register_functions(db, aCalendarFuncs,
                               (int)(sizeof(aCalendarFuncs)/sizeof(aCalendarFuncs[0])),
                               p, 0, pzErrMsg);
}
