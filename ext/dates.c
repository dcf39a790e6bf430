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
** The text is cut by the one tokenizer (tokenize.h) into words, numbers
** and punctuation with their spans in the original text; each word is
** folded (normalize.h) and looked up in this file's word table and in the
** calendar's month and weekday names (calendar.h), and hand-written
** patterns run over a small window of tokens.  Nothing is allocated per
** token.  The extractor is plain C (dates.h); the SQL binding is at the end.
*/
#include "dates.h"
#include "normalize.h"
#include "zaban.h"
SQLITE_EXTENSION_INIT3

#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <unicode/uchar.h>
#include <unicode/udat.h>
#include <unicode/ustring.h>

/* ======================================================================
** The word table: every word the patterns need besides the calendar's
** month and weekday names, and the properties of names that are also
** ordinary words.  Looked up by folded spelling (zb_fold) before the
** calendar's names.
*/

enum WordType {
  W_NONE = 0,
  W_MONTH,            /* cal, arg = 1..12 */
  W_WEEKDAY,          /* arg = 0 (Saturday) .. 6 (Friday) */
  W_WEEKDAY_NUMBER,   /* یک دو سه چهار پنج: a weekday written apart (سه شنبه) */
  W_RELATIVE,         /* arg = days after the reference (امروز 0, hier -1) */
  W_RELATIVE_PREFIX,  /* doubles the relative day after it, in direction arg:
                      ** پس فردا, avant-hier, après-demain, أول أمس, بعد غد */
  W_LAST, W_NEXT,     /* last / next Thursday, jeudi dernier, شب گذشته */
  W_YEAR_WORD,        /* سال, year, عام: a year follows; cal: the calendar
                      ** a year 1200..1499 is in after it */
  W_YEAR_PREP,        /* in, since, en, منذ: a year 1900..2100 may follow */
  W_TIME_WORD,        /* ساعت, الساعة: an hour may follow */
  W_TIME_PREP,        /* at, à, vers, در */
  W_HOUR_UNIT,        /* 16h12, 16 heures */
  W_AMPM,             /* arg = DP_AM or DP_PM */
  W_DAYPART,          /* صبح, شب, soir, night: arg = DP_* */
  W_ERA,              /* cal; -1 = before the era (BC, ق.م) */
  W_ORDINAL,          /* 8th, 1er, ۱۶ام */
  W_OF,               /* the 8th of October */
  W_MONTH_WORD,       /* ماه: ۱۶ مهر ماه */
  W_CONNECTOR,        /* on, le, روز, يوم, الموافق: between a weekday, a date, a time */
  W_HABITUAL,         /* every, chaque, هر: "every Friday" is not a date */
  W_TITLE_BEFORE,     /* امام جمعه, Good Friday: not a date */
  W_TITLE_AFTER,      /* Sunday Times, Friday prayers, الأحد عشر: not a date */
  W_QUANTITY          /* نفر, million, percent: the number before it is a count */
};

enum DayPart { DP_AM = 1, DP_PM, DP_NOON, DP_NIGHT };

#define F_CAPITAL      0x01  /* counts only written with a capital: May, March */
#define F_NEED_YEAR    0x02  /* a month that counts only with its year: می, صفر */
#define F_NEED_DAY     0x04  /* a month that counts only with a day: میزان, جدی */
#define F_CAP_NEED_DAY 0x08  /* with a capital it needs a day: Mars 2020 (the rover) */
#define F_IN_SURFACE   0x10  /* a context word that is part of the surface */
#define F_DAY_NOUN     0x20  /* روز: روز گذشته is yesterday */
#define F_HUI          0x40  /* aujourd: needs 'hui */
#define F_NOT_NOUN     0x80  /* اليوم: not before a definite word (اليوم الأول) */

typedef struct WordInfo {
  uint8_t type;       /* enum WordType */
  int8_t cal;         /* ZbCalendar (months, eras, year words), -1 */
  int8_t arg;
  uint8_t flags;
} WordInfo;

typedef struct WordRow { const char *zWord; WordInfo info; } WordRow;

#define G ZB_GREGORIAN
#define J ZB_JALALI
#define H ZB_HIJRI
#define MONTH(z, cal, m, f)   { z, { W_MONTH, cal, m, f } }
#define WORD(z, type, arg, f) { z, { type, -1, arg, f } }
#define YEARW(z, cal, f)      { z, { W_YEAR_WORD, cal, 0, f } }
#define ERA(z, cal, f)        { z, { W_ERA, cal, 0, f } }

