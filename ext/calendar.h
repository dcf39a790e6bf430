/*
** calendar.h — zaban's calendar core: Jalali (Solar Hijri), Gregorian and
** Hijri dates on one day count, month and weekday names, and the Jalali
** strftime.  Pure C (ICU only for CLDR names), no SQLite types: the SQL
** functions jalali(), jalali_strftime(), gregorian(), hijri() and the table
** calendar() are bindings over this (calendar_sql.c), and dates() uses it
** too.  Each section below names the file that implements it;
** docs/calendars.md documents the rules.
**
** Day numbers count days since 1970-01-01 (proleptic Gregorian); instants
** are "iJD" values as in SQLite: milliseconds since Julian day 0.0, i.e.
** since noon UT of -4713-11-24.  No time zone is ever involved.
**
** The calendars:
**   ZB_GREGORIAN    proleptic Gregorian, astronomical year numbering.
**   ZB_JALALI       the Iranian calendar.  Years -61..3177 follow the
**                   astronomical rule (1 Farvardin is the day whose apparent
**                   noon at 52.5° E follows the March equinox; the table
**                   ext/calendar_nowruz_data.c, by tools/gen_nowruz.c).
**                   Outside that range, years continue from the table's
**                   edges with ICU's 33-year arithmetic rule (leap when
**                   (25y+11) mod 33 < 8).  Months 1-6 have 31 days, 7-11
**                   30, 12 29 or 30.
**   ZB_HIJRI        Umm al-Qura (Saudi Arabia) for 1300..1600 AH (the table
**                   ext/calendar_umalqura_data.c, from ICU); outside it the
**                   tabular civil calendar, which it joins without a gap.
**   ZB_HIJRI_CIVIL  the tabular (arithmetic) Islamic calendar, Friday epoch
**                   (ICU's "islamic-civil").
**
** Years are limited to ±ZB_YEAR_LIMIT so that no arithmetic overflows.
*/
#ifndef ZABAN_CALENDAR_H
#define ZABAN_CALENDAR_H
#include <stdint.h>
#include "util.h"

typedef enum ZbCalendar { ZB_GREGORIAN, ZB_JALALI, ZB_HIJRI, ZB_HIJRI_CIVIL } ZbCalendar;

typedef struct ZbDate { int y, m, d; } ZbDate;

#define ZB_YEAR_LIMIT 1000000

/* ---------------------------------------------------------------------
** Dates and day numbers (calendar.c)
*/

/* 1 if y-m-d is a real date of the calendar (never rolled over), else 0. */
int zb_cal_valid(ZbCalendar cal, int y, int m, int d);

/* Days in month m (1..12) of year y, or 0 if m is not a month. */
int zb_cal_month_days(ZbCalendar cal, int y, int m);

/* The day number of a valid date (check with zb_cal_valid first). */
int32_t zb_cal_to_day(ZbCalendar cal, int y, int m, int d);

/* The date of a day number (|day| up to about 365 * ZB_YEAR_LIMIT). */
ZbDate zb_cal_from_day(ZbCalendar cal, int32_t day);

/* The weekday of a day number, in the Iranian week: 0 = Saturday ... 6 = Friday. */
int zb_weekday(int32_t day);

/* 1 if the Jalali year has 366 days. */
int zb_jalali_is_leap(int y);

/* Writes "YYYY-MM-DD" (at least 4 year digits, '-' before a negative year,
** as SQLite's date() does) and a NUL into buf; returns the length.  Any
** date of a year within ±ZB_YEAR_LIMIT fits in ZB_DATE_TEXT_SIZE bytes. */
#define ZB_DATE_TEXT_SIZE 16
int zb_format_date(char buf[ZB_DATE_TEXT_SIZE], ZbDate date);

/* ---------------------------------------------------------------------
** Instants (iJD), time values and the calendar modifiers (calendar.c)
*/

#define ZB_MS_PER_SECOND 1000
#define ZB_MS_PER_MINUTE (60 * ZB_MS_PER_SECOND)
#define ZB_MS_PER_HOUR (60 * ZB_MS_PER_MINUTE)
#define ZB_MS_PER_DAY (24 * ZB_MS_PER_HOUR)

/* Day number 0, 1970-01-01 00:00, as a Julian day and as an iJD. */
#define ZB_JD_UNIX_EPOCH 2440587.5
#define ZB_IJD_UNIX_EPOCH INT64_C(210866760000000)

