/*
** date_patterns.c — the patterns of dates() (dates_int.h): at a number or
** a date word, what the tokens around it say — a time, a numeric date, a
** day and a month name, a year with its context, a weekday, a relative
** day — and the time or day next to it, as one match.  Hand-written
** patterns over the token window; precision before recall: a bare number
** is never a date or an hour, and a month name that is also a word counts
** only next to a day or a year.
**
**   SELECT surface FROM dates('یکشنبه شب ۱۶ مهر ماه و ۵۷ کشور');    -- یکشنبه شب ۱۶ مهر ماه
**   SELECT surface FROM dates('October 8, 2023 at 4:12 pm');      -- October 8, 2023 at 4:12 pm
*/
#include "dates_int.h"
#include "normalize.h"
#include "quantity.h"

/* The raw bytes of a token are the ASCII word zLower, in any case. */
static int raw_is(const ZbDates *p, const ZbWinTok *k, const char *zLower){
  int32_t n = k->t.iByteEnd - k->t.iByte, i;
  if( n != (int32_t)strlen(zLower) ) return 0;
  for(i=0; i<n; i++){
    unsigned char b = p->z[k->t.iByte + i];
    if( (b >= 'A' && b <= 'Z' ? b + 32 : b) != (unsigned char)zLower[i] ) return 0;
  }
  return 1;
}

/* Folds the text of tokens i..iLast and looks it up (multi-word names). */
static int lookup_span(ZbDates *p, int64_t i, int64_t iLast, WordInfo *pInfo){
  const ZbWinTok *a = tok(p, i), *b = tok(p, iLast);
  if( !a || !b || b->t.iByteEnd - a->t.iByte > 3 * MAX_WORD_BYTES ) return 0;
  p->fold.n = 0;
  if( zb_fold(p->z + a->t.iByte, b->t.iByteEnd - a->t.iByte, &p->fold) ) return 0;
  return zb_date_lookup(p->fold.z, (int)p->fold.n, zb_token_key(p->fold.z, p->fold.n), pInfo);
}

/* ======================================================================
** Pieces of patterns: numbers that stand alone, years, eras, month names
*/

static void comp_init(Comp *c, int kind, int64_t iFirst, int64_t iLast){
  memset(c, 0, sizeof(*c));
  c->kind = kind;
  c->iFirst = iFirst;
  c->iLast = iLast;
  c->weekday = -1;
  c->hour = c->second = -1;
}

/* و, ف, ب, ل written onto a number: و8 أكتوبر ("and 8 October"). */
static int is_arabic_proclitic(const ZbDates *p, const ZbWinTok *k){
  const unsigned char *z = p->z + k->t.iByte;
  return k->t.iByteEnd - k->t.iByte == 2 && ((z[0] == 0xD9 && (z[1] == 0x88 || z[1] == 0x81
         || z[1] == 0x84)) || (z[0] == 0xD8 && z[1] == 0xA8));
}

/* The number at i does not continue what touches it before: a word (G7,
** COVID-19), a currency or plus sign, or another number and a separator
** (10.5, 1,400, 2-1, +98). */
static int number_free_before(ZbDates *p, int64_t i){
  const ZbWinTok *a = tok(p, i), *b = tok(p, i - 1), *bb;
  int32_t c;
  if( !b || !touching(a) ) return 1;
  if( is_word(b) ) return is_arabic_proclitic(p, b);
  c = value_of(b);
  if( c == '+' || c == '$' || c == '#' || c == 0x20AC || c == 0xA3 || c == 0x2116 ) return 0;
  if( is_number_separator(c) ){
    bb = tok(p, i - 2);
    if( bb && touching(b) && (is_num(bb) || is_word(bb)) ) return 0;
  }
  return 1;
}

/* The number at i does not go on after it: a separator and digits, a
** percent sign, or a word that touches it (1990s, 3rd is checked apart). */
static int number_free_after(ZbDates *p, int64_t i){
  const ZbWinTok *a = tok(p, i + 1), *aa;
  if( !a || !touching(a) ) return 1;
  if( is_word(a) || is_num(a) ) return 0;
  if( value_of(a) == '%' || value_of(a) == 0x066A || value_of(a) == 0x2030 ) return 0;
  if( is_number_separator(value_of(a)) ){
    aa = tok(p, i + 2);
    if( aa && touching(aa) && (is_num(aa) || is_word(aa)) ) return 0;
  }
  return 1;
}

/* The token at i (after a number) makes that number a count: ۵۷ نفر, 50 %,
** ۵۰۰ پوند.  A quantity word (quantity.h) does, but for a currency written
** in Latin letters: those count only in the plural, which plural_after()
** tells (in 2000 euros; in 2002 euro coins). */
static int is_quantity(ZbDates *p, int64_t i){
  const ZbWinTok *k = tok(p, i);
  int kind;
  if( !inline_tok(k) ) return 0;
  if( !is_word(k) ) return k->t.kind == ZB_TOK_PUNCT && (k->cp == '%' || k->cp == 0x066A);
  kind = zb_quantity_kind(k->key);
  return kind == ZB_QTY_UNIT || kind == ZB_QTY_SCALE || kind == ZB_QTY_PERCENT
      || (kind == ZB_QTY_CURRENCY && k->t.kind != ZB_TOK_LATIN);
}

