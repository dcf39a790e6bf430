/*
** calendar.c — the calendar core: Jalali (Solar Hijri), Gregorian, Hijri
** (Umm al-Qura and tabular civil) dates on one day count, the text of a date,
** instants, and the modifiers that work in a calendar.  Pure C, no SQLite.
**
**   int32_t day = zb_cal_to_day(ZB_GREGORIAN, 2023, 10, 8);    // 19638
**   ZbDate j = zb_cal_from_day(ZB_JALALI, day);                // 1402-07-16
**   char buf[ZB_DATE_TEXT_SIZE];
**   zb_format_date(buf, zb_cal_from_day(ZB_HIJRI, day));       // "1445-03-23"
**
**   ZbCalModifier mod;                     // 'start of month' in the Jalali calendar
**   int64_t iJD = zb_day_ijd(day, 0);
**   if( zb_cal_modifier_parse("start of month", 14, &mod) == 1 ){
**     zb_cal_modifier_apply(ZB_JALALI, &mod, &iJD);            // 1402-07-01
**   }
**
** The SQL functions jalali(), hijri(), gregorian() and calendar() are built
** on this (calendar_sql.c); so is dates().  Day numbers count days since
** 1970-01-01, never local midnights, so no time zone or DST rule can shift a
** date.  docs/calendars.md documents the rules.
*/
#include "calendar_int.h"

#include <ctype.h>

/* ======================================================================
** Day arithmetic of the four calendars
*/

/* --- Gregorian: counted in years that start on 1 March, so that the leap
** day is the last day of its year and every 400 years hold the same number
** of days (the method of H. Hinnant's days_from_civil). */

#define GREGORIAN_DAYS_PER_400_YEARS 146097
#define DAY_OF_0000_03_01 (-719468)

