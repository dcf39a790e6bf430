/*
** fuzz_text.c — a libFuzzer target for every text-taking function of the
** normalization layer.  The first byte picks the function, the rest is its
** input (tokenizer, dates, entities and name keys included, and the
** calendar's jalali_strftime() formats, modifiers and written dates).
** Besides "no crash, no over-read, no leak" it checks properties: every
** output is valid UTF-8, fold() is idempotent, fts_query() closes its
** strings, fa_normalize()'s quick path agrees with its rules, strftime
** output is bounded and reads back with
** gregorian()'s parser, a calendar modifier lands where it says, and a
** parsed date is a real date in range.  One value of the first byte runs
** a script of changes and cursors on the user gazetteer through a real
** connection instead (fuzz_user_gazetteer.c).
**
**   make fuzz                     # clang -fsanitize=fuzzer, 60 s a target
**   build/fuzz/fuzz_text -dict=tests/fuzz/fuzz_text.dict -max_total_time=600 build/fuzz/corpus tests/fuzz/corpus
**
** tests/fuzz/smoke.c drives the same function from `make test` without
** libFuzzer, on generated inputs.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "normalize.h"
#include "fa_normalize.h"
#include "tokenize.h"
#include "dates.h"
#include "entities.h"
#include "name_key.h"
#include "calendar.h"
#include "fuzz.h"

/* What the first byte picks from: data[0] % N_TARGET, and data[0] / N_TARGET
** chooses among a target's variants. */
#define N_TARGET 14

static void must(int cond, const char *zWhat){
  if( !cond ){ fprintf(stderr, "fuzz_text: %s\n", zWhat); abort(); }
}

static int valid_utf8(const char *z, size_t n){
  int32_t i = 0;
  while( (size_t)i<n ){
    int32_t c;
    U8_NEXT(z, i, (int32_t)n, c);
    if( c<0 ) return 0;
  }
  return 1;
}

static void check_fold(const unsigned char *z, int32_t n){
  ZbBuf once, twice;
  zb_buf_init(&once);
  zb_buf_init(&twice);
  must(zb_fold(z, n, &once)==0, "fold failed");
  must(valid_utf8(once.z, once.n), "fold: invalid UTF-8 out");
  must(zb_fold((const unsigned char*)once.z, (int32_t)once.n, &twice)==0, "fold failed");
  must(once.n==twice.n && (once.n==0 || memcmp(once.z, twice.z, once.n)==0), "fold not idempotent");
  zb_buf_free(&once);
  zb_buf_free(&twice);
}

/* fa_normalize() succeeds, and a space before the text changes nothing:
** the rules drop it, and the quick path for text that comes out as it
** went in never takes a text that starts with one. */
static void check_fa_normalize(const unsigned char *z, int32_t n, const ZbFaOptions *o, ZbBuf *out){
  ZbBuf spaced, rules;
  zb_buf_init(&spaced);
  zb_buf_init(&rules);
  zb_buf_putc(&spaced, ' ');
  zb_buf_append(&spaced, z, (size_t)n);
  must(zb_fa_normalize(z, n, o, out)==0, "fa_normalize failed");
  must(zb_fa_normalize((const unsigned char*)spaced.z, (int32_t)spaced.n, o, &rules)==0,
       "fa_normalize failed");
  must(out->n==rules.n && (out->n==0 || memcmp(out->z, rules.z, out->n)==0),
       "fa_normalize: a space before the text changes it");
  zb_buf_free(&spaced);
  zb_buf_free(&rules);
}