/* An era after a year at i: هـ, ه.ق, ه.ش, ق, ش, م, هجری شمسی, میلادی, AH,
** AD, BC, ق.م.  Returns 1 with the calendar (-1: before the era) and the
** last token of the era. */
static int era_at(ZbDates *p, int64_t i, int *pCal, int64_t *piLast){
  const ZbWinTok *k = tok(p, i), *k2;
  int cal;
  if( word_type(p, k) != W_ERA || !inline_tok(k) ) return 0;
  if( (meaning(p, k)->flags & F_CAPITAL) && !k->capital ) return 0;
  cal = meaning(p, k)->cal;
  *piLast = i;
  /* ه.ش, ه.ق, ق.م (before Christ), هجری قمری: the last word decides */
  k2 = tok(p, i + 1);
  if( is_punct(k2, '.') && touching(k2) && word_type(p, tok(p, i + 2)) == W_ERA
   && touching(tok(p, i + 2)) ){
    int cal2 = meaning(p, tok(p, i + 2))->cal;
    cal = (cal == ZB_HIJRI && cal2 == ZB_GREGORIAN) ? -1 : cal2;
    *piLast = i + 2;
  }else if( word_type(p, k2) == W_ERA && spaced(k2) && !(meaning(p, k2)->flags & F_CAPITAL) ){
    cal = meaning(p, k2)->cal;
    *piLast = i + 1;
  }
  *pCal = cal;
  return 1;
}

/* A four-digit year at i, as part of a date: free on both sides (an era may
** touch it: 1445هـ, 2023م), not a count.  Returns its value, or 0. */
static int year_number(ZbDates *p, int64_t i){
  const ZbWinTok *k = tok(p, i), *next;
  if( !is_num(k) || k->nDigit != 4 || !inline_tok(k) ) return 0;
  if( !number_free_before(p, i) ) return 0;
  next = tok(p, i + 1);
  if( !(word_type(p, next) == W_ERA && touching(next)) && !number_free_after(p, i) ) return 0;
  if( is_quantity(p, i + 1) ) return 0;
  return value_of(k);
}

/* The years a month name of calendar cal takes. */
static int year_fits_calendar(int cal, int y){
  if( cal == ZB_GREGORIAN ) return y >= 1000 && y <= 2999;
  return y >= 1200 && y <= 1599;
}

/* A month name at token i: one word, or up to three (تشرين الأول, ربيع
** الأول, Rabiʻ I, Dhu al-Hijjah), the longest that is a name. */
typedef struct MonthName {
  int cal, index, flags;
  int64_t iFirst, iLast;
  int withMah, latin, capital;
} MonthName;

static int month_at(ZbDates *p, int64_t i, MonthName *pName){
  const ZbWinTok *k = tok(p, i);
  int64_t aLast[3];
  int nWord = 1, w;
  WordInfo info;
  if( !is_word(k) ) return 0;
  aLast[0] = i;
  while( nWord < 3 ){
    int64_t e = aLast[nWord - 1];
    const ZbWinTok *a = tok(p, e + 1), *b = tok(p, e + 2);
    if( is_word(a) && spaced(a) ){
      aLast[nWord++] = e + 1;
    }else if( a && a->t.kind == ZB_TOK_PUNCT && touching(a) && (zb_is_dash(value_of(a))
              || zb_is_apostrophe(value_of(a))) && is_word(b) && touching(b) ){
      aLast[nWord++] = e + 2;
    }else{
      break;
    }
  }
  memset(pName, 0, sizeof(*pName));
  for(w = nWord - 1; w >= 1; w--){
    if( lookup_span(p, i, aLast[w], &info) && info.type == W_MONTH ){
      pName->iLast = aLast[w];
      break;
    }
  }
  if( w == 0 ){
    if( meaning(p, k)->type != W_MONTH ) return 0;
    info = *meaning(p, k);
    pName->iLast = i;
    pName->withMah = date_word(p, k)->withMah;
  }
  pName->cal = info.cal;
  pName->index = info.arg;
  pName->flags = info.flags;
  pName->iFirst = i;
  pName->latin = k->t.kind == ZB_TOK_LATIN;
  pName->capital = k->capital;
  return pName->cal >= 0 && !((pName->flags & F_CAPITAL) && !pName->capital);
}

/* After a month name: its abbreviation dot (Oct.), a second name of the
** same month (أكتوبر/تشرين الأول), ماه.  Returns the next token. */
static int64_t after_month(ZbDates *p, const MonthName *mn){
  int64_t j = mn->iLast + 1;
  const ZbWinTok *k = tok(p, j);
  MonthName other;
  if( mn->latin && is_punct(k, '.') && touching(k) ) k = tok(p, ++j);
  if( is_punct(k, '/') && inline_tok(k) && month_at(p, j + 1, &other)
   && inline_tok(tok(p, j + 1)) && other.cal == mn->cal && other.index == mn->index ){
    j = other.iLast + 1;
    k = tok(p, j);
  }
  if( !mn->withMah && word_type(p, k) == W_MONTH_WORD && spaced(k) ) j++;
  return j;
}

/* The largest day month m of calendar cal can have. */
static int month_max_days(int cal, int m){
  if( cal == ZB_JALALI ) return m <= 6 ? 31 : 30;
  if( cal == ZB_GREGORIAN ) return m == 2 ? 29 : zb_cal_month_days(ZB_GREGORIAN, 2001, m);
  return 30;
}

