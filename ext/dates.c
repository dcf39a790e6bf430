/*
** dates.c — dates and times in running text, in Persian, Arabic, French and
** English: the table-valued function dates().
**
**   SELECT start, end, surface, value, precision, calendar, jalali, note
**     FROM dates('۱۶:۱۲ ۰۴ آذر ۱۴۰۰');
**   -- 0|17|۱۶:۱۲ ۰۴ آذر ۱۴۰۰|2021-11-25T16:12|datetime|jalali|1400-09-04T16:12|
**   SELECT value, note FROM dates('یکشنبه شب ۱۶ مهر ماه', '2023-10-10');
**   -- 2023-10-08|year inferred from the reference
**   SELECT d.value, count(*) FROM docs, dates(docs.body, docs.published) AS d GROUP BY 1;
**
** dates(text [, reference [, lang]]) gives one row per date or time
** expression: numeric dates in any digits (۱۴۰۰/۰۹/۰۴, 25/11/2021,
** 2024-06), month names of the Jalali, Hijri and Gregorian calendars
** (۰۴ آذر ۱۴۰۰, 15 رمضان 1445 هـ, 8 تشرين الأول 2023, 1er juin 2024,
** October 8, 2023), years with their context (سال ۱۴۰۲, in 2023, 1445 هـ),
** weekdays and relative days (پنجشنبه, yesterday, hier, أمس), times
** (۱۶:۱۲, 16h12, 4:12 pm), and a time next to a date as one datetime.
** `reference` (a date) resolves what the text leaves open: a weekday, a
** relative day, a date without its year.  docs/dates.md has the rules.
**
** The text is read through a token window (token_window.h): words,
** numbers and punctuation with their spans in the original text, each
** word folded; each word's meaning is looked up (date_words.c) as it
** enters the window, and hand-written patterns (date_patterns.c) run at
** each number and date word.  This file resolves what they find against
** the reference and gives the extractor's API (dates.h); the SQL binding
** is at the end.  Nothing is allocated per token.
*/
#include "dates_int.h"
#include "zaban.h"
SQLITE_EXTENSION_INIT3

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

/* ======================================================================
** The tokens: each word's meaning, as it enters the window
*/

/* The folded word ends with ماه (مهرماه, مهر‌ماه): the month before it. */
static const char zMah[] = "\xD9\x85\xD8\xA7\xD9\x87";

/* What a word means (xEnter of the window): its fold looked up, or, for a
** month written with ماه, the fold without it. */
static void enter_token(void *pArg, ZbWindow *w, ZbWinTok *k, void *pExtra){
  DateWord *d = pExtra;
  const char *zFold;
  int32_t nFold;
  memset(d, 0, sizeof(*d));
  if( k->t.kind == ZB_TOK_NUMBER || k->t.kind == ZB_TOK_PUNCT ) return;
  if( k->t.iByteEnd - k->t.iByte > MAX_WORD_BYTES ) return;
  if( (zFold = zb_win_fold(w, k, &nFold)) == 0 ) return;
  if( zb_date_lookup(zFold, nFold, k->key, &d->info) ) return;
  if( k->t.kind == ZB_TOK_ARABIC && nFold > 6 && memcmp(zFold + nFold - 6, zMah, 6) == 0
   && zb_date_lookup(zFold, nFold - 6, zb_token_key(zFold, (size_t)nFold - 6), &d->info) ){
    if( d->info.type == W_MONTH ) d->withMah = 1;
    else memset(&d->info, 0, sizeof(d->info));
  }
}

/* ======================================================================
** Resolution against the reference
*/

/* How far after the reference a date without its year may fall: news
** reports the past, and announces the coming weeks. */
#define AHEAD_DAYS 92
/* How far back a weekday may place a date without its year. */
#define WEEKDAY_BACK_DAYS 731
/* How many years back a date without its year is looked for: a day not
** every year has (29 February, 30 Esfand) may be eight years back. */
#define YEARS_BACK 8