/* Tokens come in order, inside the text, with consistent character spans. */
static void check_tokens(const unsigned char *z, int32_t n, unsigned flags){
  ZbTokenizer t;
  ZbToken k;
  int32_t lastEnd = 0, lastCharEnd = 0;
  must(zb_tok_init(&t, z, n, flags)==0, "tok_init failed");
  while( zb_tok_next(&t, &k) ){
    must(k.iByte>=lastEnd && k.iByte<k.iByteEnd && k.iByteEnd<=n, "token bytes out of order");
    must(k.iChar>=lastCharEnd && k.iChar<k.iCharEnd, "token chars out of order");
    lastEnd = k.iByteEnd;
    lastCharEnd = k.iCharEnd;
  }
}

/* Every index term is valid UTF-8 without spaces. */
static void check_terms(const unsigned char *z, int32_t n, ZbTermMode mode){
  ZbTerms p;
  ZbTerm term;
  ZbTermOptions o = { 0, 1, ZB_LANG_AUTO, 0 };
  int rc;
  must(zb_terms_init(&p, z, n, mode, &o, 0)==0, "terms_init failed");
  while( (rc = zb_terms_next(&p, &term))==1 ){
    must(valid_utf8(term.z, (size_t)term.n), "term: invalid UTF-8");
    must(memchr(term.z, ' ', (size_t)term.n)==0, "term with a space");
  }
  must(rc==0, "terms_next failed");
  zb_terms_free(&p);
}

/* An FTS5 query from the same text, in the mode of the terms: its strings
** are closed (an even number of quotes), and it is valid UTF-8 when the
** text is. */
static void check_fts_query(const unsigned char *z, int32_t n, ZbFtsQueryMode mode){
  ZbBuf q;
  size_t i, nQuote = 0;
  zb_buf_init(&q);
  must(zb_fts_query(z, n, mode, &q)==0 && q.n>=2, "fts_query failed");
  for(i=0; i<q.n; i++) nQuote += (q.z[i]=='"');
  must(nQuote%2==0, "fts_query: a string left open");
  must(!valid_utf8((const char*)z, (size_t)n) || valid_utf8(q.z, q.n), "fts_query: invalid UTF-8");
  zb_buf_free(&q);
}

/* Dates come in order, inside the text, and format within their bound; a
** value lies in 0000-01-01 .. 9999-12-31, also with a reference at either
** end of that range. */
static void check_dates(const unsigned char *z, int32_t n, int withReference, int32_t referenceDay){
  ZbDatesOptions o = { withReference, referenceDay, ZB_LANG_AUTO };
  ZbDates *p = zb_dates_open(z, n, &o);
  ZbDateMatch m;
  int32_t lastEnd = 0;
  int rc;
  char zValue[ZB_DATES_VALUE_MAX];
  must(p!=0, "dates_open failed");
  while( (rc = zb_dates_next(p, &m))==1 ){
    must(m.iByte>=lastEnd && m.iByte<m.iByteEnd && m.iByteEnd<=n, "date span out of order");
    must(zb_dates_format(&m, ZB_JALALI, zValue)<ZB_DATES_VALUE_MAX, "date value too long");
    must(!m.hasValue || m.precision==ZB_DATE_TIME
         || (m.day>=zb_cal_to_day(ZB_GREGORIAN, 0, 1, 1) && m.day<=ZB_DAY_MAX), "date value out of range");
    lastEnd = m.iByteEnd;
  }
  must(rc==0, "dates_next failed");
  zb_dates_close(p);
}

/* Mentions lie inside the text; their strings are valid UTF-8. */
static void check_entities(const unsigned char *z, int32_t n){
  ZbEntities *p;
  ZbMention m;
  const char *zErr;
  int rc;
  must(zb_entities_open(&p, z, n, ZB_LANG_AUTO, 0, &zErr)==0, "entities_open failed");
  while( (rc = zb_entities_next(p, &m))==1 ){
    must(m.iByte>=0 && m.iByte<m.iByteEnd && m.iByteEnd<=n, "mention out of the text");
    must(m.zEntity==0 || valid_utf8(m.zEntity, strlen(m.zEntity)), "entity id: invalid UTF-8");
  }
  must(rc==0, "entities_next failed");
  zb_entities_close(p);
}