/* The year after a month name (at j, maybe after a comma or سال): fills
** c->y and moves c->iLast; 0 if there is none.  An era that names another
** calendar than the month's makes it no year. */
static int year_after_month(ZbDates *p, int64_t j, const MonthName *mn, Comp *c){
  const ZbWinTok *k = tok(p, j);
  int y, era;
  int64_t iEra;
  if( is_comma(k) && inline_tok(k) ) k = tok(p, ++j);
  if( word_type(p, k) == W_YEAR_WORD && inline_tok(k) ) k = tok(p, ++j);
  if( !inline_tok(k) || !(y = year_number(p, j)) || !year_fits_calendar(mn->cal, y) ) return 0;
  /* ۸ اکتبر ۱۴۰۲: a Jalali year under a Gregorian name, in Persian or Arabic */
  if( mn->cal == ZB_GREGORIAN && !mn->latin && y < 1500 ) return 0;
  if( !era_at(p, j + 1, &era, &iEra) ) iEra = j;
  else if( era != mn->cal ) return 0;
  c->y = y;
  c->iLast = iEra;
  return 1;
}

/* The calendar of a numeric date by its year: 1500..2999 is Gregorian;
** 1200..1499 is Jalali in Persian digits or Persian text, Hijri in Arabic
** text (or in Arabic-Indic digits in a text without a language), Jalali in a
** text without a language, and no date in English or French text.  An era
** decides for itself.  -1: not a date. */
static int numeric_calendar(ZbDates *p, int y, int script, int hasEra, int era){
  if( hasEra ) return era >= 0 && year_fits_calendar(era, y) ? era : -1;
  if( y >= 1500 && y <= 2999 ) return ZB_GREGORIAN;
  if( y < 1200 || y > 1499 ) return -1;
  if( script == ZB_SCRIPT_PERSIAN ) return ZB_JALALI;
  switch( text_lang(p) ){
    case ZB_LANG_FA:   return ZB_JALALI;
    case ZB_LANG_AR:   return ZB_HIJRI;
    case ZB_LANG_AUTO: return script == ZB_SCRIPT_ARABIC ? ZB_HIJRI : ZB_JALALI;
    default:           return -1;
  }
}

/* The day and the month of x/y/YYYY.  Persian, Arabic and French write the
** day first; English the month first.  When only one order gives a date it
** is taken; when both do, the language decides, and English text (or a
** text without a language) gets a note. */
static int day_month_order(ZbDates *p, int x, int y, int *pDay, int *pMonth, unsigned *pNotes){
  int dayFirst = x >= 1 && x <= 31 && y >= 1 && y <= 12;
  int monthFirst = x >= 1 && x <= 12 && y >= 1 && y <= 31;
  if( dayFirst && monthFirst && x != y ){
    ZbLang lang = text_lang(p);
    dayFirst = lang != ZB_LANG_EN;
    if( lang == ZB_LANG_EN || lang == ZB_LANG_AUTO ) *pNotes |= ZB_DATE_NOTE_AMBIGUOUS_ORDER;
  }
  if( dayFirst ){ *pDay = x; *pMonth = y; return 1; }
  if( monthFirst ){ *pDay = y; *pMonth = x; return 1; }
  return 0;
}

static int digit_script(const ZbWinTok *a, const ZbWinTok *b, const ZbWinTok *c){
  return a->script == b->script && b->script == c->script ? a->script : ZB_SCRIPT_MIXED;
}

/* ======================================================================
** Components: a time, a date, a weekday, a relative day
*/

/* An am/pm word or a part of the day at j, after an hour: 4 pm, 4 p.m.,
** ۱۰:۳۰ صبح, ۸ مساء (parts of the day only when allowDaypart).  Returns the
** DP_* and sets *piLast, or 0. */
static int ampm_at(ZbDates *p, int64_t j, int allowDaypart, int64_t *piLast){
  const ZbWinTok *k = tok(p, j);
  if( !inline_tok(k) || !is_word(k) ) return 0;
  if( meaning(p, k)->type == W_AMPM || (meaning(p, k)->type == W_DAYPART && allowDaypart) ){
    *piLast = j;
    return meaning(p, k)->arg;
  }
  if( k->t.kind == ZB_TOK_LATIN && (raw_is(p, k, "a") || raw_is(p, k, "p")) ){
    const ZbWinTok *dot = tok(p, j + 1), *m = tok(p, j + 2), *dot2 = tok(p, j + 3);
    if( is_punct(dot, '.') && touching(dot) && is_word(m) && touching(m) && raw_is(p, m, "m") ){
      *piLast = is_punct(dot2, '.') && touching(dot2) ? j + 3 : j + 2;
      return raw_is(p, k, "a") ? DP_AM : DP_PM;
    }
  }
  return 0;
}

/* The hour h said with a part of the day, or -1 if they do not go together. */
static int hour_in_daypart(int h, int part){
  switch( part ){
    case DP_AM:    return h >= 1 && h <= 12 ? h % 12 : -1;
    case DP_PM:    return h >= 1 && h <= 12 ? h % 12 + 12 : -1;
    case DP_NOON:  return h >= 11 && h <= 12 ? h : h >= 1 && h <= 5 ? h + 12 : -1;
    case DP_NIGHT: return h >= 6 && h <= 11 ? h + 12 : h == 12 ? 0 : h <= 5 ? h : -1;
  }
  return -1;
}