/* The days a value may have: ISO 8601's four-digit years, 0000-01-01 ..
** 9999-12-31.  SQLite's date() gives NULL after 9999 (and writes years
** before 0000 with a sign, which ISO 8601 leaves to agreement). */
#define VALUE_DAY_MIN (-719528)          /* 0000-01-01 */
#define VALUE_DAY_MAX ZB_DAY_MAX

/* The day with that weekday nearest to ref: on or before it (direction 0),
** strictly before (-1, "last"), strictly after (+1, "next"). */
static int32_t weekday_near(int32_t ref, int weekday, int direction){
  int back = (zb_weekday(ref) - weekday + 7) % 7;
  if( direction > 0 ) return ref + (back ? 7 - back : 7);
  if( direction < 0 && back == 0 ) back = 7;
  return ref - back;
}

/* A date without its year: the latest occurrence no later than AHEAD_DAYS
** after the reference; with a weekday, the latest one within
** WEEKDAY_BACK_DAYS before that whose weekday is the one written. */
static void resolve_year(const ZbDates *p, const Comp *c, ZbDateMatch *m){
  int32_t ref = p->opt.referenceDay, best = 0, fitting = 0;
  int haveBest = 0, haveFitting = 0;
  int y, refYear = zb_cal_from_day(c->cal, ref).y;
  for(y = refYear + 1; y >= refYear - YEARS_BACK; y--){
    int32_t day;
    if( !zb_cal_valid(c->cal, y, c->m, c->d) ) continue;
    day = zb_cal_to_day(c->cal, y, c->m, c->d);
    if( day > ref + AHEAD_DAYS ) continue;
    if( !haveBest ){ best = day; haveBest = 1; }
    if( c->weekday < 0 || day < ref - WEEKDAY_BACK_DAYS ) break;
    if( zb_weekday(day) == c->weekday ){ fitting = day; haveFitting = 1; break; }
  }
  if( !haveBest ){ m->hasValue = 0; return; }
  m->day = best;
  m->notes |= ZB_DATE_NOTE_YEAR_FROM_REFERENCE;
  if( c->weekday < 0 ) return;
  if( !haveFitting ){
    m->notes |= ZB_DATE_NOTE_WEEKDAY_CONTRADICTS;
  }else if( fitting != best ){
    m->day = fitting;
    m->notes = (m->notes & ~(unsigned)ZB_DATE_NOTE_YEAR_FROM_REFERENCE) | ZB_DATE_NOTE_YEAR_FROM_WEEKDAY;
  }
}

/* The match's span, moved over a kashida after an era (هـ). */
static void match_span(ZbDates *p, const Comp *c, ZbDateMatch *m){
  const ZbWinTok *a = tok(p, c->iFirst), *b = tok(p, c->iLast);
  m->iByte = a->t.iByte;
  m->iChar = a->t.iChar;
  m->iByteEnd = b->t.iByteEnd;
  m->iCharEnd = b->t.iCharEnd;
  if( b->t.kind != ZB_TOK_ARABIC ) return;
  while( m->iByteEnd + 1 < p->n && p->z[m->iByteEnd] == 0xD9 && p->z[m->iByteEnd + 1] == 0x80 ){
    m->iByteEnd += 2;
    m->iCharEnd++;
  }
}

