/*
** calendar_strftime.c — jalali_strftime()'s formatting: an instant written
** in the Jalali calendar with strftime() directives, in Persian, Dari or
** Latin names and Latin, Persian or Arabic digits.
**
**   SELECT jalali_strftime('%A %-d %B %Y', '2023-10-08');       -- یکشنبه 16 مهر 1402
**   SELECT jalali_strftime('%{names=dari,digits=persian}%A %-d %B %Y', '2023-10-08');
**                                                                -- یکشنبه ۱۶ میزان ۱۴۰۲
**
** From C: zb_jalali_strftime() (calendar.h) into a ZbBuf.  The directives
** and options are listed in docs/calendars.md.
*/
#include "calendar_int.h"
#include "normalize.h"

#include <ctype.h>
#include <stdio.h>

/* The options of "%{names=...,digits=...}"; the values are in the order of
** ZbNameStyle and ZbDigits. */
static const char *const azNameStyles[] = { "persian", "amordad", "dari", "latin", "english", 0 };
static const char *const azDigitSystems[] = { "latin", "persian", "arabic", 0 };
_Static_assert(sizeof(azNameStyles) / sizeof(azNameStyles[0]) == ZB_NAME_STYLE_COUNT + 1,
               "one option value per ZbNameStyle");
_Static_assert(sizeof(azDigitSystems) / sizeof(azDigitSystems[0]) == ZB_DIGITS_KEEP + 1,
               "one option value per ZbDigits but ZB_DIGITS_KEEP");
enum { OPTION_NAMES, OPTION_DIGITS, N_OPTIONS };
static const ZbOption aStrftimeOptions[N_OPTIONS] = {
  [OPTION_NAMES] = { "names", azNameStyles },
  [OPTION_DIGITS] = { "digits", azDigitSystems },
};

typedef struct Strftime {
  ZbBuf *out;
  ZbNameStyle names;
  ZbDigits digits;
  int noPad;                       /* the '-' flag: no zero padding */
} Strftime;

#define PERSIAN_DIGIT_ZERO 0x06F0          /* ۰ */
#define ARABIC_DIGIT_ZERO 0x0660           /* ٠ */
#define ARABIC_DECIMAL_SEPARATOR 0x066B    /* ٫, of Persian and Arabic digits */

/* Appends ASCII number text in the chosen digits. */
static void emit_number_text(Strftime *s, const char *z, int n){
  int i;
  for(i=0; i<n; i++){
    if( s->digits == ZB_DIGITS_LATIN ) zb_buf_putc(s->out, z[i]);
    else if( isdigit((unsigned char)z[i]) ){
      int zero = s->digits == ZB_DIGITS_PERSIAN ? PERSIAN_DIGIT_ZERO : ARABIC_DIGIT_ZERO;
      zb_buf_put_cp(s->out, zero + (z[i] - '0'));
    }else if( z[i] == '.' ) zb_buf_put_cp(s->out, ARABIC_DECIMAL_SEPARATOR);
    else zb_buf_putc(s->out, z[i]);
  }
}

/* A number's text: '-' and ZB_UINT64_DIGITS digits, or %J's "%.16g" of a
** double (at most 23 characters). */
#define NUMBER_TEXT_SIZE 32
_Static_assert(NUMBER_TEXT_SIZE > 1 + ZB_UINT64_DIGITS && NUMBER_TEXT_SIZE > 23,
               "NUMBER_TEXT_SIZE must hold any number written");

static void emit_number(Strftime *s, int64_t v, int width){
  char a[NUMBER_TEXT_SIZE], *p = a;
  if( v < 0 ){ *p++ = '-'; v = -v; }
  p = zb_put_uint(p, (uint64_t)v, s->noPad ? 1 : width);
  emit_number_text(s, a, (int)(p - a));
}

/* A name, or its abbreviation (zb_style_abbreviates()). */
static void emit_name(Strftime *s, const char *zName, int abbreviate){
  size_t n;
  if( zName == 0 ){ s->out->oom = 1; return; }
  n = strlen(zName);
  if( abbreviate && zb_style_abbreviates(s->names) && n > ZB_ABBREVIATION_LEN ){
    n = ZB_ABBREVIATION_LEN;
  }
  zb_buf_append(s->out, zName, n);
}

/* Reads "%{...}" (z points after the brace); returns bytes used or -1. */
static int read_options(Strftime *s, const char *zFunc, const char *z, int n, char **pzErr){
  const char *zEnd = memchr(z, '}', (size_t)n);
  int aValue[N_OPTIONS];
  if( zEnd == 0 ) return 0;
  aValue[OPTION_NAMES] = (int)s->names;
  aValue[OPTION_DIGITS] = (int)s->digits;
  if( zb_parse_options(zFunc, z, (size_t)(zEnd - z), aStrftimeOptions, N_OPTIONS, aValue, pzErr) ){
    return -1;
  }
  s->names = (ZbNameStyle)aValue[OPTION_NAMES];
  s->digits = (ZbDigits)aValue[OPTION_DIGITS];
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
  char a[NUMBER_TEXT_SIZE];
  switch( c ){
    case 'd': emit_number(s, t->date.d, 2); break;
    case 'm': emit_number(s, t->date.m, 2); break;
    case 'Y': emit_number(s, t->date.y, 4); break;
    case 'y': emit_number(s, zb_floor_mod(t->date.y, 100), 2); break;
    case 'j': emit_number(s, t->dayOfYear + 1, 3); break;
    case 'w': emit_number(s, t->weekday, 1); break;
    case 'u': emit_number(s, t->weekday + 1, 1); break;
    case 'W': emit_number(s, (t->dayOfYear + 7 - t->weekday) / 7, 2); break;
    case 'H': emit_number(s, t->ms / ZB_MS_PER_HOUR, 2); break;
    case 'M': emit_number(s, t->ms / ZB_MS_PER_MINUTE % 60, 2); break;
    case 'S': emit_number(s, t->ms / ZB_MS_PER_SECOND % 60, 2); break;
    case 'f':
      emit_number(s, t->ms / ZB_MS_PER_SECOND % 60, 2);
      emit_number_text(s, ".", 1);
      emit_number(s, t->ms % ZB_MS_PER_SECOND, 3);
      break;
    case 's':
      emit_number(s, t->iJD / ZB_MS_PER_SECOND - ZB_IJD_UNIX_EPOCH / ZB_MS_PER_SECOND, 1);
      break;
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
  t.dayOfYear = day - zb_cal_to_day(ZB_JALALI, t.date.y, 1, 1);
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