/* Reads nByte (up to 8) bytes of input as a little-endian number; 0 past
** the end. */
static uint64_t take_number(const unsigned char **pz, int32_t *pn, int nByte){
  uint64_t v = 0;
  int i;
  for(i=0; i<nByte && *pn>0; i++, (*pz)++, (*pn)--) v |= (uint64_t)**pz << (8*i);
  return v;
}

/* An instant: in SQLite's range, or (wide) on any day the calendar core
** takes, |day| < 365 * ZB_YEAR_LIMIT. */
static int64_t fuzz_instant(uint64_t raw, int wide){
  int64_t reach = (int64_t)365 * ZB_YEAR_LIMIT * ZB_MS_PER_DAY;
  if( !wide ) return (int64_t)(raw % (uint64_t)(ZB_IJD_MAX + 1));
  return ZB_IJD_UNIX_EPOCH - reach + (int64_t)(raw % (uint64_t)(2*reach));
}

/* A format with a day, a month name and a year, in one of shape's name
** sets, digits, weekdays and orders, reads back as the same day (when the
** year is one zb_cal_parse() takes). */
static void check_strftime_round_trip(int64_t iJD, unsigned shape){
  static const char *const azNames[] = { "persian", "amordad", "dari", "latin", "english" };
  static const char *const azDigits[] = { "latin", "persian", "arabic" };
  static const char *const azWeekday[] = { "", "%A ", "%a ", "%A، ", "%a, " };
  static const char *const azDate[] = {
    "%d %B %Y", "%-d %b %-Y", "%d %B ماه %Y", "%B %-d, %Y", "%b %d %-Y", "%b %-d, %Y" };
  int32_t day = zb_ijd_day(iJD), parsed;
  ZbDate date = zb_cal_from_day(ZB_JALALI, day);
  char zFmt[100], *zErr = 0;
  ZbBuf out;
  int n = snprintf(zFmt, sizeof(zFmt), "%%{names=%s,digits=%s}%s%s", azNames[shape%5],
                   azDigits[shape/5%3], azWeekday[shape/15%5], azDate[shape/75%6]);
  zb_buf_init(&out);
  must(zb_jalali_strftime("fuzz", zFmt, n, iJD, &out, &zErr)==0, "strftime of a date failed");
  if( date.y>=-ZB_YEAR_LIMIT && date.y<=ZB_YEAR_LIMIT ){
    must(zb_cal_parse(ZB_JALALI, (const unsigned char*)out.z, (int)out.n, &parsed)==1 && parsed==day,
         "strftime: its date does not read back");
  }
  zb_buf_free(&out);
}

/* jalali_strftime() of any format at an instant from the input: valid
** UTF-8 out of a valid format, at most 32 bytes a format byte (a directive
** has 2 bytes or more and writes at most 40), an error only with a message. */
static void check_strftime(const unsigned char *z, int32_t n, int wide){
  int64_t iJD = fuzz_instant(take_number(&z, &n, 8), wide);
  unsigned shape = (unsigned)take_number(&z, &n, 2);
  char *zErr = 0;
  ZbBuf out;
  int rc;
  zb_buf_init(&out);
  rc = zb_jalali_strftime("fuzz", (const char*)z, n, iJD, &out, &zErr);
  must(rc>=-1 && rc<=1 && (rc<0)==(zErr!=0), "strftime: bad return");
  if( rc==0 ){
    must(out.n<=32*(size_t)n, "strftime: output too long");
    must(!valid_utf8((const char*)z, (size_t)n) || valid_utf8(out.z, out.n),
         "strftime: invalid UTF-8 out of a valid format");
  }
  free(zErr);
  zb_buf_free(&out);
  check_strftime_round_trip(iJD, shape);
}

