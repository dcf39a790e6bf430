/*
** test_calendar.c — the calendar core (ext/calendar.h) against references
** that are not its own code:
**   - ICU's Persian calendar, every day of 1800..2200: identical but for
**     Jalali 1503, where ICU's 33-year rule is a day late;
**   - the astronomical rule (tools/nowruz_astro.h) for every year start
**     -61..3178, and ICU's rule differing from it in exactly 172 years;
**   - the official table of the University of Tehran (kabise.txt, all 293
**     years, with its leap marks) when ../shared is present;
**   - ICU's Umm al-Qura calendar on every day of its table (1300..1600 AH
**     and two years beyond), ICU's islamic-civil and proleptic Gregorian
**     across SQLite's whole range;
** and the core's own consistency on every day SQLite can represent, names,
** parsing, modifiers and strftime.
*/
#include "unit.h"
#include "calendar.h"
#include "normalize.h"
#include "../../tools/nowruz_astro.h"

#include <stdlib.h>
#include <unicode/ucal.h>

static const ZbCalendar aCalendar[] = { ZB_GREGORIAN, ZB_JALALI, ZB_HIJRI, ZB_HIJRI_CIVIL };
static const char *const azCalendar[] = { "gregorian", "jalali", "hijri", "hijri-civil" };

/* ---------------------------------------------------------------------
** ICU as the reference
*/

static UCalendar *icu_open(const char *zLocale){
  UErrorCode err = U_ZERO_ERROR;
  UCalendar *cal = ucal_open(u"UTC", -1, zLocale, UCAL_DEFAULT, &err);
  if( U_FAILURE(err) ){ printf("FAIL ucal_open(%s): %s\n", zLocale, u_errorName(err)); exit(1); }
  ucal_setGregorianChange(cal, -1e300, &err);   /* proleptic Gregorian */
  return cal;
}

static ZbDate icu_from_day(UCalendar *cal, int32_t day){
  UErrorCode err = U_ZERO_ERROR;
  ZbDate r;
  ucal_setMillis(cal, (double)day * ZB_MS_PER_DAY, &err);
  r.y = ucal_get(cal, UCAL_EXTENDED_YEAR, &err);
  r.m = ucal_get(cal, UCAL_MONTH, &err) + 1;
  r.d = ucal_get(cal, UCAL_DATE, &err);
  return r;
}

static int32_t icu_to_day(UCalendar *cal, int y, int m, int d){
  UErrorCode err = U_ZERO_ERROR;
  ucal_clear(cal);
  ucal_set(cal, UCAL_EXTENDED_YEAR, y);
  ucal_set(cal, UCAL_MONTH, m - 1);
  ucal_set(cal, UCAL_DATE, d);
  return (int32_t)floor(ucal_getMillis(cal, &err) / ZB_MS_PER_DAY);
}

static int same_date(ZbDate a, ZbDate b){
  return a.y == b.y && a.m == b.m && a.d == b.d;
}

/* Compares every stride-th day of [first, last] with ICU both ways; returns
** the number of days that differ, printing the first few. */
static int compare_with_icu(ZbCalendar cal, const char *zLocale, int32_t first, int32_t last, int stride){
  UCalendar *icu = icu_open(zLocale);
  int32_t day;
  int nDiff = 0;
  for(day = first; day <= last; day += stride){
    ZbDate ours = zb_cal_from_day(cal, day), theirs = icu_from_day(icu, day);
    if( !same_date(ours, theirs) || icu_to_day(icu, ours.y, ours.m, ours.d) != day ){
      if( nDiff++ < 3 ){
        printf("  day %d: ours %d-%02d-%02d, ICU %s %d-%02d-%02d\n", day, ours.y, ours.m,
               ours.d, zLocale, theirs.y, theirs.m, theirs.d);
      }
    }
  }
  ucal_close(icu);
  return nDiff;
}

static int32_t gday(int y, int m, int d){ return zb_cal_to_day(ZB_GREGORIAN, y, m, d); }