/* Nothing after a time's last number continues it (12:30:45:10, 10:30.5). */
static int time_free_after(ZbDates *p, int64_t i){
  const ZbWinTok *a = tok(p, i + 1), *aa = tok(p, i + 2);
  if( !a || !touching(a) || a->t.kind != ZB_TOK_PUNCT ) return 1;
  if( value_of(a) == '%' || value_of(a) == 0x066A ) return 0;
  return !(is_number_separator(value_of(a)) && touching(aa) && is_num(aa));
}

/* A time at the number i: 16:12, 16:12:30, 4:12 pm, 4 pm, 16h12, 16h,
** à 16 heures, ساعت ۱۶, ساعت ۸ شب, الساعة 10.  A bare number is an hour
** only after ساعت or الساعة: "یکشنبه شب ۱۶ مهر" has no time.  checkBefore:
** the number must not continue a number before it. */
static int time_at(ZbDates *p, int64_t i, Comp *c, int checkBefore){
  const ZbWinTok *a = tok(p, i), *prev = tok(p, i - 1), *s, *b;
  int h, minute = 0, second = -1, part, context;
  int64_t last, iPart;
  if( !is_num(a) || a->nDigit > 2 || (checkBefore && !number_free_before(p, i)) ) return 0;
  context = word_type(p, prev) == W_TIME_WORD && spaced(a);
  h = value_of(a);
  s = tok(p, i + 1);
  b = tok(p, i + 2);
  if( is_punct(s, ':') && touching(s) ){
    if( !is_num(b) || !touching(b) || b->nDigit != 2 || value_of(b) > 59 || h > 23 ) return 0;
    minute = value_of(b);
    last = i + 2;
    s = tok(p, i + 3);
    b = tok(p, i + 4);
    if( is_punct(s, ':') && touching(s) && is_num(b) && touching(b) && b->nDigit == 2
     && value_of(b) <= 59 ){
      second = value_of(b);
      last = i + 4;
    }
    if( !time_free_after(p, last) ) return 0;
    if( (part = ampm_at(p, last + 1, 1, &iPart)) != 0 && hour_in_daypart(h, part) >= 0 ){
      h = hour_in_daypart(h, part);
      last = iPart;
    }
  }else if( word_type(p, s) == W_HOUR_UNIT && h <= 23
         && (touching(s) ? raw_is(p, s, "h")
                         : spaced(s) && !raw_is(p, s, "h")) ){
    /* 16h12, 16h; 16 heures 30, and "16 heures" alone only after à, vers
    ** (else it is a duration: pendant 16 heures) */
    int touch = touching(s);
    last = i + 1;
    if( is_num(b) && b->nDigit == 2 && value_of(b) <= 59 && (touch ? touching(b) : spaced(b)) ){
      minute = value_of(b);
      last = i + 2;
    }else if( !touch && word_type(p, prev) != W_TIME_PREP ){
      return 0;
    }
    if( !time_free_after(p, last) ) return 0;
  }else if( (part = ampm_at(p, i + 1, context, &iPart)) != 0 ){
    if( hour_in_daypart(h, part) < 0 ) return 0;
    h = hour_in_daypart(h, part);
    last = iPart;
  }else if( context && h <= 23 && number_free_after(p, i) && !is_quantity(p, i + 1) ){
    last = i;
  }else{
    return 0;
  }
  comp_init(c, K_TIME, i, last);
  if( context && (meaning(p, prev)->flags & F_IN_SURFACE) && i - 1 >= p->iFloor ) c->iFirst = i - 1;
  c->hour = h;
  c->minute = minute;
  c->second = second;
  return 1;
}

/* A numeric date at the number i: 1400/09/04, 1400-09-04, 25/11/2021,
** 25.11.2021, 2024-06; any digits, the same in every field; an era may
** follow, and an ISO time touch it (2024-06-02T10:30). */
static int numeric_date_at(ZbDates *p, int64_t i, Comp *c){
  const ZbWinTok *a = tok(p, i), *s1 = tok(p, i + 1), *b = tok(p, i + 2);
  const ZbWinTok *s2 = tok(p, i + 3), *e = tok(p, i + 4), *next;
  int sep, y, m, d = 0, script, era = -1, hasEra, cal, iso;
  int64_t last, iEra = 0;
  unsigned notes = 0;
  if( !s1 || s1->t.kind != ZB_TOK_PUNCT || !touching(s1) || !is_num(b) || !touching(b) ) return 0;
  sep = zb_is_dash(value_of(s1)) ? '-' : value_of(s1);
  if( (sep != '/' && sep != '-' && sep != '.') || !number_free_before(p, i) ) return 0;
  if( s2 && s2->t.kind == ZB_TOK_PUNCT && touching(s2) && is_num(e) && touching(e)
   && (zb_is_dash(value_of(s2)) ? '-' : value_of(s2)) == sep ){
    last = i + 4;
    script = digit_script(a, b, e);
    if( a->nDigit == 4 && b->nDigit <= 2 && e->nDigit <= 2 ){
      y = value_of(a); m = value_of(b); d = value_of(e);
    }else if( e->nDigit == 4 && a->nDigit <= 2 && b->nDigit <= 2 ){
      y = value_of(e);
      if( !day_month_order(p, value_of(a), value_of(b), &d, &m, &notes) ) return 0;
    }else{
      return 0;
    }
  }else{
    /* year and month; not 2010-11 (a season), not 3.2024 */
    if( sep == '.' || a->nDigit != 4 || b->nDigit != 2 || value_of(b) < 1 || value_of(b) > 12
     || value_of(b) == (value_of(a) + 1) % 100 ){
      return 0;
    }
    last = i + 2;
    script = digit_script(a, b, b);
    y = value_of(a); m = value_of(b);
  }
  if( script == ZB_SCRIPT_MIXED ) return 0;
  next = tok(p, last + 1);
  iso = d && is_word(next) && touching(next) && raw_is(p, next, "t")
     && is_num(tok(p, last + 2)) && touching(tok(p, last + 2));
  if( !iso && !(word_type(p, next) == W_ERA && touching(next)) && !number_free_after(p, last) ) return 0;
  hasEra = !iso && era_at(p, last + 1, &era, &iEra);
  cal = numeric_calendar(p, y, script, hasEra, era);
  if( cal < 0 || (d ? !zb_cal_valid(cal, y, m, d) : m < 1 || m > 12) ) return 0;
  comp_init(c, K_DATE, i, hasEra ? iEra : last);
  c->cal = cal; c->y = y; c->m = m; c->d = d;
  c->notes = notes;
  if( iso ){
    Comp t;
    if( time_at(p, last + 2, &t, 0) ){
      c->hour = t.hour; c->minute = t.minute; c->second = t.second;
      c->iLast = t.iLast;
    }
  }
  return 1;
}