static void resolve(ZbDates *p, const Comp *c, ZbDateMatch *m){
  int32_t ref = p->opt.referenceDay;
  int hasRef = p->opt.hasReference;
  memset(m, 0, sizeof(*m));
  match_span(p, c, m);
  m->calendar = -1;
  m->hasValue = 1;
  m->notes = c->notes;
  m->hour = c->hour; m->minute = c->minute; m->second = c->second;
  m->precision = ZB_DATE_DAY;
  switch( c->kind ){
    case K_TIME:
      m->precision = ZB_DATE_TIME;
      return;
    case K_DATE:
      m->calendar = c->cal;
      if( !c->m ) m->precision = ZB_DATE_YEAR;
      else if( !c->d ) m->precision = ZB_DATE_MONTH;
      if( c->y ){
        m->day = zb_cal_to_day(c->cal, c->y, c->m ? c->m : 1, c->d ? c->d : 1);
        if( c->weekday >= 0 && zb_weekday(m->day) != c->weekday ){
          m->notes |= ZB_DATE_NOTE_WEEKDAY_CONTRADICTS;
        }
      }else if( hasRef ){
        resolve_year(p, c, m);
      }else{
        m->hasValue = 0;
      }
      break;
    case K_WEEKDAY:
      if( hasRef ) m->day = weekday_near(ref, c->weekday, c->direction);
      else m->hasValue = 0;
      break;
    case K_RELATIVE:
      if( hasRef ){
        m->day = ref + c->offset;
        if( c->weekday >= 0 && zb_weekday(m->day) != c->weekday ){
          m->notes |= ZB_DATE_NOTE_WEEKDAY_CONTRADICTS;
        }
      }else{
        m->hasValue = 0;
      }
      break;
  }
  if( c->hour >= 0 ) m->precision = ZB_DATE_DATETIME;
  if( !m->hasValue ){
    m->notes |= ZB_DATE_NOTE_NEEDS_REFERENCE;
  }else if( m->day < VALUE_DAY_MIN || m->day > VALUE_DAY_MAX ){
    m->hasValue = 0;                 /* tomorrow of 9999-12-31 */
    m->notes |= ZB_DATE_NOTE_OUT_OF_RANGE;
  }
}

/* ======================================================================
** The extractor's API (dates.h)
*/

ZbDates *zb_dates_open_window(ZbWindow *w, const ZbDatesOptions *opt){
  ZbWinReader reader;
  ZbDates *p;
  if( zb_dates_init(0) ) return 0;
  p = calloc(1, sizeof(*p));
  if( p == 0 ) return 0;
  p->w = w;
  p->z = zb_win_text(w, &p->n);
  if( opt ) p->opt = *opt;
  zb_buf_init(&p->fold);
  reader.szExtra = sizeof(DateWord);
  reader.xEnter = enter_token;
  reader.pArg = p;
  reader.piAnchor = &p->iAnchor;
  reader.nLookback = ZB_DATES_LOOKBACK;
  p->iReader = zb_win_attach(w, &reader);
  if( p->iReader < 0 ){
    free(p);
    return 0;
  }
  return p;
}

ZbDates *zb_dates_open(const unsigned char *z, int32_t n, const ZbDatesOptions *opt){
  ZbWindow *w = zb_win_open(z, n, opt ? opt->lang : ZB_LANG_AUTO);
  ZbDates *p = w ? zb_dates_open_window(w, opt) : 0;
  if( p == 0 ){
    zb_win_close(w);
    return 0;
  }
  p->ownWindow = 1;
  return p;
}

int zb_dates_reset(ZbDates *p, const unsigned char *z, int32_t n, const ZbDatesOptions *opt){
  if( zb_win_reset(p->w, z, n, opt ? opt->lang : ZB_LANG_AUTO) ) return -1;
  p->z = zb_win_text(p->w, &p->n);
  memset(&p->opt, 0, sizeof(p->opt));
  if( opt ) p->opt = *opt;
  p->iNext = p->iFloor = p->iAnchor = 0;
  return 0;
}

void zb_dates_close(ZbDates *p){
  if( p == 0 ) return;
  if( p->ownWindow ) zb_win_close(p->w);
  zb_buf_free(&p->fold);
  free(p);
}

/* The next match tried at a token up to iLast: 1, 0 if there is none (up
** to iLast), -1 if memory ran out. */
static int next_match(ZbDates *p, int64_t iLast, ZbDateMatch *pMatch){
  for(;;){
    const ZbWinTok *k;
    Comp c;
    if( p->iNext > iLast ) return 0;
    p->iAnchor = p->iNext;
    k = tok(p, p->iNext);
    if( p->fold.oom || zb_win_oom(p->w) ) return -1;
    if( k == 0 ) return 0;
    if( zb_date_is_anchor(p, k) && zb_date_match_at(p, p->iNext, &c) ){
      if( p->fold.oom || zb_win_oom(p->w) ) return -1;
      resolve(p, &c, pMatch);
      p->iNext = p->iFloor = c.iLast + 1;
      return 1;
    }
    p->iNext++;
  }
}