static void test_jalali_against_icu(void){
  UCalendar *icu = icu_open("@calendar=persian");
  int32_t day, first = gday(1800, 1, 1), last = gday(2200, 12, 31);
  int32_t start1503 = zb_cal_to_day(ZB_JALALI, 1503, 1, 1);
  int32_t start1504 = zb_cal_to_day(ZB_JALALI, 1504, 1, 1);
  int nDiff = 0, nDiffOutside1503 = 0;
  for(day = first; day <= last; day++){
    ZbDate ours = zb_cal_from_day(ZB_JALALI, day), theirs = icu_from_day(icu, day);
    if( !same_date(ours, theirs) ){
      nDiff++;
      if( day < start1503 || day >= start1504 ) nDiffOutside1503++;
    }
  }
  printf("jalali vs ICU, every day 1800-2200: %d days differ, all in 1503 AP: %s\n",
         nDiff, nDiffOutside1503 ? "no" : "yes");
  CHECK(nDiffOutside1503 == 0);
  CHECK(nDiff == 365 || nDiff == 366);        /* ICU's 1503 starts a day late */
  CHECK(start1503 == gday(2124, 3, 20));
  CHECK(icu_to_day(icu, 1503, 1, 1) == gday(2124, 3, 21));
  ucal_close(icu);
}

static void test_year_starts_against_astronomy(void){
  UCalendar *icu = icu_open("@calendar=persian");
  int y, nBad = 0, nIcuDiff = 0, firstIcuDiff = 0;
  for(y = -61; y <= 3178; y++){
    int32_t start = zb_cal_to_day(ZB_JALALI, y, 1, 1);
    if( start != astro_nowruz(y) && nBad++ < 3 ) printf("  year %d: table %d, astronomy %d\n", y, start, astro_nowruz(y));
    if( y <= 3177 && start != icu_to_day(icu, y, 1, 1) ){
      nIcuDiff++;
      if( y >= 1206 && firstIcuDiff == 0 ) firstIcuDiff = y;
    }
  }
  printf("year starts -61..3178 vs astronomy: %d differ; ICU differs in %d years of -61..3177, "
         "first after 1206: %d\n", nBad, nIcuDiff, firstIcuDiff);
  CHECK(nBad == 0);
  CHECK(nIcuDiff == 172);
  CHECK(firstIcuDiff == 1503);
  ucal_close(icu);
}

static FILE *open_shared(const char *zName){
  char zRel[256];
  FILE *f;
  snprintf(zRel, sizeof(zRel), "data/%s", zName);
  if( (f = unit_open_shared(zRel))==0 ) printf("SKIPPED %s: ../shared/data/%s is not here\n", zName, zName);
  return f;
}

static void test_official_table(void){
  FILE *f = open_shared("kabise.txt");
  char line[256];
  int nYear = 0, nBad = 0;
  if( f == 0 ) return;
  while( fgets(line, sizeof(line), f) ){
    char *p = line;
    int jy, gy, gm, gd, isLeap;
    if( line[0] == '#' ) continue;
    jy = (int)strtol(p, &p, 10);
    isLeap = *p == '*';
    while( *p == '*' ) p++;
    if( sscanf(p, " %d-%d-%d", &gy, &gm, &gd) != 3 ) continue;
    nYear++;
    if( zb_cal_to_day(ZB_JALALI, jy, 1, 1) != gday(gy, gm, gd) || zb_jalali_is_leap(jy) != isLeap ){
      if( nBad++ < 3 ) printf("  kabise.txt: %s", line);
    }
  }
  fclose(f);
  printf("kabise.txt: %d years, %d differ\n", nYear, nBad);
  CHECK(nYear == 293);
  CHECK(nBad == 0);
}

static void test_hijri_against_icu(void){
  int32_t uqFirst = zb_cal_to_day(ZB_HIJRI, 1298, 1, 1);
  int32_t uqLast = zb_cal_to_day(ZB_HIJRI, 1602, 12, 29);
  int n = compare_with_icu(ZB_HIJRI, "@calendar=islamic-umalqura", uqFirst, uqLast, 1);
  printf("umm al-qura vs ICU, every day 1298-1602 AH: %d differ\n", n);
  CHECK(n == 0);
  n = compare_with_icu(ZB_HIJRI_CIVIL, "@calendar=islamic-civil", gday(622, 7, 19), ZB_DAY_MAX, 7);
  n += compare_with_icu(ZB_HIJRI_CIVIL, "@calendar=islamic-civil", gday(1900, 1, 1), gday(2100, 1, 1), 1);
  printf("civil hijri vs ICU islamic-civil, 622-9999: %d differ\n", n);
  CHECK(n == 0);
  n = compare_with_icu(ZB_GREGORIAN, "@calendar=gregorian", ZB_DAY_MIN, ZB_DAY_MAX, 13);
  printf("gregorian vs ICU (proleptic), -4713..9999: %d differ\n", n);
  CHECK(n == 0);
  /* Umm al-Qura joins the civil calendar at both ends of its table. */
  CHECK(zb_cal_to_day(ZB_HIJRI, 1300, 1, 1) == zb_cal_to_day(ZB_HIJRI_CIVIL, 1300, 1, 1));
  CHECK(zb_cal_to_day(ZB_HIJRI, 1601, 1, 1) == zb_cal_to_day(ZB_HIJRI_CIVIL, 1601, 1, 1));
}