/* "in 2000 homes", "en 2000 exemplaires": a plural noun after the number
** makes it a count. */
static int plural_after(ZbDates *p, int64_t i){
  static const char *const azNotPlural[] = {
    "was", "has", "his", "its", "this", "thus", "as", "is", "us", "les", "des", "mes", "ses",
    "nos", "vos", "aux", "dans", "sous", "sans", "pas", "mais", "plus", "puis", "alors",
    "après", "depuis", "vers", "chez", "leurs", "deux", "trois", 0 };
  const ZbWinTok *k = tok(p, i + 1);
  unsigned char last;
  int n;
  if( !spaced(k) || k->t.kind != ZB_TOK_LATIN || k->capital ) return 0;
  n = k->t.iByteEnd - k->t.iByte;
  last = p->z[k->t.iByteEnd - 1];
  if( n < 2 || (last != 's' && last != 'x') ) return 0;
  for(n = 0; azNotPlural[n]; n++){
    if( raw_is(p, k, azNotPlural[n]) ) return 0;
  }
  return 1;
}

/* A number right after a date without its year (۲۲ بهمن ۵۷, 8 October 23,
** ۱۶ مهر ۲۰۲۳) that is no count: a year the date cannot take, so the date
** is left out rather than given the reference's year. */
static int unread_year_at(ZbDates *p, int64_t j){
  const ZbWinTok *k = tok(p, j);
  return is_num(k) && spaced(k) && k->nDigit <= 4 && number_free_after(p, j)
      && !is_quantity(p, j + 1) && !plural_after(p, j);
}

/* A day and a month name at the number i: ۰۴ آذر ۱۴۰۰, ۱۶ مهر ماه,
** 8 octobre 2023, 1er juin, 8th of October, 15 رمضان 1445 هـ,
** 8 أكتوبر/تشرين الأول 2023. */
static int day_month_at(ZbDates *p, int64_t i, Comp *c){
  const ZbWinTok *a = tok(p, i), *k;
  MonthName mn;
  int64_t j = i + 1;
  int day;
  if( a->nDigit > 2 || value_of(a) < 1 || value_of(a) > 31 || !number_free_before(p, i) ) return 0;
  day = value_of(a);
  k = tok(p, j);
  if( word_type(p, k) == W_ORDINAL && touching(k) ){
    if( meaning(p, k)->arg == 1 && day != 1 ) return 0;                 /* 1er */
    k = tok(p, ++j);
    if( word_type(p, k) == W_OF && spaced(k) ) k = tok(p, ++j);
  }else if( !(touching(k) && k->t.kind == ZB_TOK_ARABIC) && !number_free_after(p, i) ){
    return 0;                                                  /* ۱۶مهر is fine */
  }
  if( !inline_tok(k) || !month_at(p, j, &mn) || (mn.latin && touching(k)) ) return 0;
  if( day > month_max_days(mn.cal, mn.index) ) return 0;
  j = after_month(p, &mn);
  comp_init(c, K_DATE, i, j - 1);
  c->cal = mn.cal; c->m = mn.index; c->d = day;
  if( !year_after_month(p, j, &mn, c) && unread_year_at(p, j) ) return 0;
  c->weak = !c->y && (mn.flags & F_NEED_YEAR);
  return !c->y || zb_cal_valid(c->cal, c->y, c->m, c->d);
}