static const WordRow aWordRow[] = {
  /* Month names that are also words, or that the calendar lacks. */
  MONTH("May", G, 5, F_CAPITAL),  MONTH("March", G, 3, F_CAPITAL),
  MONTH("Mar", G, 3, F_CAPITAL),  MONTH("Mars", G, 3, F_CAP_NEED_DAY),
  MONTH("Sept", G, 9, 0),
  /* French abbreviations without their dot (the tokenizer splits it off) */
  MONTH("janv", G, 1, 0), MONTH("févr", G, 2, 0), MONTH("avr", G, 4, 0),
  MONTH("juil", G, 7, 0),
  /* Persian May (می is also the verbal prefix, مه also "fog"); صفر is "zero" */
  MONTH("می", G, 5, F_NEED_YEAR), MONTH("مه", G, 5, F_NEED_YEAR),
  MONTH("صفر", H, 2, F_NEED_YEAR),
  /* Arabic Gregorian months that are also words; the Levantine, Maghreb
  ** and Moroccan names themselves come from ICU (aIcuMonthLocale). */
  MONTH("آب", G, 8, F_NEED_YEAR), MONTH("ماي", G, 5, F_NEED_YEAR),
  /* Levantine names as Iraqi and Syrian papers also write them, without the article */
  MONTH("كانون ثاني", G, 1, 0), MONTH("تشرين أول", G, 10, 0),
  MONTH("تشرين ثاني", G, 11, 0), MONTH("كانون أول", G, 12, 0),
  /* The Dari (Afghan) months are the signs of the zodiac, all ordinary
  ** words (میزان "amount", جدی "serious"): they need a day. */
  MONTH("حمل", J, 1, F_NEED_DAY), MONTH("ثور", J, 2, F_NEED_DAY), MONTH("جوزا", J, 3, F_NEED_DAY),
  MONTH("سرطان", J, 4, F_NEED_DAY), MONTH("اسد", J, 5, F_NEED_DAY), MONTH("سنبله", J, 6, F_NEED_DAY),
  MONTH("میزان", J, 7, F_NEED_DAY), MONTH("عقرب", J, 8, F_NEED_DAY), MONTH("قوس", J, 9, F_NEED_DAY),
  MONTH("جدی", J, 10, F_NEED_DAY), MONTH("دلو", J, 11, F_NEED_DAY), MONTH("حوت", J, 12, F_NEED_DAY),

  WORD("یک", W_WEEKDAY_NUMBER, 0, 0), WORD("دو", W_WEEKDAY_NUMBER, 0, 0),
  WORD("سه", W_WEEKDAY_NUMBER, 0, 0), WORD("چهار", W_WEEKDAY_NUMBER, 0, 0),
  WORD("پنج", W_WEEKDAY_NUMBER, 0, 0),

  WORD("امروز", W_RELATIVE, 0, 0), WORD("دیروز", W_RELATIVE, -1, 0),
  WORD("فردا", W_RELATIVE, 1, 0), WORD("پریروز", W_RELATIVE, -2, 0),
  WORD("پس‌فردا", W_RELATIVE, 2, 0), WORD("دیشب", W_RELATIVE, -1, 0),
  WORD("امشب", W_RELATIVE, 0, 0), WORD("پریشب", W_RELATIVE, -2, 0),
  WORD("today", W_RELATIVE, 0, 0), WORD("yesterday", W_RELATIVE, -1, 0),
  WORD("tomorrow", W_RELATIVE, 1, 0), WORD("tonight", W_RELATIVE, 0, 0),
  WORD("aujourd", W_RELATIVE, 0, F_HUI), WORD("hier", W_RELATIVE, -1, 0),
  WORD("demain", W_RELATIVE, 1, 0),
  WORD("اليوم", W_RELATIVE, 0, F_NOT_NOUN), WORD("أمس", W_RELATIVE, -1, 0),
  WORD("الأمس", W_RELATIVE, -1, 0), WORD("البارحة", W_RELATIVE, -1, 0),
  WORD("غدا", W_RELATIVE, 1, 0), WORD("غد", W_RELATIVE, 1, 0),
  WORD("پس", W_RELATIVE_PREFIX, 1, 0), WORD("avant", W_RELATIVE_PREFIX, -1, 0),
  WORD("après", W_RELATIVE_PREFIX, 1, 0), WORD("أول", W_RELATIVE_PREFIX, -1, 0),
  WORD("بعد", W_RELATIVE_PREFIX, 1, 0),

  WORD("last", W_LAST, 0, 0), WORD("گذشته", W_LAST, 0, 0), WORD("dernier", W_LAST, 0, 0),
  WORD("dernière", W_LAST, 0, 0), WORD("الماضي", W_LAST, 0, 0), WORD("الفائت", W_LAST, 0, 0),
  WORD("next", W_NEXT, 0, 0), WORD("آینده", W_NEXT, 0, 0), WORD("prochain", W_NEXT, 0, 0),
  WORD("prochaine", W_NEXT, 0, 0), WORD("المقبل", W_NEXT, 0, 0), WORD("القادم", W_NEXT, 0, 0),

  YEARW("سال", J, F_IN_SURFACE), YEARW("year", G, F_IN_SURFACE), YEARW("année", G, F_IN_SURFACE),
  YEARW("عام", H, F_IN_SURFACE), YEARW("العام", H, F_IN_SURFACE), YEARW("سنة", H, F_IN_SURFACE),
  YEARW("السنة", H, F_IN_SURFACE), YEARW("لعام", H, F_IN_SURFACE), YEARW("للعام", H, F_IN_SURFACE),
  WORD("in", W_YEAR_PREP, 0, 0), WORD("since", W_YEAR_PREP, 0, 0), WORD("until", W_YEAR_PREP, 0, 0),
  WORD("till", W_YEAR_PREP, 0, 0), WORD("by", W_YEAR_PREP, 0, 0), WORD("during", W_YEAR_PREP, 0, 0),
  WORD("from", W_YEAR_PREP, 0, 0), WORD("before", W_YEAR_PREP, 0, 0), WORD("after", W_YEAR_PREP, 0, 0),
  WORD("early", W_YEAR_PREP, 0, 0), WORD("late", W_YEAR_PREP, 0, 0), WORD("mid", W_YEAR_PREP, 0, 0),
  WORD("throughout", W_YEAR_PREP, 0, 0), WORD("en", W_YEAR_PREP, 0, 0), WORD("an", W_YEAR_PREP, 0, 0),
  WORD("depuis", W_YEAR_PREP, 0, 0), WORD("fin", W_YEAR_PREP, 0, 0), WORD("début", W_YEAR_PREP, 0, 0),
  WORD("mi", W_YEAR_PREP, 0, 0), WORD("في", W_YEAR_PREP, 0, 0), WORD("منذ", W_YEAR_PREP, 0, 0),
  WORD("حتى", W_YEAR_PREP, 0, 0), WORD("خلال", W_YEAR_PREP, 0, 0), WORD("مطلع", W_YEAR_PREP, 0, 0),
  WORD("أواخر", W_YEAR_PREP, 0, 0), WORD("أوائل", W_YEAR_PREP, 0, 0),

  WORD("ساعت", W_TIME_WORD, 0, F_IN_SURFACE), WORD("الساعة", W_TIME_WORD, 0, F_IN_SURFACE),
  WORD("at", W_TIME_PREP, 0, 0), WORD("à", W_TIME_PREP, 0, 0), WORD("vers", W_TIME_PREP, 0, 0),
  WORD("در", W_TIME_PREP, 0, 0),
  WORD("h", W_HOUR_UNIT, 0, 0), WORD("heures", W_HOUR_UNIT, 0, 0), WORD("heure", W_HOUR_UNIT, 0, 0),
  WORD("am", W_AMPM, DP_AM, 0), WORD("pm", W_AMPM, DP_PM, 0),
  WORD("صبح", W_DAYPART, DP_AM, 0), WORD("بامداد", W_DAYPART, DP_AM, 0),
  WORD("ظهر", W_DAYPART, DP_NOON, 0), WORD("بعدازظهر", W_DAYPART, DP_PM, 0),
  WORD("عصر", W_DAYPART, DP_PM, 0), WORD("شب", W_DAYPART, DP_NIGHT, 0),
  WORD("morning", W_DAYPART, DP_AM, 0), WORD("afternoon", W_DAYPART, DP_PM, 0),
  WORD("evening", W_DAYPART, DP_PM, 0), WORD("night", W_DAYPART, DP_NIGHT, 0),
  WORD("matin", W_DAYPART, DP_AM, 0), WORD("soir", W_DAYPART, DP_PM, 0),
  WORD("صباحا", W_DAYPART, DP_AM, 0), WORD("صباح", W_DAYPART, DP_AM, 0),
  WORD("مساء", W_DAYPART, DP_PM, 0), WORD("ليلا", W_DAYPART, DP_NIGHT, 0),

  ERA("ه", H, 0), ERA("ق", H, 0), ERA("هجری", H, 0), ERA("قمری", H, 0),
  ERA("ش", J, 0), ERA("شمسی", J, 0), ERA("خورشیدی", J, 0),
  ERA("م", G, 0), ERA("میلادی", G, 0), ERA("للميلاد", G, 0),
  ERA("AH", H, F_CAPITAL), ERA("AP", J, F_CAPITAL), ERA("SH", J, F_CAPITAL),
  ERA("AD", G, F_CAPITAL), ERA("CE", G, F_CAPITAL),
  ERA("BC", -1, F_CAPITAL), ERA("BCE", -1, F_CAPITAL),

  WORD("st", W_ORDINAL, 0, 0), WORD("nd", W_ORDINAL, 0, 0), WORD("rd", W_ORDINAL, 0, 0),
  WORD("th", W_ORDINAL, 0, 0), WORD("er", W_ORDINAL, 1, 0), WORD("ère", W_ORDINAL, 1, 0),
  WORD("ام", W_ORDINAL, 0, 0), WORD("of", W_OF, 0, 0), WORD("ماه", W_MONTH_WORD, 0, 0),
  WORD("on", W_CONNECTOR, 0, 0), WORD("le", W_CONNECTOR, 0, 0),
  WORD("روز", W_CONNECTOR, 0, F_DAY_NOUN), WORD("يوم", W_CONNECTOR, 0, 0),
  WORD("الموافق", W_CONNECTOR, 0, 0),

  WORD("every", W_HABITUAL, 0, 0), WORD("each", W_HABITUAL, 0, 0), WORD("chaque", W_HABITUAL, 0, 0),
  WORD("هر", W_HABITUAL, 0, 0), WORD("كل", W_HABITUAL, 0, 0), WORD("روزهای", W_HABITUAL, 0, 0),
  WORD("امام", W_TITLE_BEFORE, 0, 0), WORD("نماز", W_TITLE_BEFORE, 0, 0),
  WORD("خطیب", W_TITLE_BEFORE, 0, 0), WORD("ائمه", W_TITLE_BEFORE, 0, 0),
  WORD("امامت", W_TITLE_BEFORE, 0, 0), WORD("صلاة", W_TITLE_BEFORE, 0, 0),
  WORD("خطبة", W_TITLE_BEFORE, 0, 0), WORD("good", W_TITLE_BEFORE, 0, 0),
  WORD("black", W_TITLE_BEFORE, 0, 0),
  WORD("times", W_TITLE_AFTER, 0, 0), WORD("telegraph", W_TITLE_AFTER, 0, 0),
  WORD("express", W_TITLE_AFTER, 0, 0), WORD("mirror", W_TITLE_AFTER, 0, 0),
  WORD("herald", W_TITLE_AFTER, 0, 0), WORD("prayer", W_TITLE_AFTER, 0, 0),
  WORD("prayers", W_TITLE_AFTER, 0, 0), WORD("sermon", W_TITLE_AFTER, 0, 0),
  WORD("عشر", W_TITLE_AFTER, 0, 0),

  WORD("نفر", W_QUANTITY, 0, 0), WORD("درصد", W_QUANTITY, 0, 0), WORD("میلیون", W_QUANTITY, 0, 0),
  WORD("میلیارد", W_QUANTITY, 0, 0), WORD("هزار", W_QUANTITY, 0, 0), WORD("تومان", W_QUANTITY, 0, 0),
  WORD("ریال", W_QUANTITY, 0, 0), WORD("دلار", W_QUANTITY, 0, 0), WORD("یورو", W_QUANTITY, 0, 0),
  WORD("کیلومتر", W_QUANTITY, 0, 0), WORD("متر", W_QUANTITY, 0, 0), WORD("تن", W_QUANTITY, 0, 0),
  WORD("بشکه", W_QUANTITY, 0, 0), WORD("million", W_QUANTITY, 0, 0), WORD("millions", W_QUANTITY, 0, 0),
  WORD("billion", W_QUANTITY, 0, 0), WORD("billions", W_QUANTITY, 0, 0),
  WORD("thousand", W_QUANTITY, 0, 0), WORD("percent", W_QUANTITY, 0, 0),
  WORD("people", W_QUANTITY, 0, 0), WORD("personnes", W_QUANTITY, 0, 0),
  WORD("milliard", W_QUANTITY, 0, 0), WORD("milliards", W_QUANTITY, 0, 0),
  WORD("mille", W_QUANTITY, 0, 0), WORD("مليون", W_QUANTITY, 0, 0), WORD("مليار", W_QUANTITY, 0, 0),
  WORD("ألف", W_QUANTITY, 0, 0), WORD("دولار", W_QUANTITY, 0, 0), WORD("بالمئة", W_QUANTITY, 0, 0),
  WORD("بالمائة", W_QUANTITY, 0, 0),
};