/* Every day SQLite can represent, in every calendar: the date is valid,
** converts back, and is the successor of the day before. */
static void test_consistency(void){
  size_t c;
  for(c=0; c<4; c++){
    ZbCalendar cal = aCalendar[c];
    ZbDate prev = zb_cal_from_day(cal, ZB_DAY_MIN - 1);
    int32_t day;
    int nBad = 0;
    for(day = ZB_DAY_MIN; day <= ZB_DAY_MAX; day++){
      ZbDate dt = zb_cal_from_day(cal, day);
      int isNext = (dt.y == prev.y && dt.m == prev.m && dt.d == prev.d + 1)
                || (dt.d == 1 && prev.d == zb_cal_month_days(cal, prev.y, prev.m)
                    && ((dt.y == prev.y && dt.m == prev.m + 1)
                        || (dt.y == prev.y + 1 && dt.m == 1 && prev.m == 12)));
      if( !isNext || !zb_cal_valid(cal, dt.y, dt.m, dt.d) || zb_cal_to_day(cal, dt.y, dt.m, dt.d) != day ){
        if( nBad++ < 3 ) printf("  %s day %d: %d-%d-%d\n", azCalendar[c], day, dt.y, dt.m, dt.d);
      }
      prev = dt;
    }
    CHECK(nBad == 0);
  }
  /* Far outside SQLite's range the proleptic rules still hold together. */
  for(c=0; c<4; c++){
    ZbDate dt = zb_cal_from_day(aCalendar[c], -300000000);
    CHECK(zb_cal_to_day(aCalendar[c], dt.y, dt.m, dt.d) == -300000000);
    dt = zb_cal_from_day(aCalendar[c], 300000000);
    CHECK(zb_cal_to_day(aCalendar[c], dt.y, dt.m, dt.d) == 300000000);
  }
}

static void test_dates(void){
  char buf[16];
  ZbDate dt = zb_cal_from_day(ZB_JALALI, gday(2023, 10, 8));
  CHECK(dt.y == 1402 && dt.m == 7 && dt.d == 16);
  CHECK(zb_weekday(gday(2023, 10, 8)) == 1);              /* a Sunday */
  CHECK(zb_weekday(gday(2023, 10, 7)) == 0);              /* a Saturday */
  CHECK(zb_cal_valid(ZB_JALALI, 1403, 12, 30));           /* 1403 is leap */
  CHECK(!zb_cal_valid(ZB_JALALI, 1404, 12, 30));
  CHECK(!zb_cal_valid(ZB_JALALI, 1402, 13, 1));
  CHECK(!zb_cal_valid(ZB_JALALI, 1402, 7, 31));
  CHECK(zb_cal_valid(ZB_JALALI, 1402, 6, 31));
  CHECK(!zb_cal_valid(ZB_GREGORIAN, 2023, 2, 29));
  CHECK(!zb_cal_valid(ZB_JALALI, ZB_YEAR_LIMIT + 1, 1, 1));
  CHECK(zb_cal_month_days(ZB_JALALI, 1402, 0) == 0);
  zb_format_date(buf, zb_cal_from_day(ZB_GREGORIAN, ZB_DAY_MIN));
  CHECK_STR(buf, "-4713-11-25");
  zb_format_date(buf, zb_cal_from_day(ZB_JALALI, gday(600, 3, 21)));
  CHECK_STR(buf, "-0021-01-01");
}

static int64_t ijd(int y, int m, int d, int32_t ms){
  return zb_day_ijd(gday(y, m, d), ms);
}