/* A month name first, at token i: October 8, 2023, Oct. 8, October 2023,
** آذر ۱۴۰۰, مهر ماه ۱۴۰۲, Mehr 16, 1402.  A day after the month only in
** Latin script (Persian and Arabic write the day first). */
static int month_first_at(ZbDates *p, const MonthName *mn, Comp *c){
  int64_t j = after_month(p, mn);
  const ZbWinTok *k = tok(p, j), *suffix;
  const ZbWinTok *before = tok(p, mn->iFirst - 1);
  if( !is_num(k) || !(spaced(k) || (touching(k) && !mn->latin)) ) return 0;
  /* 30 février 2024, 8 October 5 people: the month went with the day
  ** before it, which was no date */
  if( is_num(before) && before->nDigit <= 2 && inline_tok(tok(p, mn->iFirst)) ) return 0;
  if( k->nDigit <= 2 && mn->latin ){
    if( value_of(k) < 1 || value_of(k) > month_max_days(mn->cal, mn->index) ) return 0;
    suffix = tok(p, j + 1);
    comp_init(c, K_DATE, mn->iFirst, j);
    if( word_type(p, suffix) == W_ORDINAL && touching(suffix) && meaning(p, suffix)->arg == 0 ){
      c->iLast = j + 1;
    }else if( !number_free_after(p, j) ){
      return 0;
    }
    c->cal = mn->cal; c->m = mn->index; c->d = value_of(k);
    if( !year_after_month(p, c->iLast + 1, mn, c) && unread_year_at(p, c->iLast + 1) ) return 0;
    c->weak = !c->y && (mn->flags & F_NEED_YEAR);
    return !c->y || zb_cal_valid(c->cal, c->y, c->m, c->d);
  }
  if( k->nDigit != 4 || (mn->flags & F_NEED_DAY) || ((mn->flags & F_CAP_NEED_DAY) && mn->capital) ){
    return 0;
  }
  comp_init(c, K_DATE, mn->iFirst, j);
  c->cal = mn->cal; c->m = mn->index;
  return year_after_month(p, j, mn, c);
}

/* A month name of several words that ends just before the number i (تشرين
** الأول 2023, ربيع الأول 1445): the token loop passed its first word by. */
static int month_before_at(ZbDates *p, int64_t i, Comp *c){
  int64_t s;
  if( !spaced(tok(p, i)) || !is_word(tok(p, i - 1)) ) return 0;
  for(s = i - 2; s >= p->iFloor && s >= i - 5; s--){
    MonthName mn;
    if( is_word(tok(p, s)) && month_at(p, s, &mn) && mn.iLast > s && after_month(p, &mn) == i ){
      return month_first_at(p, &mn, c);
    }
  }
  return 0;
}

/* A year alone at the number i: with an era (1445 هـ, ۱۴۰۲ ش, 2023م), or
** after a word that makes it one (سال ۱۴۰۲, in 2023, en 2024, عام 2023,
** mid-2024).  A bare number is never a year. */
static int year_at(ZbDates *p, int64_t i, Comp *c){
  const ZbWinTok *a = tok(p, i), *prev = tok(p, i - 1);
  int y, era, cal = -1, afterDash;
  int64_t iEra, iFirst = i;
  if( a->nDigit != 4 ) return 0;
  y = value_of(a);
  afterDash = prev && prev->t.kind == ZB_TOK_PUNCT && zb_is_dash(value_of(prev)) && touching(a)
           && touching(prev) && word_type(p, tok(p, i - 2)) == W_YEAR_PREP;   /* mid-2024 */
  if( !afterDash && !number_free_before(p, i) ) return 0;
  if( word_type(p, prev) == W_YEAR_WORD && spaced(a) && (meaning(p, prev)->flags & F_IN_SURFACE)
   && i - 1 >= p->iFloor ){
    iFirst = i - 1;
  }
  if( era_at(p, i + 1, &era, &iEra) ){
    if( era < 0 || !year_fits_calendar(era, y) ) return 0;
    comp_init(c, K_DATE, iFirst, iEra);
    c->cal = era; c->y = y;
    return 1;
  }
  if( !number_free_after(p, i) || is_quantity(p, i + 1) ) return 0;
  if( word_type(p, prev) == W_YEAR_WORD && spaced(a) ){
    if( y >= 1500 && y <= 2999 ) cal = ZB_GREGORIAN;
    else if( y >= 1200 && y <= 1499 ) cal = meaning(p, prev)->cal;
    else if( y >= 1000 && meaning(p, prev)->cal == ZB_GREGORIAN ) cal = ZB_GREGORIAN;
  }else if( (afterDash || (word_type(p, prev) == W_YEAR_PREP && spaced(a)))
         && y >= 1900 && y <= 2100 && !plural_after(p, i) ){
    cal = ZB_GREGORIAN;
  }
  if( cal < 0 ) return 0;
  comp_init(c, K_DATE, iFirst, i);
  c->cal = cal; c->y = y;
  return 1;
}

