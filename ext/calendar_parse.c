/*
** calendar_parse.c — reading a date written in the Jalali or a Hijri
** calendar, as people write it and as jalali_strftime() writes it:
** "1402/7/16", "16/07/1402", "۱۶ مهر ماه ۱۴۰۲", "یکشنبه، ۱۶ میزان ۱۴۰۲",
** "Mehr 16, 1402", "19 آبان -0522", "1445-03-23" (Hijri).  A date that does
** not exist is no date: never rolled over.
**
**   int32_t day;
**   if( zb_cal_parse(ZB_JALALI, z, n, &day) == 1 ){ ... }   // calendar.h
**
** From SQL, through gregorian():
**
**   SELECT gregorian('۱۶ مهر ماه ۱۴۰۲');          -- 2023-10-08
**   SELECT gregorian('1445-03-23', 'hijri');      -- 2023-10-08
**   SELECT gregorian('1404-12-30');               -- NULL (1404 is not leap)
*/
#include "calendar_int.h"
#include "normalize.h"

#include <ctype.h>
#include <strings.h>

/* No written date is longer. */
#define WRITTEN_DATE_MAX_BYTES 512

/* The most digits of a day, month or year: enough for every year up to
** ZB_YEAR_LIMIT, few enough that no arithmetic overflows. */
#define NUMBER_MAX_DIGITS 7
_Static_assert(ZB_YEAR_LIMIT <= 9999999, "NUMBER_MAX_DIGITS digits must write any year");

/* The value of the decimal digit c of any script, or -1. */
static int digit_value(int32_t c){
  if( c < 0x80 ) return (c >= '0' && c <= '9') ? c - '0' : -1;
  return zb_digit_value(c);
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
    int y = zb_ascii_digits(z, 4), m = zb_ascii_digits(z + 5, 2), d = zb_ascii_digits(z + 8, 2);
    if( y >= 0 && m >= 0 && d >= 0 ) return make_day(cal, y, m, d, pDay);
  }
  while( n > 0 && isspace(z[n - 1]) ) n--;
  while( i < n && isspace(z[i]) ) i++;
  while( i < n ){
    int32_t c = zb_next_cp(z, n, &i);
    int v = digit_value(c);
    if( v >= 0 ){
      if( aLen[iField] >= NUMBER_MAX_DIGITS ) return 0;
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

/* Reads a number word (1 to NUMBER_MAX_DIGITS digits).  A year (allowMinus)
** may have '-' before it, as %Y writes years before 1: "19 آبان -0522". */
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
    if( d < 0 || ++nDigit > NUMBER_MAX_DIGITS ) return 0;
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
  if( w->i >= w->n || w->aEnd[w->i] - w->aStart[w->i] != ZB_ABBREVIATION_LEN ) return -1;
  for(style = 0; style < ZB_NAME_STYLE_COUNT; style++){
    if( !zb_style_abbreviates((ZbNameStyle)style) ) continue;
    for(i = 0; i < nName; i++){
      const char *zName = kind == ZB_NAME_MONTH ? zb_jalali_month_name((ZbNameStyle)style, i + 1)
                                                : zb_weekday_name((ZbNameStyle)style, i);
      if( zName && strncasecmp(zName, w->z + w->aStart[w->i], ZB_ABBREVIATION_LEN) == 0 ){
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
  if( n > WRITTEN_DATE_MAX_BYTES ) return 0;
  rc = parse_numeric_date(cal, z, n, pDay);
  if( rc != -2 ) return rc;
  zb_buf_init(&folded);
  if( zb_fold(z, n, &folded) ){ zb_buf_free(&folded); return -1; }
  rc = split_words(&words, folded.z ? folded.z : "", (int)folded.n) ? 0
     : parse_words(cal, &words, pDay);
  zb_buf_free(&folded);
  return rc;
}