/* SQLite's range: instants 0..ZB_IJD_MAX (9999-12-31 23:59:59.999), Julian
** day numbers below ZB_JD_END (10000-01-01 00:00), days ZB_DAY_MIN
** (-4713-11-25, the first whole day) .. ZB_DAY_MAX (9999-12-31). */
#define ZB_IJD_MAX INT64_C(464269060799999)
#define ZB_JD_END 5373484.5
#define ZB_DAY_MIN (-2440587)
#define ZB_DAY_MAX 2932896

int32_t zb_ijd_day(int64_t iJD);        /* the day number of an instant */
int32_t zb_ijd_ms_of_day(int64_t iJD);  /* milliseconds since midnight */
int64_t zb_day_ijd(int32_t day, int32_t msOfDay);

/* Time values.  One rule for every zaban function that takes one
** (jalali(), hijri(), jalali_strftime(), calendar(), dates()' reference):
** a time value is the instant SQLite's julianday() makes of it.  So a day
** 29, 30 or 31 that its month lacks runs on into the next month
** ('2023-02-30' is 2023-03-02, '2023-04-31' is 2023-05-01), hour 24 is the
** next day's midnight, and a number is a Julian day number (a Unix time
** needs the 'unixepoch' modifier).  The two readers below take the forms
** that make up nearly all data without running SQL; SQLite reads more
** ('now', time zones, a number written as text, ...): a caller hands what
** they leave to julianday() and reads its result with
** zb_time_from_julian_day(). */

/* An instant as a day number and the milliseconds since that day's
** midnight (0 .. ZB_MS_PER_DAY - 1). */
typedef struct ZbTime { int32_t day; int32_t ms; } ZbTime;

/* Reads exactly 'YYYY-MM-DD', 'YYYY-MM-DD HH:MM', 'YYYY-MM-DD HH:MM:SS' or
** 'YYYY-MM-DD HH:MM:SS.SSS' ('T' or a space before the time): year
** 0000..9999, month 01..12, day 01..31, hour 00..24, minute and second
** 00..59, as julianday() reads them.  Returns 1 and fills *pt; 0 if the n
** bytes at z are not one of these forms or the instant is past 9999-12-31
** ('9999-12-31 24:00'). */
int zb_time_from_text(const unsigned char *z, int n, ZbTime *pt);

/* Reads a Julian day number as SQLite does, to the nearest millisecond: a
** number argument, or a result of julianday().  Returns 1 and fills *pt; 0
** outside SQLite's range. */
int zb_time_from_julian_day(double jd, ZbTime *pt);

/* The modifiers that depend on the calendar: 'start of month',
** 'start of year', '[+-]N months', '[+-]N years'. */
typedef enum ZbCalModKind { ZB_MOD_START_OF_MONTH, ZB_MOD_START_OF_YEAR,
                            ZB_MOD_MONTHS, ZB_MOD_YEARS } ZbCalModKind;
typedef struct ZbCalModifier { ZbCalModKind kind; int64_t n; } ZbCalModifier;

/* Recognizes a calendar modifier in the n bytes at z (case-insensitive,
** spaces around allowed).  Returns 1 and fills *p; 0 if z is not one (an
** ordinary SQLite modifier); -1 if it names months or years but N is not a
** whole number ('+1.5 months'), which has no meaning in these calendars. */
int zb_cal_modifier_parse(const char *z, int n, ZbCalModifier *p);

/* Applies a modifier in calendar cal.  'start of ...' also sets the time to
** midnight, as SQLite's does; '+N months/years' keeps the time and clamps the
** day to the last day of the target month (1403-12-30 + 1 year = 1404-12-29
** when 1404 is not leap).  Returns 0, or -1 when the result leaves SQLite's
** range (0..ZB_IJD_MAX). */
int zb_cal_modifier_apply(ZbCalendar cal, const ZbCalModifier *p, int64_t *piJD);

/* ---------------------------------------------------------------------
** Names (calendar_names.c): CLDR via ICU, plus curated variants
*/

typedef enum ZbNameKind { ZB_NAME_MONTH, ZB_NAME_WEEKDAY } ZbNameKind;

/* What a name means.  For a month: its calendar (ZB_JALALI, ZB_GREGORIAN
** or ZB_HIJRI, which stands for both Hijri calendars) and index 1..12; for a
** weekday: index 0 = Saturday .. 6 = Friday (calendar is ZB_GREGORIAN). */
typedef struct ZbCalName { ZbNameKind kind; ZbCalendar calendar; int index; } ZbCalName;