int zb_dates_next(ZbDates *p, ZbDateMatch *pMatch){
  return next_match(p, INT64_MAX, pMatch);
}

int zb_dates_next_by(ZbDates *p, int64_t iTok, ZbDateMatch *pMatch){
  return next_match(p, iTok + ZB_DATES_LOOKBACK, pMatch);
}

int zb_dates_format(const ZbDateMatch *m, ZbCalendar cal, char *zBuf){
  int n = 0;
  if( !m->hasValue ){ zBuf[0] = 0; return 0; }
  if( m->precision != ZB_DATE_TIME ){
    char zDate[16];
    int len = zb_format_date(zDate, zb_cal_from_day(cal, m->day));
    const char *zYearEnd = strchr(zDate + 1, '-');   /* past a minus sign */
    int nYear = zYearEnd ? (int)(zYearEnd - zDate) : len;
    n = m->precision == ZB_DATE_YEAR ? nYear : m->precision == ZB_DATE_MONTH ? nYear + 3 : len;
    memcpy(zBuf, zDate, (size_t)n);
    if( m->hour >= 0 ) zBuf[n++] = 'T';
  }
  if( m->hour >= 0 ){
    n += snprintf(zBuf + n, (size_t)(ZB_DATES_VALUE_MAX - n), "%02d:%02d", m->hour, m->minute);
    if( m->second >= 0 ){
      n += snprintf(zBuf + n, (size_t)(ZB_DATES_VALUE_MAX - n), ":%02d", m->second);
    }
  }
  zBuf[n] = 0;
  return n;
}

const char *zb_dates_precision_name(ZbDatePrecision precision){
  static const char *const az[] = { "day", "month", "year", "time", "datetime" };
  return (unsigned)precision < sizeof(az)/sizeof(az[0]) ? az[precision] : 0;
}

const char *zb_dates_calendar_name(int calendar){
  switch( calendar ){
    case ZB_JALALI:    return "jalali";
    case ZB_GREGORIAN: return "gregorian";
    case ZB_HIJRI:     return "hijri";
    default:           return 0;
  }
}

int zb_dates_note(unsigned notes, char *zBuf){
  static const char *const azNote[] = {
    "weekday contradicts the date", "year inferred from the weekday",
    "year inferred from the reference", "ambiguous day/month order", "needs a reference",
    "out of range" };
  int i, n = 0;
  zBuf[0] = 0;
  for(i = 0; i < (int)(sizeof(azNote)/sizeof(azNote[0])); i++){
    if( notes & (1u << i) ){
      n += snprintf(zBuf + n, (size_t)(ZB_DATES_NOTE_MAX - n), "%s%s", n ? "; " : "", azNote[i]);
    }
  }
  return n;
}

/* ======================================================================
** SQL: the table-valued function dates(text [, reference [, lang]])
**
** Eponymous, like generate_series (series.c): the arguments are hidden
** columns; xBestIndex takes equality constraints on them (the idxNum bits
** DATES_HAS_*), so that FROM docs, dates(docs.body, docs.published) plans
** as a correlated join.
*/

enum { DCOL_START, DCOL_END, DCOL_SURFACE, DCOL_VALUE, DCOL_PRECISION, DCOL_CALENDAR,
       DCOL_JALALI, DCOL_NOTE, DCOL_TEXT, DCOL_REFERENCE, DCOL_LANG };
#define DATES_N_ARG 3
/* idxNum bits: which arguments xBestIndex passed (zb_tvf_best_index). */
#define DATES_HAS_TEXT      1
#define DATES_HAS_REFERENCE 2
#define DATES_HAS_LANG      4