static void check_modifier(ZbCalendar cal, const char *zMod, int64_t iJD, const char *zWant){
  ZbCalModifier mod;
  char buf[16];
  int rc = zb_cal_modifier_parse(zMod, (int)strlen(zMod), &mod);
  if( rc == 1 ) rc = zb_cal_modifier_apply(cal, &mod, &iJD) ? -2 : 1;
  if( rc == 1 ) zb_format_date(buf, zb_cal_from_day(cal, zb_ijd_day(iJD)));
  else snprintf(buf, sizeof(buf), "rc %d", rc);
  CHECK_STR(buf, zWant);
}

static void test_modifiers(void){
  int64_t mehr16 = ijd(2023, 10, 8, 3600000);
  int64_t esfand30 = zb_day_ijd(zb_cal_to_day(ZB_JALALI, 1403, 12, 30), 0);
  ZbCalModifier mod;
  check_modifier(ZB_JALALI, "start of month", mehr16, "1402-07-01");
  check_modifier(ZB_JALALI, " Start Of Year ", mehr16, "1402-01-01");
  check_modifier(ZB_JALALI, "+1 months", mehr16, "1402-08-16");
  check_modifier(ZB_JALALI, "-7 month", mehr16, "1401-12-16");
  check_modifier(ZB_JALALI, "+12 months", mehr16, "1403-07-16");
  check_modifier(ZB_JALALI, "+1 years", esfand30, "1404-12-29");  /* clamped */
  check_modifier(ZB_JALALI, "-1 year", esfand30, "1402-12-29");
  check_modifier(ZB_JALALI, "+1.0 months", mehr16, "1402-08-16");
  check_modifier(ZB_HIJRI, "+1 months", mehr16, "1445-04-23");
  check_modifier(ZB_JALALI, "+1.5 months", mehr16, "rc -1");
  check_modifier(ZB_JALALI, "+1 days", mehr16, "rc 0");
  check_modifier(ZB_JALALI, "+100000 years", mehr16, "rc -2");
  CHECK(zb_cal_modifier_parse("+ months", 8, &mod) == -1);
  /* 'start of month' drops the time, '+N months' keeps it */
  CHECK(zb_cal_modifier_parse("start of month", 14, &mod) == 1);
  zb_cal_modifier_apply(ZB_JALALI, &mod, &mehr16);
  CHECK(zb_ijd_ms_of_day(mehr16) == 0);
}

/* What zb_time_from_text() reads in z: "YYYY-MM-DD ms" (Gregorian, ms
** since midnight), or "none". */
static void check_text_time(const char *z, const char *zWant){
  ZbTime t;
  char buf[48];
  if( zb_time_from_text((const unsigned char*)z, (int)strlen(z), &t) ){
    int n = zb_format_date(buf, zb_cal_from_day(ZB_GREGORIAN, t.day));
    snprintf(buf + n, sizeof(buf) - (size_t)n, " %d", (int)t.ms);
  }else{
    snprintf(buf, sizeof(buf), "none");
  }
  CHECK_STR(buf, zWant);
}