#undef G
#undef J
#undef H

/* The folded spellings of aWordRow in an open-addressing hash table. */
#define WORD_SLOTS 1024       /* a power of two, over twice the rows */

typedef struct WordTable {
  ZbBuf arena;                /* the folded spellings */
  uint32_t aOff[WORD_SLOTS];  /* offset + 1 into the arena, 0 = empty */
  uint16_t aLen[WORD_SLOTS];
  WordInfo aInfo[WORD_SLOTS];
  int rc;                     /* 0 once built */
  char *zErr;
} WordTable;

static WordTable gWords;
static pthread_once_t gWordsOnce = PTHREAD_ONCE_INIT;

static uint32_t hash_bytes(const char *z, int n){
  uint32_t h = 2166136261u;
  int i;
  for(i=0; i<n; i++){ h ^= (unsigned char)z[i]; h *= 16777619u; }
  return h;
}

static int word_slot(const WordTable *t, const char *z, int n){
  uint32_t i = hash_bytes(z, n) & (WORD_SLOTS - 1);
  while( t->aOff[i] ){
    if( t->aLen[i] == n && memcmp(t->arena.z + t->aOff[i] - 1, z, (size_t)n) == 0 ) return (int)i;
    i = (i + 1) & (WORD_SLOTS - 1);
  }
  return -(int)i - 1;          /* the empty slot where it would go */
}

/* Adds a spelling (folded here) unless one that folds alike is there. */
static void add_word(WordTable *t, const char *z, int n, WordInfo info){
  size_t off = t->arena.n;
  int nFolded, slot;
  if( zb_fold((const unsigned char*)z, n, &t->arena) || t->arena.oom ) return;
  nFolded = (int)(t->arena.n - off);
  slot = word_slot(t, t->arena.z + off, nFolded);
  if( slot >= 0 || nFolded == 0 ){    /* already there: the first meaning wins */
    t->arena.n = off;
    return;
  }
  slot = -slot - 1;
  t->aOff[slot] = (uint32_t)off + 1;
  t->aLen[slot] = (uint16_t)nFolded;
  t->aInfo[slot] = info;
}

/* Gregorian month names of Arabic-speaking regions that the calendar's
** names (calendar.h) do not have: Levantine and Iraqi (كانون الثاني,
** شباط, آذار … تشرين الأول), Algerian and Tunisian (جانفي, فيفري …),
** Moroccan (يوليوز, غشت, شتنبر …), Mauritanian; read from ICU (CLDR). */
static const char *const aIcuMonthLocale[] = { "ar_SY", "ar_DZ", "ar_MA", "ar_MR" };

static int add_icu_months(WordTable *t, const char *zLocale){
  UErrorCode err = U_ZERO_ERROR;
  UDateFormat *fmt = udat_open(UDAT_NONE, UDAT_FULL, zLocale, 0, 0, 0, 0, &err);
  int i;
  if( U_FAILURE(err) ){
    t->zErr = zb_mprintf("ICU has no month names for %s (%s)", zLocale, u_errorName(err));
    return -1;
  }
  for(i = 0; i < 12; i++){
    UChar u[64];
    char z[256];
    int32_t nu, n = 0;
    WordInfo info = { W_MONTH, ZB_GREGORIAN, (int8_t)(i + 1), 0 };
    err = U_ZERO_ERROR;
    nu = udat_getSymbols(fmt, UDAT_MONTHS, i, u, 64, &err);
    if( U_SUCCESS(err) ) u_strToUTF8(z, (int32_t)sizeof(z), &n, u, nu, &err);
    if( U_SUCCESS(err) && n < (int32_t)sizeof(z) ) add_word(t, z, n, info);
  }
  udat_close(fmt);
  return 0;
}

static void build_words(void){
  WordTable *t = &gWords;
  size_t k;
  zb_buf_init(&t->arena);
  t->rc = -1;
  if( zb_cal_names_init(&t->zErr) ) return;
  for(k = 0; k < sizeof(aWordRow)/sizeof(aWordRow[0]); k++){
    add_word(t, aWordRow[k].zWord, (int)strlen(aWordRow[k].zWord), aWordRow[k].info);
  }
  for(k = 0; k < sizeof(aIcuMonthLocale)/sizeof(aIcuMonthLocale[0]); k++){
    if( add_icu_months(t, aIcuMonthLocale[k]) ) return;
  }
  if( !t->arena.oom ) t->rc = 0;
}

int zb_dates_init(char **pzErr){
  pthread_once(&gWordsOnce, build_words);
  if( gWords.rc && pzErr ) *pzErr = gWords.zErr ? zb_mprintf("%s", gWords.zErr) : 0;
  return gWords.rc;
}

/* What a folded word (or words, separated by single spaces) means: this
** file's table first, then the calendar's month and weekday names. */
static int lookup_folded(const char *z, int n, WordInfo *pInfo){
  ZbCalName name;
  int slot;
  if( n <= 0 || n > 0xFFFF ) return 0;
  slot = word_slot(&gWords, z, n);
  if( slot >= 0 ){ *pInfo = gWords.aInfo[slot]; return 1; }
  if( !zb_cal_lookup_name(z, n, &name) ) return 0;
  memset(pInfo, 0, sizeof(*pInfo));
  pInfo->type = name.kind == ZB_NAME_MONTH ? W_MONTH : W_WEEKDAY;
  pInfo->cal = (int8_t)(name.kind == ZB_NAME_MONTH ? (int)name.calendar : -1);
  pInfo->arg = (int8_t)name.index;
  return 1;
}