/* A calendar modifier applied in cal at iJD: the result stays in range and
** is where the modifier says. */
static void check_modifier_at(ZbCalendar cal, const ZbCalModifier *mod, int64_t iJD){
  ZbDate a = zb_cal_from_day(cal, zb_ijd_day(iJD)), b;
  int32_t msOfDay = zb_ijd_ms_of_day(iJD);
  int64_t months;
  int lastDay;
  if( zb_cal_modifier_apply(cal, mod, &iJD) ) return;
  must(iJD>=0 && iJD<=ZB_IJD_MAX, "modifier: result out of range");
  b = zb_cal_from_day(cal, zb_ijd_day(iJD));
  months = ((int64_t)b.y - a.y)*12 + (b.m - a.m);
  lastDay = zb_cal_month_days(cal, b.y, b.m);
  switch( mod->kind ){
    case ZB_MOD_START_OF_YEAR:
      must(b.y==a.y && b.m==1 && b.d==1 && zb_ijd_ms_of_day(iJD)==0, "start of year: wrong day");
      break;
    case ZB_MOD_START_OF_MONTH:
      must(months==0 && b.d==1 && zb_ijd_ms_of_day(iJD)==0, "start of month: wrong day");
      break;
    case ZB_MOD_MONTHS:
    case ZB_MOD_YEARS:
      must(months==(mod->kind==ZB_MOD_MONTHS ? mod->n : mod->n*12), "modifier: wrong month");
      must(b.d==(a.d<lastDay ? a.d : lastDay), "modifier: day not kept or clamped");
      must(zb_ijd_ms_of_day(iJD)==msOfDay, "modifier: time changed");
      break;
  }
}

/* The calendar modifiers in cal.  The input as a modifier string, applied
** where days are clamped and at SQLite's bounds; and a modifier spelled
** from its first bytes ('-1234 months', 'start of year'), which must read
** as spelled, applied at an instant from the input. */
static void check_modifier(const unsigned char *z, int32_t n, ZbCalendar cal){
  static const int64_t aInstant[] = {
    0, ZB_IJD_MAX,
    INT64_C(212609232000000),   /* 2025-03-20 12:00, Jalali 1403-12-30 (a leap day) */
    INT64_C(212594695200000),   /* 2024-10-03 06:00, Umm al-Qura 1446-03-30 */
    INT64_C(212591908799999),   /* 2024-08-31 23:59:59.999 */
    INT64_C(148699540800000),   /* 0000-01-01 00:00 */
  };
  static const char *const azSpelling[] = {
    "%+d months", "%+d month", "%d years", " %+d YEAR ", "Start of Month", " start of year " };
  static const ZbCalModKind aKind[] = {
    ZB_MOD_MONTHS, ZB_MOD_MONTHS, ZB_MOD_YEARS, ZB_MOD_YEARS, ZB_MOD_START_OF_MONTH, ZB_MOD_START_OF_YEAR };
  ZbCalModifier mod;
  char zMod[40];
  size_t i;
  unsigned spelling;
  int num, rc = zb_cal_modifier_parse((const char*)z, n, &mod);
  must(rc>=-1 && rc<=1, "modifier_parse: bad return");
  for(i=0; rc==1 && i<sizeof(aInstant)/sizeof(aInstant[0]); i++){
    check_modifier_at(cal, &mod, aInstant[i]);
  }
  spelling = (unsigned)take_number(&z, &n, 1) % 6;
  num = (int16_t)take_number(&z, &n, 2);
  snprintf(zMod, sizeof(zMod), azSpelling[spelling], num);
  must(zb_cal_modifier_parse(zMod, (int)strlen(zMod), &mod)==1 && mod.kind==aKind[spelling]
       && (spelling>=4 || mod.n==num), "modifier_parse: not read as spelled");
  check_modifier_at(cal, &mod, fuzz_instant(take_number(&z, &n, 8), 0));
}