/* Time values, read as SQLite's julianday() reads them (tests/calendar_core.sql
** compares them with julianday() itself). */
static void test_time_values(void){
  ZbTime t;
  check_text_time("2023-10-08", "2023-10-08 0");
  check_text_time("2023-02-30", "2023-03-02 0");            /* day 30 runs on */
  check_text_time("2023-04-31", "2023-05-01 0");
  check_text_time("2024-02-29", "2024-02-29 0");
  check_text_time("2023-02-29", "2023-03-01 0");
  check_text_time("0000-01-01", "0000-01-01 0");
  check_text_time("9999-12-31", "9999-12-31 0");
  check_text_time("2023-10-08 13:05", "2023-10-08 47100000");
  check_text_time("2023-10-08T13:05:09", "2023-10-08 47109000");
  check_text_time("2023-02-30 13:05:09.250", "2023-03-02 47109250");
  check_text_time("2023-10-08 24:00", "2023-10-09 0");      /* hour 24: the next day */
  check_text_time("2023-10-08 24:59:59.999", "2023-10-09 3599999");
  check_text_time("9999-12-31 23:59:59.999", "9999-12-31 86399999");
  check_text_time("9999-12-31 24:00", "none");              /* past SQLite's range */
  check_text_time("2023-02-32", "none");
  check_text_time("2023-13-01", "none");
  check_text_time("2023-00-10", "none");
  check_text_time("2023-01-00", "none");
  check_text_time("2023-10-08 25:00", "none");
  check_text_time("2023-10-08 12:60", "none");
  check_text_time("2023-10-08 12:00:60", "none");
  check_text_time("2023-10-08t12:00", "none");
  /* forms SQLite reads that are left to it */
  check_text_time("2023-10-08 12:00:00.12", "none");
  check_text_time("2023-10-08Z", "none");
  check_text_time("-0001-01-01", "none");
  check_text_time("2460226.5", "none");
  CHECK(zb_time_from_text(0, 0, &t) == 0);

  CHECK(ZB_JD_UNIX_EPOCH * ZB_MS_PER_DAY == (double)ZB_IJD_UNIX_EPOCH);
  CHECK(zb_day_ijd(ZB_DAY_MAX, ZB_MS_PER_DAY - 1) == ZB_IJD_MAX);
  CHECK((int64_t)(ZB_JD_END * ZB_MS_PER_DAY) == ZB_IJD_MAX + 1);
  CHECK(zb_time_from_julian_day(ZB_JD_UNIX_EPOCH, &t) && t.day == 0 && t.ms == 0);
  CHECK(zb_time_from_julian_day(2460226.045245949, &t) && t.day == gday(2023, 10, 8)
        && t.ms == 47109250);
  CHECK(zb_time_from_julian_day(0.0, &t) && t.day == ZB_DAY_MIN - 1 && t.ms == ZB_MS_PER_DAY / 2);
  CHECK(zb_time_from_julian_day(5373484.49999, &t) && t.day == ZB_DAY_MAX);
  CHECK(zb_time_from_julian_day(-0.5, &t) == 0);
  CHECK(zb_time_from_julian_day(ZB_JD_END, &t) == 0);
  CHECK(zb_time_from_julian_day(5373484.4999999991, &t) == 0);   /* rounds to 10000-01-01 */
  CHECK(zb_time_from_julian_day(NAN, &t) == 0);
}

static int lookup(const char *z, ZbCalName *out){
  ZbBuf b;
  int found;
  zb_buf_init(&b);
  zb_fold((const unsigned char*)z, (int32_t)strlen(z), &b);
  found = zb_cal_lookup_name(b.z ? b.z : "", (int)b.n, out);
  zb_buf_free(&b);
  return found;
}

static int is_name(const char *z, ZbNameKind kind, ZbCalendar cal, int index){
  ZbCalName name;
  return lookup(z, &name) && name.kind == kind && name.index == index
      && (kind == ZB_NAME_WEEKDAY || name.calendar == cal);
}

static void test_names(void){
  char *zErr = 0;
  ZbCalName name;
  CHECK(zb_cal_names_init(&zErr) == 0);
  CHECK(is_name("فروردین", ZB_NAME_MONTH, ZB_JALALI, 1));
  CHECK(is_name("فروردين", ZB_NAME_MONTH, ZB_JALALI, 1));        /* Arabic yeh */
  CHECK(is_name("اردی بهشت", ZB_NAME_MONTH, ZB_JALALI, 2));
  CHECK(is_name("امرداد", ZB_NAME_MONTH, ZB_JALALI, 5));
  CHECK(is_name("Farvardin", ZB_NAME_MONTH, ZB_JALALI, 1));
  CHECK(is_name("MEHR", ZB_NAME_MONTH, ZB_JALALI, 7));
  CHECK(is_name("حمل", ZB_NAME_MONTH, ZB_JALALI, 1));
  CHECK(is_name("سنبلهٔ", ZB_NAME_MONTH, ZB_JALALI, 6));          /* ezafe hamza */
  CHECK(is_name("سنبله", ZB_NAME_MONTH, ZB_JALALI, 6));
  CHECK(is_name("ربیع‌الاول", ZB_NAME_MONTH, ZB_HIJRI, 3));
  CHECK(is_name("ربيع الأول", ZB_NAME_MONTH, ZB_HIJRI, 3));
  CHECK(is_name("ذو الحجة", ZB_NAME_MONTH, ZB_HIJRI, 12));
  CHECK(is_name("Ramadan", ZB_NAME_MONTH, ZB_HIJRI, 9));
  CHECK(is_name("اکتبر", ZB_NAME_MONTH, ZB_GREGORIAN, 10));
  CHECK(is_name("October", ZB_NAME_MONTH, ZB_GREGORIAN, 10));
  CHECK(is_name("شنبه", ZB_NAME_WEEKDAY, ZB_GREGORIAN, 0));
  CHECK(is_name("سه شنبه", ZB_NAME_WEEKDAY, ZB_GREGORIAN, 3));     /* space for ZWNJ */
  CHECK(is_name("Jomeh", ZB_NAME_WEEKDAY, ZB_GREGORIAN, 6));
  CHECK(is_name("vendredi", ZB_NAME_WEEKDAY, ZB_GREGORIAN, 6));
  CHECK(!lookup("day", &name));
  CHECK(!lookup("مهرماه", &name));
  CHECK(!lookup("", &name));
  CHECK_STR(zb_jalali_month_name(ZB_NAMES_PERSIAN, 1), "فروردین");
  CHECK_STR(zb_jalali_month_name(ZB_NAMES_PERSIAN, 5), "مرداد");
  CHECK_STR(zb_jalali_month_name(ZB_NAMES_AMORDAD, 5), "امرداد");
  CHECK_STR(zb_jalali_month_name(ZB_NAMES_DARI, 1), "حمل");
  CHECK_STR(zb_jalali_month_name(ZB_NAMES_DARI, 12), "حوت");
  CHECK_STR(zb_jalali_month_name(ZB_NAMES_LATIN, 12), "Esfand");
  CHECK_STR(zb_weekday_name(ZB_NAMES_PERSIAN, 0), "شنبه");
  CHECK_STR(zb_weekday_name(ZB_NAMES_LATIN, 6), "Jomeh");
  CHECK_STR(zb_weekday_name(ZB_NAMES_ENGLISH, 1), "Sunday");
  CHECK(zb_jalali_month_name(ZB_NAMES_PERSIAN, 13) == 0);
  free(zErr);
}