typedef struct DatesVtab {
  sqlite3_vtab base;
  sqlite3 *db;
  sqlite3_stmt *pJulianDay;     /* SELECT julianday(?1), prepared on first use */
} DatesVtab;

typedef struct DatesCursor {
  sqlite3_vtab_cursor base;
  ZbDates *p;
  unsigned char *zText;         /* a copy of the text argument */
  ZbDateMatch m;
  int eof;
  sqlite3_int64 iRow;
} DatesCursor;

static int datesConnect(sqlite3 *db, void *pAux, int argc, const char *const *argv,
                         sqlite3_vtab **ppVtab, char **pzErr){
  DatesVtab *v;
  int rc = sqlite3_declare_vtab(db,
      "CREATE TABLE x(start INTEGER, end INTEGER, surface TEXT, value TEXT, precision TEXT,"
      " calendar TEXT, jalali TEXT, note TEXT, text HIDDEN, reference HIDDEN, lang HIDDEN)");
  if( rc ) return rc;
  sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
  v = sqlite3_malloc(sizeof(*v));
  if( v == 0 ) return SQLITE_NOMEM;
  memset(v, 0, sizeof(*v));
  v->db = db;
  *ppVtab = &v->base;
  return SQLITE_OK;
}

static int datesDisconnect(sqlite3_vtab *pVtab){
  DatesVtab *v = (DatesVtab*)pVtab;
  sqlite3_finalize(v->pJulianDay);
  sqlite3_free(v);
  return SQLITE_OK;
}

/* text (required), reference and lang are arguments: see zb_tvf_best_index(). */
static int datesBestIndex(sqlite3_vtab *pVtab, sqlite3_index_info *pInfo){
  return zb_tvf_best_index(pInfo, DCOL_TEXT, DATES_N_ARG, DATES_HAS_TEXT, 100.0, 10);
}

static int datesOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCursor){
  DatesCursor *pCur = sqlite3_malloc(sizeof(*pCur));
  if( pCur == 0 ) return SQLITE_NOMEM;
  memset(pCur, 0, sizeof(*pCur));
  pCur->eof = 1;
  *ppCursor = &pCur->base;
  return SQLITE_OK;
}

/* Ends the current text; the extractor is kept for the next one. */
static void dates_reset(DatesCursor *pCur){
  sqlite3_free(pCur->zText);
  pCur->zText = 0;
  pCur->eof = 1;
  pCur->iRow = 0;
}

static int datesClose(sqlite3_vtab_cursor *pCursor){
  dates_reset((DatesCursor*)pCursor);
  zb_dates_close(((DatesCursor*)pCursor)->p);
  sqlite3_free(pCursor);
  return SQLITE_OK;
}

static int dates_error(DatesVtab *v, const char *zFormat, ...){
  va_list ap;
  va_start(ap, zFormat);
  sqlite3_free(v->base.zErrMsg);
  v->base.zErrMsg = sqlite3_vmprintf(zFormat, ap);
  va_end(ap);
  return v->base.zErrMsg ? SQLITE_ERROR : SQLITE_NOMEM;
}

