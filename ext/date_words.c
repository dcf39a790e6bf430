/*
** date_words.c — the words of dates() (dates_int.h): month names the
** calendar lacks or that are also words (May, Mars, می, the Dari months),
** weekdays written apart, relative days (امروز, hier, أمس), the words
** around years and times (سال, in, ساعت, à), parts of the day, eras
** (هـ, ش, AD), ordinals and connectors, and the words that make a weekday
** no date (every Friday, امام جمعه, the Sunday Times); with the Gregorian
** month names of the Arabic-speaking regions, read from ICU.  Built once
** per process.
**
**   SELECT value FROM dates('پس فردا', '2024-01-01');             -- 2024-01-03
**   SELECT count(*) FROM dates('امام جمعه', '2024-01-01');        -- 0
*/
#include "dates_int.h"
#include "normalize.h"
#include "quantity.h"

#include <pthread.h>
#include <stdlib.h>
#include <unicode/udat.h>
#include <unicode/ustring.h>

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
};

#undef G
#undef J
#undef H

/* The meanings of aWordRow by the key of their folded spelling. */
typedef struct WordEntry { uint64_t key; WordInfo info; } WordEntry;

typedef struct WordTable {
  ZbTable t;                  /* WordEntry by zb_token_key() of the folded word */
  ZbBuf tmp;                  /* folded spellings while building */
  int rc;                     /* 0 once built */
  char *zErr;
} WordTable;

static WordTable gWords;
static pthread_once_t gWordsOnce = PTHREAD_ONCE_INIT;

/* Adds a spelling (folded here) unless one that folds alike is there: the
** first meaning wins. */
static void add_word(WordTable *t, const char *z, int n, WordInfo info){
  WordEntry *e;
  int isNew;
  t->tmp.n = 0;
  if( zb_fold((const unsigned char*)z, n, &t->tmp) || t->tmp.n == 0 ) return;
  e = zb_table_insert(&t->t, zb_token_key(t->tmp.z, t->tmp.n), &isNew);
  if( e == 0 ){ t->tmp.oom = 1; return; }
  if( isNew ) e->info = info;
}

/* Gregorian month names of Arabic-speaking regions that the calendar's
** names (calendar.h) do not have: Levantine and Iraqi (كانون الثاني,
** شباط, آذار … تشرين الأول), Algerian and Tunisian (جانفي, فيفري …),
** Moroccan (يوليوز, غشت, شتنبر …), Mauritanian; read from ICU (CLDR). */
static const char *const aIcuMonthLocale[] = { "ar_SY", "ar_DZ", "ar_MA", "ar_MR" };
#define GREGORIAN_MONTHS 12

static int add_icu_months(WordTable *t, const char *zLocale){
  UErrorCode err = U_ZERO_ERROR;
  UDateFormat *fmt = udat_open(UDAT_NONE, UDAT_FULL, zLocale, 0, 0, 0, 0, &err);
  int i;
  if( U_FAILURE(err) ){
    t->zErr = zb_mprintf("ICU has no month names for %s (%s)", zLocale, u_errorName(err));
    return -1;
  }
  for(i = 0; i < GREGORIAN_MONTHS; i++){
    UChar u[64];
    char z[256];
    int32_t nu, n = 0;
    WordInfo info = { W_MONTH, ZB_GREGORIAN, (int8_t)(i + 1), 0 };
    err = U_ZERO_ERROR;
    nu = udat_getSymbols(fmt, UDAT_MONTHS, i, u, (int32_t)(sizeof(u)/sizeof(u[0])), &err);
    if( U_SUCCESS(err) ) u_strToUTF8(z, (int32_t)sizeof(z), &n, u, nu, &err);
    if( U_SUCCESS(err) && n < (int32_t)sizeof(z) ) add_word(t, z, n, info);
  }
  udat_close(fmt);
  return 0;
}

static void build_words(void){
  WordTable *t = &gWords;
  size_t k;
  zb_table_init(&t->t, sizeof(WordEntry));
  zb_buf_init(&t->tmp);
  t->rc = -1;
  if( zb_cal_names_init(&t->zErr) ) return;
  if( zb_quantity_kind(1) < 0 ) return;                  /* builds its table: OOM */
  for(k = 0; k < sizeof(aWordRow)/sizeof(aWordRow[0]); k++){
    add_word(t, aWordRow[k].zWord, (int)strlen(aWordRow[k].zWord), aWordRow[k].info);
  }
  for(k = 0; k < sizeof(aIcuMonthLocale)/sizeof(aIcuMonthLocale[0]); k++){
    if( add_icu_months(t, aIcuMonthLocale[k]) ) return;
  }
  if( !t->tmp.oom ) t->rc = 0;
  zb_buf_free(&t->tmp);
}

int zb_dates_init(char **pzErr){
  pthread_once(&gWordsOnce, build_words);
  if( gWords.rc && pzErr ) *pzErr = gWords.zErr ? zb_mprintf("%s", gWords.zErr) : 0;
  return gWords.rc;
}

/* What a folded word (or words, separated by single spaces) means: this
** file's table first, then the calendar's month and weekday names. */
int zb_date_lookup(const char *z, int n, uint64_t key, WordInfo *pInfo){
  ZbCalName name;
  const WordEntry *e;
  if( n <= 0 || n > 0xFFFF ) return 0;
  e = zb_table_find(&gWords.t, key);
  if( e ){ *pInfo = e->info; return 1; }
  if( !zb_cal_lookup_name(z, n, &name) ) return 0;
  memset(pInfo, 0, sizeof(*pInfo));
  pInfo->type = name.kind == ZB_NAME_MONTH ? W_MONTH : W_WEEKDAY;
  pInfo->cal = (int8_t)(name.kind == ZB_NAME_MONTH ? (int)name.calendar : -1);
  pInfo->arg = (int8_t)name.index;
  return 1;
}