/* Builds the name tables once per process (thread-safe): CLDR names from
** ICU (fa, fa_AF, ps, ckb, ar, ur, en, fr, de, tg) and the variants of
** ext/calendar_names_data.c, each folded with zb_fold.  Returns 0, or -1 and a
** malloc'd message in *pzErr (NULL if memory ran out).  The other name
** functions call it themselves; call it early to report failures. */
int zb_cal_names_init(char **pzErr);

/* Looks up a month or weekday name.  zFolded is n bytes already folded with
** zb_fold (normalize.h); a name may have up to ZB_CAL_NAME_MAX_WORDS words
** separated by single spaces ("ربیع الاول", "dhul hijjah").  Returns 1 and
** fills *out, or 0.  When one folded spelling has two meanings, months win
** over weekdays and Jalali over Hijri over Gregorian. */
int zb_cal_lookup_name(const char *zFolded, int n, ZbCalName *out);
#define ZB_CAL_NAME_MAX_WORDS 3

/* The name sets of jalali_strftime(). */
typedef enum ZbNameStyle {
  ZB_NAMES_PERSIAN,   /* فروردین … اسفند, شنبه … جمعه (CLDR fa) */
  ZB_NAMES_AMORDAD,   /* the same with امرداد for month 5 */
  ZB_NAMES_DARI,      /* حمل ثور جوزا … حوت (CLDR fa_AF) */
  ZB_NAMES_LATIN,     /* Farvardin … Esfand, Shanbeh … Jomeh */
  ZB_NAMES_ENGLISH    /* Farvardin … Esfand, Saturday … Friday (CLDR en) */
} ZbNameStyle;
#define ZB_NAME_STYLE_COUNT (ZB_NAMES_ENGLISH + 1)

/* Jalali month m (1..12) and weekday w (0 = Saturday) names, UTF-8, or
** NULL if the tables could not be built or the index is out of range. */
const char *zb_jalali_month_name(ZbNameStyle style, int m);
const char *zb_weekday_name(ZbNameStyle style, int w);

/* ---------------------------------------------------------------------
** Parsing (calendar_parse.c) and formatting (calendar_strftime.c)
*/

/* Parses a date written in calendar cal (ZB_JALALI, ZB_HIJRI or
** ZB_HIJRI_CIVIL; month names must belong to it): "1402-07-16",
** "1402/7/16", "16/7/1402", digits of any script, "16 مهر 1402",
** "۱۶ مهر ماه ۱۴۰۲", "Mehr 16, 1402", an optional weekday in front (which
** must be the date's), '-' before a year before 1 ("19 آبان -0522",
** "19/08/-0522"), as zb_jalali_strftime() writes it.  Returns 1 and sets
** *pDay; 0 if the text is not a date or the date does not exist; -1 if
** memory ran out. */
int zb_cal_parse(ZbCalendar cal, const unsigned char *z, int n, int32_t *pDay);

/* Formats an instant in the Jalali calendar (directives: docs/calendars.md,
** jalali_strftime()).
** zFunc names the SQL function in error messages.  Returns 0; 1 if the
** format has an unknown directive (SQL gives NULL); -1 on error, with a
** malloc'd message in *pzErr (NULL when memory ran out). */
int zb_jalali_strftime(const char *zFunc, const char *zFmt, int nFmt, int64_t iJD,
                       ZbBuf *out, char **pzErr);

/* ---------------------------------------------------------------------
** Generated tables (calendar_*_data.c, by tools/gen_*), for calendar.c,
** calendar_names.c and the unit tests
*/
#define ZB_NOWRUZ_FIRST_YEAR (-61)
#define ZB_NOWRUZ_LAST_YEAR 3178
extern const int32_t zb_nowruz_day[];          /* 1 Farvardin, per year */

#define ZB_UMALQURA_FIRST_YEAR 1300
#define ZB_UMALQURA_LAST_YEAR 1600
extern const int32_t zb_umalqura_year_start[]; /* 1 Muharram, per year, and one past */
extern const uint16_t zb_umalqura_months[];    /* bit m-1 set: month m has 30 days */

typedef struct ZbCalNameRow { ZbCalName name; const char *zName; } ZbCalNameRow;
extern const ZbCalNameRow zb_cal_name_rows[];
extern const int zb_cal_name_row_count;

#endif