/* gregorian()'s parser: a date it reads is a real date of cal in range,
** and reads back from its Y-M-D form. */
static void check_parse(const unsigned char *z, int32_t n, ZbCalendar cal){
  int32_t day, again;
  char zDate[16];
  ZbDate d;
  int rc = zb_cal_parse(cal, z, n, &day);
  must(rc==0 || rc==1, "cal_parse: bad return");
  if( rc==0 ) return;
  d = zb_cal_from_day(cal, day);
  must(zb_cal_valid(cal, d.y, d.m, d.d) && zb_cal_to_day(cal, d.y, d.m, d.d)==day,
       "cal_parse: not a date in range");
  n = zb_format_date(zDate, d);
  must(zb_cal_parse(cal, (const unsigned char*)zDate, n, &again)==1 && again==day,
       "cal_parse: its Y-M-D does not read back");
}

/* A time value read without SQL is an instant in SQLite's range. */
static void check_time_value(const unsigned char *z, int32_t n){
  ZbTime t;
  if( zb_time_from_text(z, n, &t) ){
    must(t.day >= ZB_DAY_MIN - 1 && t.day <= ZB_DAY_MAX && t.ms >= 0 && t.ms < ZB_MS_PER_DAY,
         "time_from_text: out of range");
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  const unsigned char *z = data + 1;
  int32_t n = (int32_t)(size - 1);
  ZbBuf out;
  if( size==0 || size>1000000 ) return 0;
  zb_buf_init(&out);
  switch( data[0] % N_TARGET ){
    case 0: check_fold(z, n); break;
    case 1: must(zb_digits(z, n, (ZbDigits)(data[0]/5 % 4), &out)==0, "digits failed"); break;
    case 2: must((unsigned)zb_lang(z, n) < ZB_LANG_N, "lang out of range"); break;
    case 3: {
      ZbArOptions o = { 1, 1, 1, 1, data[0]&0x40 ? 1 : 0, 1, ZB_DIGITS_LATIN };
      must(zb_ar_normalize(z, n, &o, &out)==0, "ar_normalize failed");
      break;
    }
    case 4: {
      ZbFaOptions o = { ZB_DIGITS_PERSIAN, 1, 1, 1, 1 };
      o.zwnj = !(data[0] & 0x40);
      o.spacing = !(data[0] & 0x20);
      o.digits = (data[0] & 0x80) ? ZB_DIGITS_KEEP : ZB_DIGITS_PERSIAN;
      check_fa_normalize(z, n, &o, &out);
      break;
    }
    case 5: check_tokens(z, n, (data[0] & 0x80) ? ZB_TOK_WITH_PUNCT : 0); break;
    case 6:
      check_terms(z, n, (ZbTermMode)(data[0]/7 % 3));
      check_fts_query(z, n, (ZbFtsQueryMode)(data[0]/7 % 3));
      break;
    case 7: {
      static const int32_t aReference[] = { 19640, -719528, ZB_DAY_MAX };  /* 2023-10-10, 0000-01-01 */
      check_dates(z, n, data[0] & 0x80, aReference[data[0]/N_TARGET % 3]);
      break;
    }
    case 8: check_entities(z, n); break;
    case 9: must(zb_name_key(z, n, &out)==0, "name_key failed"); break;
    case 10: check_strftime(z, n, data[0]/N_TARGET % 2); break;
    case 11: check_modifier(z, n, (ZbCalendar)(data[0]/N_TARGET % 4)); break;
    case 12: {
      static const ZbCalendar aWritten[] = { ZB_JALALI, ZB_HIJRI, ZB_HIJRI_CIVIL };
      check_parse(z, n, aWritten[data[0]/N_TARGET % 3]);
      check_time_value(z, n);
      break;
    }
    case 13: zb_fuzz_user_gazetteer(z, (size_t)n); break;
  }
  must(valid_utf8(out.z, out.n), "invalid UTF-8 out");
  zb_buf_free(&out);
  return 0;
}