static int gregorian_is_leap(int y){
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int gregorian_month_days(int y, int m){
  static const unsigned char aDays[12] = { 31,28,31,30,31,30,31,31,30,31,30,31 };
  return m==2 ? 28 + gregorian_is_leap(y) : aDays[m-1];
}

/* Shifting years by a multiple of 400 keeps the arithmetic on positive
** numbers, where division is cheap and rounds the right way. */
#define GREGORIAN_SHIFT_ERAS 2600
_Static_assert(GREGORIAN_SHIFT_ERAS * 400 > ZB_YEAR_LIMIT, "shifted years must stay positive");

static int32_t gregorian_to_day(int y, int m, int d){
  static const uint16_t aDaysFromMarch[13] = { 0, 306, 337, 0, 31, 61, 92, 122, 153, 184, 214, 245, 275 };
  uint32_t yMarch = (uint32_t)(y + GREGORIAN_SHIFT_ERAS * 400 - (m <= 2));
  uint32_t era = yMarch / 400, yearOfEra = yMarch % 400;
  uint32_t dayOfYear = aDaysFromMarch[m] + (uint32_t)d - 1;
  uint32_t dayOfEra = yearOfEra * 365 + yearOfEra/4 - yearOfEra/100 + dayOfYear;
  return (int32_t)((int64_t)era * GREGORIAN_DAYS_PER_400_YEARS + dayOfEra + DAY_OF_0000_03_01
                   - (int64_t)GREGORIAN_SHIFT_ERAS * GREGORIAN_DAYS_PER_400_YEARS);
}

static ZbDate gregorian_from_day(int32_t day){
  uint64_t z = (uint64_t)((int64_t)day - DAY_OF_0000_03_01
                          + (int64_t)GREGORIAN_SHIFT_ERAS * GREGORIAN_DAYS_PER_400_YEARS);
  uint32_t era = (uint32_t)(z / GREGORIAN_DAYS_PER_400_YEARS);
  uint32_t dayOfEra = (uint32_t)(z % GREGORIAN_DAYS_PER_400_YEARS);
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

#define JALALI_DAYS_PER_33_YEARS 12053     /* 33 years, 8 of them leap */
#define JALALI_FIRST_HALF_DAYS (6 * 31)    /* months 1-6 have 31 days, 7-11 30 */

/* Leap days before year y under the 33-year rule, up to a constant. */
static int64_t rule33_leap_days(int64_t y){
  return zb_floor_div(8 * y + 21, 33);
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

/* The Jalali year of a day.  The estimate from the 33-year cycle is at most
** one year off. */
static int jalali_year_of_day(int32_t day, int32_t *pStart){
  int nTable = ZB_NOWRUZ_LAST_YEAR - ZB_NOWRUZ_FIRST_YEAR;
  uint32_t sinceFirst = (uint32_t)(day - zb_nowruz_day[0]);
  int y;
  if( day >= zb_nowruz_day[0] && day < zb_nowruz_day[nTable] ){
    int i = (int)((uint64_t)sinceFirst * 33 / JALALI_DAYS_PER_33_YEARS);
    if( i >= nTable ) i = nTable - 1;
    while( zb_nowruz_day[i] > day ) i--;
    while( zb_nowruz_day[i + 1] <= day ) i++;
    *pStart = zb_nowruz_day[i];
    return ZB_NOWRUZ_FIRST_YEAR + i;
  }
  y = ZB_NOWRUZ_FIRST_YEAR
    + (int)zb_floor_div((int64_t)(day - zb_nowruz_day[0]) * 33, JALALI_DAYS_PER_33_YEARS);
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
  if( dayOfYear < JALALI_FIRST_HALF_DAYS ){
    r.m = dayOfYear / 31 + 1;
    r.d = dayOfYear % 31 + 1;
  }else{
    r.m = (dayOfYear - JALALI_FIRST_HALF_DAYS) / 30 + 7;
    r.d = (dayOfYear - JALALI_FIRST_HALF_DAYS) % 30 + 1;
  }
  return r;
}

/* --- Tabular civil Hijri: 30-year cycle of 11 leap years, months of 30
** and 29 days alternating, the leap day ending Dhu al-Hijjah. */

#define CIVIL_EPOCH_DAY (-492148)          /* 1 Muharram 1 AH = 622-07-16 (Julian) */
#define CIVIL_DAYS_PER_30_YEARS 10631      /* 30 * 354 + 11 */

static int32_t civil_year_start(int64_t y){
  return (int32_t)(CIVIL_EPOCH_DAY + 354 * (y - 1) + zb_floor_div(3 + 11 * y, 30));
}

static int civil_month_days(int y, int m){
  if( m % 2 ) return 30;
  if( m < 12 ) return 29;
  return 29 + (zb_floor_mod(14 + 11 * (int64_t)y, 30) < 11);
}

static int32_t civil_to_day(int y, int m, int d){
  return civil_year_start(y) + (59 * (m - 1) + 1) / 2 + d - 1;
}

static ZbDate civil_from_day(int32_t day){
  /* An estimate, at most one year off, that the loops correct. */
  int y = (int)zb_floor_div(30 * ((int64_t)day - CIVIL_EPOCH_DAY) + CIVIL_DAYS_PER_30_YEARS + 15,
                            CIVIL_DAYS_PER_30_YEARS);
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
  i = (int)((int64_t)(day - zb_umalqura_year_start[0]) * 30 / CIVIL_DAYS_PER_30_YEARS);
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

#define WEEKDAY_OF_DAY_0 5                 /* 1970-01-01 was a Thursday */

int zb_weekday(int32_t day){
  return (int)zb_floor_mod((int64_t)day + WEEKDAY_OF_DAY_0, 7);
}

/* A year as SQLite writes it: '-' for negative years, at least 4 digits. */
static char *put_year(char *p, int y){
  if( y < 0 ) *p++ = '-';
  return zb_put_uint(p, (uint64_t)(y < 0 ? -(int64_t)y : y), 4);
}

/* '-', 7 digits of year, "-MM-DD" and the NUL. */
_Static_assert(ZB_YEAR_LIMIT <= 9999999 && 1 + 7 + 6 + 1 <= ZB_DATE_TEXT_SIZE,
               "ZB_DATE_TEXT_SIZE must hold the date of any year up to ZB_YEAR_LIMIT");

int zb_format_date(char buf[ZB_DATE_TEXT_SIZE], ZbDate date){
  char *p = put_year(buf, date.y);
  *p++ = '-';
  p = zb_put_uint(p, (unsigned)date.m, 2);
  *p++ = '-';
  p = zb_put_uint(p, (unsigned)date.d, 2);
  *p = 0;
  return (int)(p - buf);
}

/* ======================================================================
** Instants and the calendar modifiers
*/

int32_t zb_ijd_day(int64_t iJD){
  return (int32_t)zb_floor_div(iJD - ZB_IJD_UNIX_EPOCH, ZB_MS_PER_DAY);
}

int32_t zb_ijd_ms_of_day(int64_t iJD){
  return (int32_t)zb_floor_mod(iJD - ZB_IJD_UNIX_EPOCH, ZB_MS_PER_DAY);
}

int64_t zb_day_ijd(int32_t day, int32_t msOfDay){
  return ZB_IJD_UNIX_EPOCH + (int64_t)day * ZB_MS_PER_DAY + msOfDay;
}

/* The lengths of the texts zb_time_from_text() reads. */
#define TEXT_DATE 10            /* YYYY-MM-DD */
#define TEXT_MINUTES 16         /* YYYY-MM-DD HH:MM */
#define TEXT_SECONDS 19         /* YYYY-MM-DD HH:MM:SS */
#define TEXT_MILLISECONDS 23    /* YYYY-MM-DD HH:MM:SS.SSS */

/* The time of 'YYYY-MM-DD HH:MM[:SS[.SSS]]' (n bytes at z) in milliseconds
** since midnight (up to 24:59:59.999, as SQLite reads it), or -1. */
static int32_t time_of_day_from_text(const unsigned char *z, int n){
  int h, min, sec = 0, ms = 0;
  if( z[TEXT_DATE] != ' ' && z[TEXT_DATE] != 'T' ) return -1;
  h = zb_ascii_digits(z + 11, 2);
  min = zb_ascii_digits(z + 14, 2);
  if( h < 0 || h > 24 || z[13] != ':' || min < 0 || min > 59 ) return -1;
  if( n >= TEXT_SECONDS ){
    sec = zb_ascii_digits(z + 17, 2);
    if( z[16] != ':' || sec < 0 || sec > 59 ) return -1;
  }
  if( n == TEXT_MILLISECONDS ){
    ms = zb_ascii_digits(z + 20, 3);
    if( z[19] != '.' || ms < 0 ) return -1;
  }
  return h * ZB_MS_PER_HOUR + min * ZB_MS_PER_MINUTE + sec * ZB_MS_PER_SECOND + ms;
}

int zb_time_from_text(const unsigned char *z, int n, ZbTime *pt){
  int y, m, d;
  int32_t ms = 0;
  if( z == 0 || (n != TEXT_DATE && n != TEXT_MINUTES && n != TEXT_SECONDS
                 && n != TEXT_MILLISECONDS) ){
    return 0;
  }
  y = zb_ascii_digits(z, 4);
  m = zb_ascii_digits(z + 5, 2);
  d = zb_ascii_digits(z + 8, 2);
  if( y < 0 || z[4] != '-' || z[7] != '-' || m < 1 || m > 12 || d < 1 || d > 31 ) return 0;
  if( n > TEXT_DATE && (ms = time_of_day_from_text(z, n)) < 0 ) return 0;
  /* Days past the month's end count on from its first day, and hour 24 is
  ** the next day, as in julianday(): gregorian_to_day() counts so. */
  pt->day = gregorian_to_day(y, m, d) + ms / ZB_MS_PER_DAY;
  pt->ms = ms % ZB_MS_PER_DAY;
  return pt->day <= ZB_DAY_MAX;
}

int zb_time_from_julian_day(double jd, ZbTime *pt){
  int64_t iJD;
  if( !(jd >= 0.0 && jd < ZB_JD_END) ) return 0;
  iJD = (int64_t)(jd * ZB_MS_PER_DAY + 0.5);         /* SQLite's rounding */
  pt->day = zb_ijd_day(iJD);
  pt->ms = zb_ijd_ms_of_day(iJD);
  return iJD <= ZB_IJD_MAX;        /* the last half millisecond before ZB_JD_END */
}

static void trim_spaces(const char **pz, int *pn){
  while( *pn > 0 && isspace((unsigned char)**pz) ){ (*pz)++; (*pn)--; }
  while( *pn > 0 && isspace((unsigned char)(*pz)[*pn - 1]) ) (*pn)--;
}

/* Larger counts of months or years leave every calendar's range; smaller
** ones keep the arithmetic of zb_cal_modifier_apply() far from overflow. */
#define MODIFIER_COUNT_LIMIT 100000000

/* Parses "[+-]digits[.zeros]" (a whole number) into *pv; -1 if not one. */
static int parse_whole_number(const char *z, int n, int64_t *pv){
  int i = 0, neg = 0, nDigit = 0;
  int64_t v = 0;
  if( i < n && (z[i] == '+' || z[i] == '-') ) neg = z[i++] == '-';
  for(; i < n && isdigit((unsigned char)z[i]); i++, nDigit++){
    if( v > MODIFIER_COUNT_LIMIT ) return -1;
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
  if( zb_is_word(z, n, "start of month") ){ p->kind = ZB_MOD_START_OF_MONTH; return 1; }
  if( zb_is_word(z, n, "start of year") ){ p->kind = ZB_MOD_START_OF_YEAR; return 1; }
  /* "N unit": the unit is the last word. */
  for(nNum = n; nNum > 0 && !isspace((unsigned char)z[nNum - 1]); nNum--){}
  if( zb_is_word(z + nNum, n - nNum, "month") || zb_is_word(z + nNum, n - nNum, "months") ){
    p->kind = ZB_MOD_MONTHS;
  }else if( zb_is_word(z + nNum, n - nNum, "year") || zb_is_word(z + nNum, n - nNum, "years") ){
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
      y = zb_floor_div(monthIndex, 12);
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