/* Every row of calendar_names.tsv (CLDR rows included: they are what ICU
** says) must be found with its meaning, except the rejected ones. */
static void test_names_tsv(void){
  FILE *f = open_shared("calendar_names.tsv");
  char line[512];
  int nRow = 0, nBad = 0;
  if( f == 0 ) return;
  while( fgets(line, sizeof(line), f) ){
    char *azField[5], *p = line;
    int i, index;
    ZbCalendar cal = ZB_GREGORIAN;
    ZbNameKind kind = ZB_NAME_MONTH;
    for(i=0; i<5; i++){ azField[i] = p; p += strcspn(p, "\t\n"); if( *p ) *p++ = 0; }
    index = atoi(azField[1]);
    if( strcmp(azField[0], "persian") == 0 ) cal = ZB_JALALI;
    else if( strcmp(azField[0], "islamic") == 0 ) cal = ZB_HIJRI;
    else if( strcmp(azField[0], "weekday") == 0 ) kind = ZB_NAME_WEEKDAY;
    else if( strcmp(azField[0], "gregorian") != 0 ) continue;   /* the header */
    if( strcmp(azField[3], "Day") == 0 || strcmp(azField[3], "Far") == 0 ) continue;
    nRow++;
    if( !is_name(azField[3], kind, cal, index) && nBad++ < 5 ){
      printf("  calendar_names.tsv: %s %d %s '%s' not found as such\n", azField[0], index, azField[2], azField[3]);
    }
  }
  fclose(f);
  printf("calendar_names.tsv: %d rows, %d not found\n", nRow, nBad);
  CHECK(nRow > 600);
  CHECK(nBad == 0);
}

static void check_parse(ZbCalendar cal, const char *z, const char *zWant){
  int32_t day;
  char buf[16];
  int rc = zb_cal_parse(cal, (const unsigned char*)z, (int)strlen(z), &day);
  if( rc == 1 ) zb_format_date(buf, zb_cal_from_day(ZB_GREGORIAN, day));
  CHECK_STR(rc == 1 ? buf : "NULL", zWant);
}