/* The reference argument as a day number: 1; 0 if it is NULL or not a date
** (then there is no reference); -1 on error (in zErrMsg).  A time value
** means what julianday() makes of it (calendar.h, "Time values": 2023-02-30
** is 2023-03-02): zb_arg_time() reads the usual forms, julianday() the rest. */
static int reference_day(DatesVtab *v, sqlite3_value *pVal, int32_t *pDay){
  const unsigned char *z;
  ZbTime t;
  int rc;
  if( sqlite3_value_type(pVal) == SQLITE_NULL ) return 0;
  z = sqlite3_value_text(pVal);
  if( z == 0 ){                     /* a zero-length blob, or out of memory */
    if( sqlite3_errcode(v->db) != SQLITE_NOMEM ) return 0;
    dates_error(v, "dates: out of memory");
    return -1;
  }
  if( zb_arg_time(pVal, &t) ){
    *pDay = t.day;
    return 1;
  }
  if( v->pJulianDay == 0 ){
    rc = sqlite3_prepare_v2(v->db, "SELECT julianday(?1)", -1, &v->pJulianDay, 0);
    if( rc ){
      dates_error(v, "dates: %s", sqlite3_errmsg(v->db));
      return -1;
    }
  }
  sqlite3_bind_value(v->pJulianDay, 1, pVal);
  rc = sqlite3_step(v->pJulianDay) == SQLITE_ROW
    && sqlite3_column_type(v->pJulianDay, 0) != SQLITE_NULL
    && zb_time_from_julian_day(sqlite3_column_double(v->pJulianDay, 0), &t);
  if( rc ) *pDay = t.day;
  sqlite3_reset(v->pJulianDay);
  sqlite3_clear_bindings(v->pJulianDay);
  return rc;
}

/* The lang argument: NULL or 'auto' detects; else fa, ar, en, fr. */
static int lang_arg(DatesVtab *v, sqlite3_value *pVal, ZbLang *pLang){
  const unsigned char *z;
  char *zErr;
  int rc, n;
  *pLang = ZB_LANG_AUTO;
  z = zb_arg_text(pVal, &n);
  if( z == 0 || zb_lang_parse(z, n, pLang) == 0 ) return SQLITE_OK;
  zErr = zb_choice_error("dates", "lang", (const char*)z, (size_t)n, zb_lang_names);
  if( zErr == 0 ) return SQLITE_NOMEM;
  rc = dates_error(v, "%s", zErr);
  free(zErr);
  return rc;
}

static int datesNext(sqlite3_vtab_cursor *pCursor){
  DatesCursor *pCur = (DatesCursor*)pCursor;
  int rc = zb_dates_next(pCur->p, &pCur->m);
  if( rc < 0 ) return SQLITE_NOMEM;
  pCur->eof = rc == 0;
  pCur->iRow++;
  return SQLITE_OK;
}

static int datesFilter(sqlite3_vtab_cursor *pCursor, int idxNum, const char *idxStr,
                        int argc, sqlite3_value **argv){
  DatesCursor *pCur = (DatesCursor*)pCursor;
  DatesVtab *v = (DatesVtab*)pCursor->pVtab;
  ZbDatesOptions opt;
  sqlite3_value *pText = 0, *pRef = 0, *pLang = 0;
  const unsigned char *z;
  int i = 0, n, rc;
  dates_reset(pCur);
  if( !(idxNum & DATES_HAS_TEXT) ) return dates_error(v, "dates: the text argument is required");
  pText = argv[i++];
  if( idxNum & DATES_HAS_REFERENCE ) pRef = argv[i++];
  if( idxNum & DATES_HAS_LANG ) pLang = argv[i++];
  memset(&opt, 0, sizeof(opt));
  if( pLang && (rc = lang_arg(v, pLang, &opt.lang)) != SQLITE_OK ) return rc;
  if( pRef ){
    rc = reference_day(v, pRef, &opt.referenceDay);
    if( rc < 0 ) return SQLITE_ERROR;
    opt.hasReference = rc;
  }
  z = zb_arg_text(pText, &n);
  if( z == 0 || n == 0 ) return SQLITE_OK;          /* NULL or '': no rows */
  /* The argument dies with this call: the cursor keeps a copy. */
  pCur->zText = sqlite3_malloc64((sqlite3_uint64)n + 1);
  if( pCur->zText == 0 ) return SQLITE_NOMEM;
  memcpy(pCur->zText, z, (size_t)n);
  pCur->zText[n] = 0;
  if( pCur->p ? zb_dates_reset(pCur->p, pCur->zText, n, &opt) != 0
              : (pCur->p = zb_dates_open(pCur->zText, n, &opt)) == 0 ){
    return SQLITE_NOMEM;
  }
  pCur->iRow = 0;
  return datesNext(pCursor);
}