/* A weekday at i: پنجشنبه, سه شنبه (written apart), Thursday, jeudi,
** الخميس; last Thursday, jeudi dernier, الخميس الماضي.  Not every Friday,
** امام جمعه, Good Friday, the Sunday Times, الأحد عشر. */
static int weekday_at(ZbDates *p, int64_t i, Comp *c){
  const ZbWinTok *k = tok(p, i), *prev = tok(p, i - 1), *next;
  int64_t last = i;
  int weekday, prevType = inline_tok(k) ? word_type(p, prev) : W_NONE, nextType;
  if( meaning(p, k)->type == W_WEEKDAY_NUMBER ){
    WordInfo info;
    next = tok(p, i + 1);
    if( word_type(p, next) != W_WEEKDAY || meaning(p, next)->arg != 0 || !spaced(next)
     || !lookup_span(p, i, i + 1, &info) || info.type != W_WEEKDAY ){
      return 0;
    }
    weekday = info.arg;
    last = i + 1;
  }else if( meaning(p, k)->type == W_WEEKDAY ){
    weekday = meaning(p, k)->arg;
  }else{
    return 0;
  }
  next = tok(p, last + 1);
  nextType = inline_tok(next) ? word_type(p, next) : W_NONE;
  if( prevType == W_HABITUAL || nextType == W_TITLE_AFTER
   || (weekday == 6 && prevType == W_TITLE_BEFORE) ){
    return 0;
  }
  comp_init(c, K_WEEKDAY, i, last);
  c->weekday = weekday;
  if( (prevType == W_LAST || prevType == W_NEXT) && prev->t.kind == ZB_TOK_LATIN
   && i - 1 >= p->iFloor ){
    c->direction = prevType == W_LAST ? -1 : 1;
    c->iFirst = i - 1;
  }else if( (nextType == W_LAST || nextType == W_NEXT) && spaced(next) ){
    c->direction = nextType == W_LAST ? -1 : 1;
    c->iLast = last + 1;
  }
  return 1;
}

/* A Latin weekday of fewer than five letters (Sun, Thu, Jome) is an
** abbreviation: a date's prefix (Sun, 8 Oct 2023), never a date alone. */
static int is_abbreviated_weekday(ZbDates *p, const Comp *c){
  const ZbWinTok *k = tok(p, c->iFirst);
  return c->iFirst == c->iLast && k->t.kind == ZB_TOK_LATIN && k->t.iCharEnd - k->t.iChar < 5;
}

/* The word at i starts with the Arabic article ال. */
static int has_article(ZbDates *p, const ZbWinTok *k){
  const unsigned char *z = p->z + k->t.iByte;
  return k->t.iByteEnd - k->t.iByte > 4 && z[0] == 0xD8 && z[1] == 0xA7 && z[2] == 0xD9 && z[3] == 0x84;
}

/* A relative day at i: امروز, دیروز, پس فردا, today, yesterday,
** aujourd'hui, avant-hier, اليوم, أمس, أول أمس, شب گذشته, روز گذشته,
** last night. */
static int relative_at(ZbDates *p, int64_t i, Comp *c){
  const ZbWinTok *k = tok(p, i), *prev = tok(p, i - 1), *pp = tok(p, i - 2), *next = tok(p, i + 1);
  int64_t first = i, last = i;
  int offset, prevType = inline_tok(k) ? word_type(p, prev) : W_NONE;
  switch( word_type(p, k) ){
    case W_RELATIVE:
      offset = meaning(p, k)->arg;
      if( meaning(p, k)->flags & F_HUI ){                                 /* aujourd'hui */
        const ZbWinTok *hui = tok(p, i + 2);
        if( !next || next->t.kind != ZB_TOK_PUNCT || !zb_is_apostrophe(value_of(next)) || !touching(next)
         || !is_word(hui) || !touching(hui) || !raw_is(p, hui, "hui") ){
          return 0;
        }
        last = i + 2;
      }
      if( (meaning(p, k)->flags & F_NOT_NOUN) && spaced(next) && next->t.kind == ZB_TOK_ARABIC
       && meaning(p, next)->type != W_WEEKDAY && has_article(p, next) ){
        return 0;                                                /* اليوم الأول: "the day" */
      }
      if( k->t.kind == ZB_TOK_LATIN && k->capital && spaced(k) && prev
       && prev->t.kind == ZB_TOK_LATIN && prev->capital ){
        return 0;                                                /* USA Today */
      }
      if( (offset == 1 || offset == -1) ){
        if( prevType == W_RELATIVE_PREFIX && meaning(p, prev)->arg == offset && spaced(k) && i - 1 >= p->iFloor ){
          offset *= 2;                                           /* پس فردا, أول أمس */
          first = i - 1;
        }else if( prev && prev->t.kind == ZB_TOK_PUNCT && zb_is_dash(value_of(prev)) && touching(k)
               && touching(prev) && word_type(p, pp) == W_RELATIVE_PREFIX && meaning(p, pp)->arg == offset
               && i - 2 >= p->iFloor ){
          offset *= 2;                                           /* avant-hier */
          first = i - 2;
        }
      }
      break;
    case W_DAYPART:                                              /* شب گذشته, last night */
      if( meaning(p, k)->arg != DP_NIGHT ) return 0;
      if( word_type(p, next) == W_LAST && spaced(next) && next->t.kind != ZB_TOK_LATIN
       && prevType != W_WEEKDAY ){
        last = i + 1;
      }else if( prevType == W_LAST && prev->t.kind == ZB_TOK_LATIN && spaced(k) && i - 1 >= p->iFloor ){
        first = i - 1;
      }else{
        return 0;
      }
      offset = -1;
      break;
    case W_CONNECTOR:                                            /* روز گذشته */
      if( !(meaning(p, k)->flags & F_DAY_NOUN) || word_type(p, next) != W_LAST || !spaced(next)
       || prevType == W_WEEKDAY ){
        return 0;
      }
      offset = -1;
      last = i + 1;
      break;
    default:
      return 0;
  }
  comp_init(c, K_RELATIVE, first, last);
  c->offset = offset;
  return 1;
}

/* ======================================================================
** Putting components together
*/

/* What may stand between two components. */
enum Link { LINK_DAY_TO_DATE, LINK_DATE_TO_TIME, LINK_TIME_TO_DATE };