static void test_parse(void){
  check_parse(ZB_JALALI, "1402-07-16", "2023-10-08");
  check_parse(ZB_JALALI, "1402/7/16", "2023-10-08");
  check_parse(ZB_JALALI, "16/7/1402", "2023-10-08");
  check_parse(ZB_JALALI, " ۱۴۰۲/۰۷/۱۶ ", "2023-10-08");
  check_parse(ZB_JALALI, "١٤٠٢.٠٧.١٦", "2023-10-08");
  check_parse(ZB_JALALI, "16 مهر 1402", "2023-10-08");
  check_parse(ZB_JALALI, "۱۶ مهر ماه ۱۴۰۲", "2023-10-08");
  check_parse(ZB_JALALI, "16 Mehr 1402", "2023-10-08");
  check_parse(ZB_JALALI, "Mehr 16, 1402", "2023-10-08");
  check_parse(ZB_JALALI, "یکشنبه، ۱۶ مهر ۱۴۰۲", "2023-10-08");
  check_parse(ZB_JALALI, "یك‌شنبه ۱۶ ميزان ۱۴۰۲", "2023-10-08");
  check_parse(ZB_JALALI, "۴ آذر ۱۴۰۰", "2021-11-25");
  check_parse(ZB_JALALI, "4 اذر 1400", "2021-11-25");
  check_parse(ZB_JALALI, "30 اسفند 1403", "2025-03-20");
  check_parse(ZB_JALALI, "-0021-01-01", "0600-03-21");
  check_parse(ZB_HIJRI, "23 ربیع‌الاول 1445", "2023-10-08");
  check_parse(ZB_HIJRI, "23 ربيع الأول 1445", "2023-10-08");
  check_parse(ZB_HIJRI_CIVIL, "1445-03-23", "2023-10-08");
  check_parse(ZB_JALALI, "دوشنبه ۱۶ مهر ۱۴۰۲", "NULL");    /* it was a Sunday */
  check_parse(ZB_JALALI, "1402-13-01", "NULL");
  check_parse(ZB_JALALI, "1404-12-30", "NULL");
  check_parse(ZB_JALALI, "1402-07-31", "NULL");
  check_parse(ZB_JALALI, "7/8/9", "NULL");
  check_parse(ZB_JALALI, "16 مهر", "NULL");
  check_parse(ZB_JALALI, "16 Ramadan 1402", "NULL");         /* a Hijri month */
  check_parse(ZB_JALALI, "16 مهر 1402 x", "NULL");
  check_parse(ZB_JALALI, "", "NULL");
  check_parse(ZB_JALALI, "1402-07-16\xff", "NULL");
}

static void check_strftime(const char *zFmt, int64_t iJD, const char *zWant){
  ZbBuf b;
  char *zErr = 0;
  int rc;
  zb_buf_init(&b);
  rc = zb_jalali_strftime("jalali_strftime", zFmt, (int)strlen(zFmt), iJD, &b, &zErr);
  zb_buf_putc(&b, 0);
  CHECK_STR(rc == 0 ? b.z : rc == 1 ? "NULL" : zErr ? zErr : "OOM", zWant);
  zb_buf_free(&b);
  free(zErr);
}

static void test_strftime(void){
  int64_t t = ijd(2023, 10, 8, ((13 * 60 + 5) * 60 + 9) * 1000 + 250);
  check_strftime("%Y-%m-%d %H:%M:%S", t, "1402-07-16 13:05:09");
  check_strftime("%F %T %f", t, "1402-07-16 13:05:09 09.250");
  check_strftime("%j %w %u %W %y", t, "202 1 2 29 02");
  check_strftime("%-d %-m %-j", t, "16 7 202");
  check_strftime("%A %d %B", t, "یکشنبه 16 مهر");
  check_strftime("%{names=latin}%a %A %b %B", t, "Yek Yekshanbeh Meh Mehr");
  check_strftime("%{names=english}%A %B", t, "Sunday Mehr");
  check_strftime("%{names=dari}%d %B %Y", t, "16 میزان 1402");
  check_strftime("%{digits=persian}%d/%m/%Y %f", t, "۱۶/۰۷/۱۴۰۲ ۰۹٫۲۵۰");
  check_strftime("%{digits=arabic}%d", t, "١٦");
  check_strftime("%s %J", t, "1696770309 2460226.045245949");
  check_strftime("%%%d%%", t, "%16%");
  check_strftime("%q", t, "NULL");
  check_strftime("%", t, "NULL");
  check_strftime("%{names=latin", t, "NULL");
  check_strftime("%{nams=latin}", t, "jalali_strftime: unknown option 'nams'; valid: names, digits");
  check_strftime("", t, "");
  t = zb_day_ijd(zb_cal_to_day(ZB_JALALI, 1402, 5, 1), 0);
  check_strftime("%{names=amordad}%B", t, "امرداد");
}

int main(void){
  test_dates();
  test_consistency();
  test_jalali_against_icu();
  test_year_starts_against_astronomy();
  test_official_table();
  test_hijri_against_icu();
  test_modifiers();
  test_time_values();
  test_names();
  test_names_tsv();
  test_parse();
  test_strftime();
  return unit_done("calendar");
}