/* ======================================================================
** The token window
**
** Tokens (words, numbers, punctuation) are read on demand into a ring;
** patterns look a few tokens back (context words, guards) and ahead.  A
** match never starts before the end of the previous one (iFloor).
*/

#define RING 128                 /* > LOOKBACK + LOOKAHEAD */
#define LOOKBACK 16
#define LOOKAHEAD 80
#define MAX_WORD_BYTES 64        /* longer words are no date words */

enum Gap { GAP_TOUCH, GAP_SPACE, GAP_LINE };
enum Script { SCRIPT_ASCII, SCRIPT_PERSIAN, SCRIPT_ARABIC, SCRIPT_OTHER, SCRIPT_MIXED };

typedef struct DTok {
  ZbToken t;
  uint8_t gap;          /* enum Gap: what separates it from the token before */
  uint8_t script;       /* numbers: enum Script of the digits */
  uint8_t nDigit;       /* numbers: digits */
  uint8_t capital;      /* words: the first letter is upper case */
  uint8_t withMah;      /* months written with ماه (مهرماه) */
  int32_t value;        /* numbers: the value, -1 above 9 digits; punctuation: the code point */
  WordInfo w;           /* words: what the word means */
} DTok;

struct ZbDates {
  const unsigned char *z;
  int32_t n;
  ZbDatesOptions opt;
  ZbLang lang;          /* the text's language, once langKnown */
  int langKnown;
  ZbTokenizer tz;
  DTok aRing[RING];
  int64_t nTok;         /* tokens read so far */
  int eof;
  int32_t prevByteEnd;  /* the end of the last token read */
  int64_t iNext;        /* the token the search goes on from */
  int64_t iFloor;       /* the first token after the last match */
  int64_t iAnchor;      /* the token a match is being tried at */
  ZbBuf fold;           /* scratch for folded words */
};