static int datesEof(sqlite3_vtab_cursor *pCursor){
  return ((DatesCursor*)pCursor)->eof;
}

/* The surface as valid UTF-8 (the text may hold ill-formed bytes). */
static void result_surface(sqlite3_context *ctx, const unsigned char *z, int32_t n){
  int32_t i = 0;
  ZbBuf b;
  while( i < n && z[i] < 0x80 ) i++;
  if( i < n ){
    int32_t j = i;
    int valid = 1;
    while( j < n && valid ){
      int32_t c = zb_next_cp(z, n, &j);
      if( c == 0xFFFD ) valid = 0;
    }
    if( !valid ){
      zb_buf_init(&b);
      i = 0;
      while( i < n ) zb_buf_put_cp(&b, zb_next_cp(z, n, &i));
      zb_result_buf(ctx, &b);
      return;
    }
  }
  sqlite3_result_text(ctx, (const char*)z, n, SQLITE_TRANSIENT);
}

static int datesColumn(sqlite3_vtab_cursor *pCursor, sqlite3_context *ctx, int iCol){
  DatesCursor *pCur = (DatesCursor*)pCursor;
  const ZbDateMatch *m = &pCur->m;
  char zBuf[ZB_DATES_NOTE_MAX > ZB_DATES_VALUE_MAX ? ZB_DATES_NOTE_MAX : ZB_DATES_VALUE_MAX];
  int n;
  switch( iCol ){
    case DCOL_START:     sqlite3_result_int(ctx, m->iChar); break;
    case DCOL_END:       sqlite3_result_int(ctx, m->iCharEnd); break;
    case DCOL_SURFACE:
      result_surface(ctx, pCur->zText + m->iByte, m->iByteEnd - m->iByte);
      break;
    case DCOL_VALUE:
    case DCOL_JALALI:
      n = zb_dates_format(m, iCol == DCOL_VALUE ? ZB_GREGORIAN : ZB_JALALI, zBuf);
      if( n ) sqlite3_result_text(ctx, zBuf, n, SQLITE_TRANSIENT);
      break;
    case DCOL_PRECISION:
      sqlite3_result_text(ctx, zb_dates_precision_name(m->precision), -1, SQLITE_STATIC);
      break;
    case DCOL_CALENDAR:
      if( m->calendar >= 0 ){
        sqlite3_result_text(ctx, zb_dates_calendar_name(m->calendar), -1, SQLITE_STATIC);
      }
      break;
    case DCOL_NOTE:
      n = zb_dates_note(m->notes, zBuf);
      if( n ) sqlite3_result_text(ctx, zBuf, n, SQLITE_TRANSIENT);
      break;
    default:             break;   /* text, reference, lang: consumed by xBestIndex */
  }
  return SQLITE_OK;
}

static int datesRowid(sqlite3_vtab_cursor *pCursor, sqlite3_int64 *pRowid){
  *pRowid = ((DatesCursor*)pCursor)->iRow;
  return SQLITE_OK;
}

static const sqlite3_module datesModule = {
  0,                      /* iVersion */
  0,                      /* xCreate: eponymous only */
  datesConnect,
  datesBestIndex,
  datesDisconnect,
  0,                      /* xDestroy */
  datesOpen,
  datesClose,
  datesFilter,
  datesNext,
  datesEof,
  datesColumn,
  datesRowid,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0     /* xUpdate .. xShadowName */
};

int zb_dates_register(sqlite3 *db, char **pzErrMsg){
  char *zErr = 0;
  int rc;
  if( zb_dates_init(&zErr) ){
    *pzErrMsg = sqlite3_mprintf("zaban: dates: %s", zErr ? zErr : "out of memory");
    free(zErr);
    return SQLITE_ERROR;
  }
  rc = sqlite3_create_module_v2(db, "dates", &datesModule, 0, 0);
  if( rc ) *pzErrMsg = sqlite3_mprintf("zaban: cannot register dates(): %s", sqlite3_errmsg(db));
  return rc;
}