/* Skips up to three connecting tokens from j (commas, parts of the day,
** on/le/روز; before a time also dashes, at/à/در, في, ساعت); returns the
** next. */
static int64_t skip_links(ZbDates *p, int64_t j, int link){
  int n;
  for(n = 0; n < 3; n++){
    const ZbWinTok *k = tok(p, j);
    int t = word_type(p, k);
    if( !inline_tok(k) ) break;
    if( k->t.kind == ZB_TOK_PUNCT ){
      if( !is_comma(k) && (link == LINK_DAY_TO_DATE || !(zb_is_dash(value_of(k)) || value_of(k) == '|')) ) break;
    }else if( !(t == W_DAYPART || t == W_CONNECTOR
                || (link == LINK_DATE_TO_TIME
                    && (t == W_TIME_PREP || t == W_TIME_WORD || t == W_YEAR_PREP))) ){
      break;
    }
    j++;
  }
  return j;
}

/* A date at i (numbers or a month name first); a weak one (۲ مه) only when
** allowWeak. */
static int date_at(ZbDates *p, int64_t i, Comp *c, int allowWeak){
  const ZbWinTok *k = tok(p, i);
  MonthName mn;
  int found;
  if( is_num(k) ){
    found = month_before_at(p, i, c) || numeric_date_at(p, i, c) || day_month_at(p, i, c)
         || year_at(p, i, c);
  }else{
    found = word_type(p, k) == W_MONTH && month_at(p, i, &mn) && month_first_at(p, &mn, c);
  }
  return found && (allowWeak || !c->weak);
}

static int is_day(const Comp *c){
  return c->kind == K_WEEKDAY || c->kind == K_RELATIVE || (c->kind == K_DATE && c->d > 0);
}

/* A date, a weekday or a relative day at i, with what completes it: the
** date after a weekday (یکشنبه شب ۱۶ مهر, Thursday, October 8), the
** weekday after a relative day (امروز (پنجشنبه), اليوم الخميس). */
static int day_at(ZbDates *p, int64_t i, Comp *c){
  const ZbWinTok *k = tok(p, i);
  int t = word_type(p, k);
  Comp d;
  if( is_num(k) || t == W_MONTH ) return date_at(p, i, c, 0);
  if( t == W_WEEKDAY || t == W_WEEKDAY_NUMBER ){
    int64_t j;
    if( !weekday_at(p, i, c) ) return 0;
    j = skip_links(p, c->iLast + 1, LINK_DAY_TO_DATE);
    if( c->direction == 0 && inline_tok(tok(p, j)) && date_at(p, j, &d, 1) && d.d > 0 ){
      d.weekday = c->weekday;
      d.iFirst = c->iFirst;
      *c = d;
      return 1;
    }
    return !is_abbreviated_weekday(p, c);
  }
  if( relative_at(p, i, c) ){
    const ZbWinTok *a = tok(p, c->iLast + 1);
    int64_t j = c->iLast + 1;
    if( is_punct(a, '(') && inline_tok(a) ) j++;
    if( inline_tok(tok(p, j)) && word_type(p, tok(p, j)) == W_WEEKDAY && weekday_at(p, j, &d)
     && d.direction == 0 && (j == c->iLast + 1 || is_punct(tok(p, d.iLast + 1), ')')) ){
      c->weekday = d.weekday;
      c->iLast = j == c->iLast + 1 ? d.iLast : d.iLast + 1;
    }
    return 1;
  }
  return 0;
}

/* Token kinds a match can start at: numbers and date words. */
int zb_date_is_anchor(const ZbDates *p, const ZbWinTok *k){
  if( is_num(k) ) return 1;
  switch( word_type(p, k) ){
    case W_MONTH: case W_WEEKDAY: case W_WEEKDAY_NUMBER: case W_RELATIVE:
      return 1;
    case W_DAYPART:                      /* شب گذشته, last night */
      return meaning(p, k)->arg == DP_NIGHT;
    case W_CONNECTOR:                    /* روز گذشته */
      return (meaning(p, k)->flags & F_DAY_NOUN) != 0;
    default:
      return 0;
  }
}

/* The match at i: a day or a time, and the time or day next to it
** (۱۶:۱۲ ۰۴ آذر ۱۴۰۰, October 8, 2023 at 4:12 pm, hier à 16h). */
int zb_date_match_at(ZbDates *p, int64_t i, Comp *c){
  Comp d;
  int64_t j;
  if( is_num(tok(p, i)) && time_at(p, i, c, 1) ){
    j = skip_links(p, c->iLast + 1, LINK_TIME_TO_DATE);
    if( inline_tok(tok(p, j)) && day_at(p, j, &d) && is_day(&d) && d.hour < 0 ){
      d.hour = c->hour; d.minute = c->minute; d.second = c->second;
      d.iFirst = c->iFirst;
      *c = d;
    }
    return 1;
  }
  if( !day_at(p, i, c) ) return 0;
  if( is_day(c) && c->hour < 0 ){
    j = skip_links(p, c->iLast + 1, LINK_DATE_TO_TIME);
    if( inline_tok(tok(p, j)) && time_at(p, j, &d, 1) ){
      c->hour = d.hour; c->minute = d.minute; c->second = d.second;
      c->iLast = d.iLast;
    }
  }
  return 1;
}