/* Bidi controls are invisible: they are neither tokens nor spaces. */
static int is_bidi_control(int32_t c){
  return c == 0x200E || c == 0x200F || c == 0x061C
      || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

/* What lies between two tokens: nothing but invisible characters (joiners,
** bidi controls, kashida), spaces, or a line break. */
static int gap_kind(const unsigned char *z, int32_t i, int32_t iEnd){
  int kind = GAP_TOUCH;
  while( i < iEnd ){
    int32_t c = zb_next_cp(z, iEnd, &i);
    if( c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x85
     || c == 0x2028 || c == 0x2029 ) return GAP_LINE;
    if( !is_bidi_control(c) && c != 0x200C && c != 0x200D && c != 0x0640
     && c != 0x00AD && c != 0x2060 && c != 0xFEFF ){
      kind = GAP_SPACE;
    }
  }
  return kind;
}

static void read_number(ZbDates *p, DTok *k){
  const unsigned char *z = p->z;
  int32_t i = k->t.iByte, value = 0;
  int nDigit = 0, script = -1;
  while( i < k->t.iByteEnd ){
    int32_t c = zb_next_cp(z, k->t.iByteEnd, &i);
    int d = zb_digit_value(c), s;
    if( d < 0 ) continue;             /* a combining mark */
    s = c < 0x80 ? SCRIPT_ASCII : (c >= 0x06F0 && c <= 0x06F9) ? SCRIPT_PERSIAN
      : (c >= 0x0660 && c <= 0x0669) ? SCRIPT_ARABIC : SCRIPT_OTHER;
    script = script < 0 || script == s ? s : SCRIPT_MIXED;
    if( nDigit < 9 ) value = value * 10 + d;
    if( nDigit < 255 ) nDigit++;
  }
  k->nDigit = (uint8_t)nDigit;
  k->value = nDigit > 9 ? -1 : value;
  k->script = (uint8_t)(script < 0 ? SCRIPT_OTHER : script);
}

/* The folded word ends with ماه (مهرماه, مهر‌ماه): the month before it. */
static const char zMah[] = "\xD9\x85\xD8\xA7\xD9\x87";

static void classify_word(ZbDates *p, DTok *k){
  int32_t n = k->t.iByteEnd - k->t.iByte;
  int32_t c, i = k->t.iByte;
  c = zb_next_cp(p->z, k->t.iByteEnd, &i);
  k->capital = (uint8_t)(c < 0x80 ? (c >= 'A' && c <= 'Z') : u_isupper(c) != 0);
  if( n > MAX_WORD_BYTES ) return;
  p->fold.n = 0;
  if( zb_fold(p->z + k->t.iByte, n, &p->fold) ) return;
  if( lookup_folded(p->fold.z, (int)p->fold.n, &k->w) ) return;
  if( k->t.kind == ZB_TOK_ARABIC && p->fold.n > 6
   && memcmp(p->fold.z + p->fold.n - 6, zMah, 6) == 0
   && lookup_folded(p->fold.z, (int)p->fold.n - 6, &k->w) ){
    if( k->w.type == W_MONTH ) k->withMah = 1;
    else memset(&k->w, 0, sizeof(k->w));
  }
}

/* Reads the next token into the ring; 0 at the end of the text. */
static int read_token(ZbDates *p){
  ZbToken t;
  DTok *k;
  for(;;){
    if( !zb_tok_next(&p->tz, &t) ){ p->eof = 1; return 0; }
    if( t.kind != ZB_TOK_PUNCT ) break;
    {
      int32_t i = t.iByte;
      int32_t c = zb_next_cp(p->z, t.iByteEnd, &i);
      if( !is_bidi_control(c) ) break;
    }
  }
  k = &p->aRing[p->nTok % RING];
  memset(k, 0, sizeof(*k));
  k->t = t;
  k->gap = (uint8_t)(p->nTok == 0 ? GAP_LINE : gap_kind(p->z, p->prevByteEnd, t.iByte));
  p->prevByteEnd = t.iByteEnd;
  switch( t.kind ){
    case ZB_TOK_NUMBER:
      read_number(p, k);
      break;
    case ZB_TOK_PUNCT: {
      int32_t i = t.iByte;
      k->value = zb_next_cp(p->z, t.iByteEnd, &i);
      break;
    }
    default:
      classify_word(p, k);
      break;
  }
  p->nTok++;
  return 1;
}

/* Token i, or NULL: past the end, or outside the window around iAnchor. */
static const DTok *tok(ZbDates *p, int64_t i){
  if( i < 0 || i < p->iAnchor - LOOKBACK || i > p->iAnchor + LOOKAHEAD ) return 0;
  while( i >= p->nTok && !p->eof ){
    if( !read_token(p) ) break;
  }
  if( i >= p->nTok || i < p->nTok - RING ) return 0;
  return &p->aRing[i % RING];
}

static int is_word(const DTok *k){
  return k && (k->t.kind == ZB_TOK_ARABIC || k->t.kind == ZB_TOK_LATIN || k->t.kind == ZB_TOK_LETTER);
}
static int is_num(const DTok *k){ return k && k->t.kind == ZB_TOK_NUMBER; }
static int word_type(const DTok *k){ return is_word(k) ? k->w.type : W_NONE; }
static int is_punct(const DTok *k, int32_t c){
  return k && k->t.kind == ZB_TOK_PUNCT && k->value == c;
}
static int is_dash(int32_t c){
  return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}
static int is_apostrophe(int32_t c){
  return c == '\'' || c == 0x2019 || c == 0x02BC || c == 0x02BB || c == 0x2018;
}
static int is_comma(const DTok *k){
  return k && k->t.kind == ZB_TOK_PUNCT && (k->value == ',' || k->value == 0x060C);
}
/* Separators inside numbers: 10.5, 1,400, ۲٫۵, 2-1, 3/4, 1:10. */
static int is_number_separator(int32_t c){
  return c == '.' || c == ',' || c == '/' || c == ':' || c == 0x066B || c == 0x066C
      || c == 0x060C || is_dash(c);
}
/* Same line as the token before (touching or spaces). */
static int inline_tok(const DTok *k){ return k && k->gap != GAP_LINE; }
static int spaced(const DTok *k){ return k && k->gap == GAP_SPACE; }
static int touching(const DTok *k){ return k && k->gap == GAP_TOUCH; }

/* The raw bytes of a token are the ASCII word zLower, in any case. */
static int raw_is(const ZbDates *p, const DTok *k, const char *zLower){
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
  const DTok *a = tok(p, i), *b = tok(p, iLast);
  if( !a || !b || b->t.iByteEnd - a->t.iByte > 3 * MAX_WORD_BYTES ) return 0;
  p->fold.n = 0;
  if( zb_fold(p->z + a->t.iByte, b->t.iByteEnd - a->t.iByte, &p->fold) ) return 0;
  return lookup_folded(p->fold.z, (int)p->fold.n, pInfo);
}

/* The language of the text, detected the first time a decision needs it. */
static ZbLang text_lang(ZbDates *p){
  if( !p->langKnown ){
    p->lang = p->opt.lang != ZB_LANG_AUTO ? p->opt.lang : zb_tok_lang(p->z, p->n);
    p->langKnown = 1;
  }
  return p->lang;
}

/* ======================================================================
** Pieces of patterns: numbers that stand alone, years, eras, month names
*/

/* What a pattern found.  A date has its calendar and y, m, d (0 when not
** written: a date without its year, a month, a year); a weekday and a
** relative day are resolved against the reference later. */
enum CompKind { K_DATE = 1, K_TIME, K_WEEKDAY, K_RELATIVE };

typedef struct Comp {
  int64_t iFirst, iLast;  /* tokens */
  int kind;               /* enum CompKind */
  int cal;                /* K_DATE: ZbCalendar */
  int y, m, d;
  int weekday;            /* written weekday, or -1 */
  int direction;          /* K_WEEKDAY: 0 on or before the reference, -1 last, +1 next */
  int offset;             /* K_RELATIVE: days after the reference */
  int hour, minute, second;   /* hour -1: no time */
  int weak;               /* a month that needs its year (۲ مه) has none: it
                          ** counts only after a weekday (چهارشنبه ۲ مه) */
  unsigned notes;
} Comp;

static void comp_init(Comp *c, int kind, int64_t iFirst, int64_t iLast){
  memset(c, 0, sizeof(*c));
  c->kind = kind;
  c->iFirst = iFirst;
  c->iLast = iLast;
  c->weekday = -1;
  c->hour = c->second = -1;
}

/* و, ف, ب, ل written onto a number: و8 أكتوبر ("and 8 October"). */
static int is_arabic_proclitic(const ZbDates *p, const DTok *k){
  const unsigned char *z = p->z + k->t.iByte;
  return k->t.iByteEnd - k->t.iByte == 2 && ((z[0] == 0xD9 && (z[1] == 0x88 || z[1] == 0x81
         || z[1] == 0x84)) || (z[0] == 0xD8 && z[1] == 0xA8));
}

/* The number at i does not continue what touches it before: a word (G7,
** COVID-19), a currency or plus sign, or another number and a separator
** (10.5, 1,400, 2-1, +98). */
static int number_free_before(ZbDates *p, int64_t i){
  const DTok *a = tok(p, i), *b = tok(p, i - 1), *bb;
  int32_t c;
  if( !b || !touching(a) ) return 1;
  if( is_word(b) ) return is_arabic_proclitic(p, b);
  c = b->value;
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
  const DTok *a = tok(p, i + 1), *aa;
  if( !a || !touching(a) ) return 1;
  if( is_word(a) || is_num(a) ) return 0;
  if( a->value == '%' || a->value == 0x066A || a->value == 0x2030 ) return 0;
  if( is_number_separator(a->value) ){
    aa = tok(p, i + 2);
    if( aa && touching(aa) && (is_num(aa) || is_word(aa)) ) return 0;
  }
  return 1;
}

/* The token at i (after a number) makes that number a count: ۵۷ نفر, 50 %. */
static int is_quantity(ZbDates *p, int64_t i){
  const DTok *k = tok(p, i);
  if( !inline_tok(k) ) return 0;
  if( word_type(k) == W_QUANTITY ) return 1;
  return k->t.kind == ZB_TOK_PUNCT && (k->value == '%' || k->value == 0x066A);
}

/* An era after a year at i: هـ, ه.ق, ه.ش, ق, ش, م, هجری شمسی, میلادی, AH,
** AD, BC, ق.م.  Returns 1 with the calendar (-1: before the era) and the
** last token of the era. */
static int era_at(ZbDates *p, int64_t i, int *pCal, int64_t *piLast){
  const DTok *k = tok(p, i), *k2;
  int cal;
  if( word_type(k) != W_ERA || !inline_tok(k) ) return 0;
  if( (k->w.flags & F_CAPITAL) && !k->capital ) return 0;
  cal = k->w.cal;
  *piLast = i;
  /* ه.ش, ه.ق, ق.م (before Christ), هجری قمری: the last word decides */
  k2 = tok(p, i + 1);
  if( is_punct(k2, '.') && touching(k2) && word_type(tok(p, i + 2)) == W_ERA
   && touching(tok(p, i + 2)) ){
    int cal2 = tok(p, i + 2)->w.cal;
    cal = (cal == ZB_HIJRI && cal2 == ZB_GREGORIAN) ? -1 : cal2;
    *piLast = i + 2;
  }else if( word_type(k2) == W_ERA && spaced(k2) && !(k2->w.flags & F_CAPITAL) ){
    cal = k2->w.cal;
    *piLast = i + 1;
  }
  *pCal = cal;
  return 1;
}

/* A four-digit year at i, as part of a date: free on both sides (an era may
** touch it: 1445هـ, 2023م), not a count.  Returns its value, or 0. */
static int year_number(ZbDates *p, int64_t i){
  const DTok *k = tok(p, i), *next;
  if( !is_num(k) || k->nDigit != 4 || !inline_tok(k) ) return 0;
  if( !number_free_before(p, i) ) return 0;
  next = tok(p, i + 1);
  if( !(word_type(next) == W_ERA && touching(next)) && !number_free_after(p, i) ) return 0;
  if( is_quantity(p, i + 1) ) return 0;
  return k->value;
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
  const DTok *k = tok(p, i);
  int64_t aLast[3];
  int nWord = 1, w;
  WordInfo info;
  if( !is_word(k) ) return 0;
  aLast[0] = i;
  while( nWord < 3 ){
    int64_t e = aLast[nWord - 1];
    const DTok *a = tok(p, e + 1), *b = tok(p, e + 2);
    if( is_word(a) && spaced(a) ){
      aLast[nWord++] = e + 1;
    }else if( a && a->t.kind == ZB_TOK_PUNCT && touching(a) && (is_dash(a->value)
              || is_apostrophe(a->value)) && is_word(b) && touching(b) ){
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
    if( k->w.type != W_MONTH ) return 0;
    info = k->w;
    pName->iLast = i;
    pName->withMah = k->withMah;
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
  const DTok *k = tok(p, j);
  MonthName other;
  if( mn->latin && is_punct(k, '.') && touching(k) ) k = tok(p, ++j);
  if( is_punct(k, '/') && inline_tok(k) && month_at(p, j + 1, &other)
   && inline_tok(tok(p, j + 1)) && other.cal == mn->cal && other.index == mn->index ){
    j = other.iLast + 1;
    k = tok(p, j);
  }
  if( !mn->withMah && word_type(k) == W_MONTH_WORD && spaced(k) ) j++;
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
  const DTok *k = tok(p, j);
  int y, era;
  int64_t iEra;
  if( is_comma(k) && inline_tok(k) ) k = tok(p, ++j);
  if( word_type(k) == W_YEAR_WORD && inline_tok(k) ) k = tok(p, ++j);
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
  if( script == SCRIPT_PERSIAN ) return ZB_JALALI;
  switch( text_lang(p) ){
    case ZB_LANG_FA:   return ZB_JALALI;
    case ZB_LANG_AR:   return ZB_HIJRI;
    case ZB_LANG_AUTO: return script == SCRIPT_ARABIC ? ZB_HIJRI : ZB_JALALI;
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

static int digit_script(const DTok *a, const DTok *b, const DTok *c){
  return a->script == b->script && b->script == c->script ? a->script : SCRIPT_MIXED;
}

/* ======================================================================
** Components: a time, a date, a weekday, a relative day
*/

/* An am/pm word or a part of the day at j, after an hour: 4 pm, 4 p.m.,
** ۱۰:۳۰ صبح, ۸ مساء (parts of the day only when allowDaypart).  Returns the
** DP_* and sets *piLast, or 0. */
static int ampm_at(ZbDates *p, int64_t j, int allowDaypart, int64_t *piLast){
  const DTok *k = tok(p, j);
  if( !inline_tok(k) || !is_word(k) ) return 0;
  if( k->w.type == W_AMPM || (k->w.type == W_DAYPART && allowDaypart) ){
    *piLast = j;
    return k->w.arg;
  }
  if( k->t.kind == ZB_TOK_LATIN && (raw_is(p, k, "a") || raw_is(p, k, "p")) ){
    const DTok *dot = tok(p, j + 1), *m = tok(p, j + 2), *dot2 = tok(p, j + 3);
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
  const DTok *a = tok(p, i + 1), *aa = tok(p, i + 2);
  if( !a || !touching(a) || a->t.kind != ZB_TOK_PUNCT ) return 1;
  if( a->value == '%' || a->value == 0x066A ) return 0;
  return !(is_number_separator(a->value) && touching(aa) && is_num(aa));
}

/* A time at the number i: 16:12, 16:12:30, 4:12 pm, 4 pm, 16h12, 16h,
** à 16 heures, ساعت ۱۶, ساعت ۸ شب, الساعة 10.  A bare number is an hour
** only after ساعت or الساعة: "یکشنبه شب ۱۶ مهر" has no time.  checkBefore:
** the number must not continue a number before it. */
static int time_at(ZbDates *p, int64_t i, Comp *c, int checkBefore){
  const DTok *a = tok(p, i), *prev = tok(p, i - 1), *s, *b;
  int h, minute = 0, second = -1, part, context;
  int64_t last, iPart;
  if( !is_num(a) || a->nDigit > 2 || (checkBefore && !number_free_before(p, i)) ) return 0;
  context = word_type(prev) == W_TIME_WORD && spaced(a);
  h = a->value;
  s = tok(p, i + 1);
  b = tok(p, i + 2);
  if( is_punct(s, ':') && touching(s) ){
    if( !is_num(b) || !touching(b) || b->nDigit != 2 || b->value > 59 || h > 23 ) return 0;
    minute = b->value;
    last = i + 2;
    s = tok(p, i + 3);
    b = tok(p, i + 4);
    if( is_punct(s, ':') && touching(s) && is_num(b) && touching(b) && b->nDigit == 2
     && b->value <= 59 ){
      second = b->value;
      last = i + 4;
    }
    if( !time_free_after(p, last) ) return 0;
    if( (part = ampm_at(p, last + 1, 1, &iPart)) != 0 && hour_in_daypart(h, part) >= 0 ){
      h = hour_in_daypart(h, part);
      last = iPart;
    }
  }else if( word_type(s) == W_HOUR_UNIT && h <= 23
         && (touching(s) ? raw_is(p, s, "h")
                         : spaced(s) && !raw_is(p, s, "h")) ){
    /* 16h12, 16h; 16 heures 30, and "16 heures" alone only after à, vers
    ** (else it is a duration: pendant 16 heures) */
    int touch = touching(s);
    last = i + 1;
    if( is_num(b) && b->nDigit == 2 && b->value <= 59 && (touch ? touching(b) : spaced(b)) ){
      minute = b->value;
      last = i + 2;
    }else if( !touch && word_type(prev) != W_TIME_PREP ){
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
  if( context && (prev->w.flags & F_IN_SURFACE) && i - 1 >= p->iFloor ) c->iFirst = i - 1;
  c->hour = h;
  c->minute = minute;
  c->second = second;
  return 1;
}

/* A numeric date at the number i: 1400/09/04, 1400-09-04, 25/11/2021,
** 25.11.2021, 2024-06; any digits, the same in every field; an era may
** follow, and an ISO time touch it (2024-06-02T10:30). */
static int numeric_date_at(ZbDates *p, int64_t i, Comp *c){
  const DTok *a = tok(p, i), *s1 = tok(p, i + 1), *b = tok(p, i + 2);
  const DTok *s2 = tok(p, i + 3), *e = tok(p, i + 4), *next;
  int sep, y, m, d = 0, script, era = -1, hasEra, cal, iso;
  int64_t last, iEra = 0;
  unsigned notes = 0;
  if( !s1 || s1->t.kind != ZB_TOK_PUNCT || !touching(s1) || !is_num(b) || !touching(b) ) return 0;
  sep = is_dash(s1->value) ? '-' : s1->value;
  if( (sep != '/' && sep != '-' && sep != '.') || !number_free_before(p, i) ) return 0;
  if( s2 && s2->t.kind == ZB_TOK_PUNCT && touching(s2) && is_num(e) && touching(e)
   && (is_dash(s2->value) ? '-' : s2->value) == sep ){
    last = i + 4;
    script = digit_script(a, b, e);
    if( a->nDigit == 4 && b->nDigit <= 2 && e->nDigit <= 2 ){
      y = a->value; m = b->value; d = e->value;
    }else if( e->nDigit == 4 && a->nDigit <= 2 && b->nDigit <= 2 ){
      y = e->value;
      if( !day_month_order(p, a->value, b->value, &d, &m, &notes) ) return 0;
    }else{
      return 0;
    }
  }else{
    /* year and month; not 2010-11 (a season), not 3.2024 */
    if( sep == '.' || a->nDigit != 4 || b->nDigit != 2 || b->value < 1 || b->value > 12
     || b->value == (a->value + 1) % 100 ){
      return 0;
    }
    last = i + 2;
    script = digit_script(a, b, b);
    y = a->value; m = b->value;
  }
  if( script == SCRIPT_MIXED ) return 0;
  next = tok(p, last + 1);
  iso = d && is_word(next) && touching(next) && raw_is(p, next, "t")
     && is_num(tok(p, last + 2)) && touching(tok(p, last + 2));
  if( !iso && !(word_type(next) == W_ERA && touching(next)) && !number_free_after(p, last) ) return 0;
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
  const DTok *k = tok(p, i + 1);
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
  const DTok *k = tok(p, j);
  return is_num(k) && spaced(k) && k->nDigit <= 4 && number_free_after(p, j)
      && !is_quantity(p, j + 1) && !plural_after(p, j);
}

/* A day and a month name at the number i: ۰۴ آذر ۱۴۰۰, ۱۶ مهر ماه,
** 8 octobre 2023, 1er juin, 8th of October, 15 رمضان 1445 هـ,
** 8 أكتوبر/تشرين الأول 2023. */
static int day_month_at(ZbDates *p, int64_t i, Comp *c){
  const DTok *a = tok(p, i), *k;
  MonthName mn;
  int64_t j = i + 1;
  int day;
  if( a->nDigit > 2 || a->value < 1 || a->value > 31 || !number_free_before(p, i) ) return 0;
  day = a->value;
  k = tok(p, j);
  if( word_type(k) == W_ORDINAL && touching(k) ){
    if( k->w.arg == 1 && day != 1 ) return 0;                 /* 1er */
    k = tok(p, ++j);
    if( word_type(k) == W_OF && spaced(k) ) k = tok(p, ++j);
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
  const DTok *k = tok(p, j), *suffix;
  const DTok *before = tok(p, mn->iFirst - 1);
  if( !is_num(k) || !(spaced(k) || (touching(k) && !mn->latin)) ) return 0;
  /* 30 février 2024, 8 October 5 people: the month went with the day
  ** before it, which was no date */
  if( is_num(before) && before->nDigit <= 2 && inline_tok(tok(p, mn->iFirst)) ) return 0;
  if( k->nDigit <= 2 && mn->latin ){
    if( k->value < 1 || k->value > month_max_days(mn->cal, mn->index) ) return 0;
    suffix = tok(p, j + 1);
    comp_init(c, K_DATE, mn->iFirst, j);
    if( word_type(suffix) == W_ORDINAL && touching(suffix) && suffix->w.arg == 0 ){
      c->iLast = j + 1;
    }else if( !number_free_after(p, j) ){
      return 0;
    }
    c->cal = mn->cal; c->m = mn->index; c->d = k->value;
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
  const DTok *a = tok(p, i), *prev = tok(p, i - 1);
  int y, era, cal = -1, afterDash;
  int64_t iEra, iFirst = i;
  if( a->nDigit != 4 ) return 0;
  y = a->value;
  afterDash = prev && prev->t.kind == ZB_TOK_PUNCT && is_dash(prev->value) && touching(a)
           && touching(prev) && word_type(tok(p, i - 2)) == W_YEAR_PREP;   /* mid-2024 */
  if( !afterDash && !number_free_before(p, i) ) return 0;
  if( word_type(prev) == W_YEAR_WORD && spaced(a) && (prev->w.flags & F_IN_SURFACE)
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
  if( word_type(prev) == W_YEAR_WORD && spaced(a) ){
    if( y >= 1500 && y <= 2999 ) cal = ZB_GREGORIAN;
    else if( y >= 1200 && y <= 1499 ) cal = prev->w.cal;
    else if( y >= 1000 && prev->w.cal == ZB_GREGORIAN ) cal = ZB_GREGORIAN;
  }else if( (afterDash || (word_type(prev) == W_YEAR_PREP && spaced(a)))
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
  const DTok *k = tok(p, i), *prev = tok(p, i - 1), *next;
  int64_t last = i;
  int weekday, prevType = inline_tok(k) ? word_type(prev) : W_NONE, nextType;
  if( k->w.type == W_WEEKDAY_NUMBER ){
    WordInfo info;
    next = tok(p, i + 1);
    if( word_type(next) != W_WEEKDAY || next->w.arg != 0 || !spaced(next)
     || !lookup_span(p, i, i + 1, &info) || info.type != W_WEEKDAY ){
      return 0;
    }
    weekday = info.arg;
    last = i + 1;
  }else if( k->w.type == W_WEEKDAY ){
    weekday = k->w.arg;
  }else{
    return 0;
  }
  next = tok(p, last + 1);
  nextType = inline_tok(next) ? word_type(next) : W_NONE;
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
  const DTok *k = tok(p, c->iFirst);
  return c->iFirst == c->iLast && k->t.kind == ZB_TOK_LATIN && k->t.iCharEnd - k->t.iChar < 5;
}

/* The word at i starts with the Arabic article ال. */
static int has_article(ZbDates *p, const DTok *k){
  const unsigned char *z = p->z + k->t.iByte;
  return k->t.iByteEnd - k->t.iByte > 4 && z[0] == 0xD8 && z[1] == 0xA7 && z[2] == 0xD9 && z[3] == 0x84;
}

/* A relative day at i: امروز, دیروز, پس فردا, today, yesterday,
** aujourd'hui, avant-hier, اليوم, أمس, أول أمس, شب گذشته, روز گذشته,
** last night. */
static int relative_at(ZbDates *p, int64_t i, Comp *c){
  const DTok *k = tok(p, i), *prev = tok(p, i - 1), *pp = tok(p, i - 2), *next = tok(p, i + 1);
  int64_t first = i, last = i;
  int offset, prevType = inline_tok(k) ? word_type(prev) : W_NONE;
  switch( word_type(k) ){
    case W_RELATIVE:
      offset = k->w.arg;
      if( k->w.flags & F_HUI ){                                 /* aujourd'hui */
        const DTok *hui = tok(p, i + 2);
        if( !next || next->t.kind != ZB_TOK_PUNCT || !is_apostrophe(next->value) || !touching(next)
         || !is_word(hui) || !touching(hui) || !raw_is(p, hui, "hui") ){
          return 0;
        }
        last = i + 2;
      }
      if( (k->w.flags & F_NOT_NOUN) && spaced(next) && next->t.kind == ZB_TOK_ARABIC
       && next->w.type != W_WEEKDAY && has_article(p, next) ){
        return 0;                                                /* اليوم الأول: "the day" */
      }
      if( k->t.kind == ZB_TOK_LATIN && k->capital && spaced(k) && prev
       && prev->t.kind == ZB_TOK_LATIN && prev->capital ){
        return 0;                                                /* USA Today */
      }
      if( (offset == 1 || offset == -1) ){
        if( prevType == W_RELATIVE_PREFIX && prev->w.arg == offset && spaced(k) && i - 1 >= p->iFloor ){
          offset *= 2;                                           /* پس فردا, أول أمس */
          first = i - 1;
        }else if( prev && prev->t.kind == ZB_TOK_PUNCT && is_dash(prev->value) && touching(k)
               && touching(prev) && word_type(pp) == W_RELATIVE_PREFIX && pp->w.arg == offset
               && i - 2 >= p->iFloor ){
          offset *= 2;                                           /* avant-hier */
          first = i - 2;
        }
      }
      break;
    case W_DAYPART:                                              /* شب گذشته, last night */
      if( k->w.arg != DP_NIGHT ) return 0;
      if( word_type(next) == W_LAST && spaced(next) && next->t.kind != ZB_TOK_LATIN
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
      if( !(k->w.flags & F_DAY_NOUN) || word_type(next) != W_LAST || !spaced(next)
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
    const DTok *k = tok(p, j);
    int t = word_type(k);
    if( !inline_tok(k) ) break;
    if( k->t.kind == ZB_TOK_PUNCT ){
      if( !is_comma(k) && (link == LINK_DAY_TO_DATE || !(is_dash(k->value) || k->value == '|')) ) break;
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
  const DTok *k = tok(p, i);
  MonthName mn;
  int found;
  if( is_num(k) ){
    found = month_before_at(p, i, c) || numeric_date_at(p, i, c) || day_month_at(p, i, c)
         || year_at(p, i, c);
  }else{
    found = word_type(k) == W_MONTH && month_at(p, i, &mn) && month_first_at(p, &mn, c);
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
  const DTok *k = tok(p, i);
  int t = word_type(k);
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
    const DTok *a = tok(p, c->iLast + 1);
    int64_t j = c->iLast + 1;
    if( is_punct(a, '(') && inline_tok(a) ) j++;
    if( inline_tok(tok(p, j)) && word_type(tok(p, j)) == W_WEEKDAY && weekday_at(p, j, &d)
     && d.direction == 0 && (j == c->iLast + 1 || is_punct(tok(p, d.iLast + 1), ')')) ){
      c->weekday = d.weekday;
      c->iLast = j == c->iLast + 1 ? d.iLast : d.iLast + 1;
    }
    return 1;
  }
  return 0;
}

/* Token kinds a match can start at: numbers and date words. */
static int is_anchor(const DTok *k){
  if( is_num(k) ) return 1;
  switch( word_type(k) ){
    case W_MONTH: case W_WEEKDAY: case W_WEEKDAY_NUMBER: case W_RELATIVE:
      return 1;
    case W_DAYPART:                      /* شب گذشته, last night */
      return k->w.arg == DP_NIGHT;
    case W_CONNECTOR:                    /* روز گذشته */
      return (k->w.flags & F_DAY_NOUN) != 0;
    default:
      return 0;
  }
}

/* The match at i: a day or a time, and the time or day next to it
** (۱۶:۱۲ ۰۴ آذر ۱۴۰۰, October 8, 2023 at 4:12 pm, hier à 16h). */
static int match_at(ZbDates *p, int64_t i, Comp *c){
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

/* ======================================================================
** Resolution against the reference
*/

/* How far after the reference a date without its year may fall: news
** reports the past, and announces the coming weeks. */
#define AHEAD_DAYS 92
/* How far back a weekday may place a date without its year. */
#define WEEKDAY_BACK_DAYS 731

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
  for(y = refYear + 1; y >= refYear - 8; y--){
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
  const DTok *a = tok(p, c->iFirst), *b = tok(p, c->iLast);
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

ZbDates *zb_dates_open(const unsigned char *z, int32_t n, const ZbDatesOptions *opt){
  ZbDates *p;
  if( zb_dates_init(0) ) return 0;
  p = calloc(1, sizeof(*p));
  if( p == 0 ) return 0;
  p->z = z ? z : (const unsigned char*)"";
  p->n = z && n > 0 ? n : 0;
  if( opt ) p->opt = *opt;
  zb_buf_init(&p->fold);
  if( zb_tok_init(&p->tz, p->z, p->n, ZB_TOK_WITH_PUNCT) ){
    free(p);
    return 0;
  }
  return p;
}

void zb_dates_close(ZbDates *p){
  if( p == 0 ) return;
  zb_buf_free(&p->fold);
  free(p);
}

int zb_dates_next(ZbDates *p, ZbDateMatch *pMatch){
  for(;;){
    const DTok *k;
    Comp c;
    p->iAnchor = p->iNext;
    k = tok(p, p->iNext);
    if( p->fold.oom ) return -1;
    if( k == 0 ) return 0;
    if( is_anchor(k) && match_at(p, p->iNext, &c) ){
      if( p->fold.oom ) return -1;
      resolve(p, &c, pMatch);
      p->iNext = p->iFloor = c.iLast + 1;
      return 1;
    }
    p->iNext++;
  }
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
** columns; xBestIndex takes equality constraints on them (idxNum bits 1
** text, 2 reference, 4 lang), so that FROM docs, dates(docs.body,
** docs.published) plans as a correlated join.
*/

enum { DCOL_START, DCOL_END, DCOL_SURFACE, DCOL_VALUE, DCOL_PRECISION, DCOL_CALENDAR,
       DCOL_JALALI, DCOL_NOTE, DCOL_TEXT, DCOL_REFERENCE, DCOL_LANG };
#define DATES_N_ARG 3

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

static int dates_connect(sqlite3 *db, void *pAux, int argc, const char *const *argv,
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

static int dates_disconnect(sqlite3_vtab *pVtab){
  DatesVtab *v = (DatesVtab*)pVtab;
  sqlite3_finalize(v->pJulianDay);
  sqlite3_free(v);
  return SQLITE_OK;
}

/* text (required), reference and lang are arguments: see zb_tvf_best_index(). */
static int dates_best_index(sqlite3_vtab *pVtab, sqlite3_index_info *pInfo){
  return zb_tvf_best_index(pInfo, DCOL_TEXT, DATES_N_ARG, 1, 100.0, 10);
}

static int dates_open(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCursor){
  DatesCursor *pCur = sqlite3_malloc(sizeof(*pCur));
  if( pCur == 0 ) return SQLITE_NOMEM;
  memset(pCur, 0, sizeof(*pCur));
  pCur->eof = 1;
  *ppCursor = &pCur->base;
  return SQLITE_OK;
}

static void dates_reset(DatesCursor *pCur){
  zb_dates_close(pCur->p);
  pCur->p = 0;
  sqlite3_free(pCur->zText);
  pCur->zText = 0;
  pCur->eof = 1;
  pCur->iRow = 0;
}

static int dates_close(sqlite3_vtab_cursor *pCursor){
  dates_reset((DatesCursor*)pCursor);
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
  static const char *const azLang[] = { "auto", "fa", "ar", "en", "fr", 0 };
  static const ZbLang aLang[] = { ZB_LANG_AUTO, ZB_LANG_FA, ZB_LANG_AR, ZB_LANG_EN, ZB_LANG_FR };
  const char *z;
  char *zErr;
  int i, n;
  *pLang = ZB_LANG_AUTO;
  z = (const char*)zb_arg_text(pVal, &n);
  if( z == 0 ) return SQLITE_OK;
  if( (i = zb_choice(z, (size_t)n, azLang)) >= 0 ){ *pLang = aLang[i]; return SQLITE_OK; }
  zErr = zb_choice_error("dates", "lang", z, (size_t)n, azLang);
  if( zErr == 0 ) return SQLITE_NOMEM;
  i = dates_error(v, "%s", zErr);
  free(zErr);
  return i;
}

static int dates_next(sqlite3_vtab_cursor *pCursor){
  DatesCursor *pCur = (DatesCursor*)pCursor;
  int rc = zb_dates_next(pCur->p, &pCur->m);
  if( rc < 0 ) return SQLITE_NOMEM;
  pCur->eof = rc == 0;
  pCur->iRow++;
  return SQLITE_OK;
}

static int dates_filter(sqlite3_vtab_cursor *pCursor, int idxNum, const char *idxStr,
                        int argc, sqlite3_value **argv){
  DatesCursor *pCur = (DatesCursor*)pCursor;
  DatesVtab *v = (DatesVtab*)pCursor->pVtab;
  ZbDatesOptions opt;
  sqlite3_value *pText = 0, *pRef = 0, *pLang = 0;
  const unsigned char *z;
  int i = 0, n, rc;
  dates_reset(pCur);
  if( !(idxNum & 1) ) return dates_error(v, "dates: the text argument is required");
  pText = argv[i++];
  if( idxNum & 2 ) pRef = argv[i++];
  if( idxNum & 4 ) pLang = argv[i++];
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
  pCur->p = zb_dates_open(pCur->zText, n, &opt);
  if( pCur->p == 0 ) return SQLITE_NOMEM;
  pCur->iRow = 0;
  return dates_next(pCursor);
}

static int dates_eof(sqlite3_vtab_cursor *pCursor){
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

static int dates_column(sqlite3_vtab_cursor *pCursor, sqlite3_context *ctx, int iCol){
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

static int dates_rowid(sqlite3_vtab_cursor *pCursor, sqlite3_int64 *pRowid){
  *pRowid = ((DatesCursor*)pCursor)->iRow;
  return SQLITE_OK;
}

static const sqlite3_module datesModule = {
  0,                      /* iVersion */
  0,                      /* xCreate: eponymous only */
  dates_connect,
  dates_best_index,
  dates_disconnect,
  0,                      /* xDestroy */
  dates_open,
  dates_close,
  dates_filter,
  dates_next,
  dates_eof,
  dates_column,
  dates_rowid,
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
