/*
** quantity.c — the quantity words of quantity.h, and their table by key.
**
** No SQL function of its own; it decides, in SQL,
**
**   SELECT surface FROM dates('در ۱۶ مهر ۵۰۰ پوند پرداخت شد');  -- ۱۶ مهر (۵۰۰ is no year)
**   SELECT kind, value FROM entities('۵ میلیون تومان');          -- money|5000000
**
** Spellings are compared after fold() (Arabic ي ك ة أ as ی ک ه ا, no
** accents, lower case), as the text's tokens are.
*/
#include "quantity.h"
#include "normalize.h"

#include <pthread.h>

#define UNIT(z)          { z, ZB_QTY_UNIT, 0, 0, 0 }
#define SCALE(z, v, f)   { z, ZB_QTY_SCALE, f, v, 0 }
#define CURRENCY(z, c)   { z, ZB_QTY_CURRENCY, 0, 0, c }
#define ADJ(z, c)        { z, ZB_QTY_CURRENCY_ADJ, 0, 0, c }
#define PERCENT(z)       { z, ZB_QTY_PERCENT, 0, 0, 0 }

const ZbQuantityDef zb_quantity_defs[] = {
  UNIT("people personnes نفر کیلومتر متر تن بشکه"),
  /* scales (un million: French writes a plural too) */
  SCALE("thousand", 1e3, 0), SCALE("million millions", 1e6, 0),
  SCALE("billion", 1e9, ZB_QTY_TRILLION_FR), SCALE("trillion", 1e12, 0),
  SCALE("mille", 1e3, ZB_QTY_NOT_EN), SCALE("milliard milliards", 1e9, 0),
  SCALE("billions", 1e9, ZB_QTY_TRILLION_FR),
  SCALE("هزار", 1e3, 0), SCALE("میلیون", 1e6, 0), SCALE("میلیارد", 1e9, 0), SCALE("تریلیون", 1e12, 0),
  SCALE("الف الاف", 1e3, 0), SCALE("ملیون ملایین", 1e6, 0), SCALE("ملیار ملیارات", 1e9, 0),
  PERCENT("percent pct pourcent درصد بالمئه بالمائه % ٪"),
  /* currencies (singular and plural); dinar, riyal, dirham, lira, pound in
  ** Arabic name several currencies: an adjective may say which */
  CURRENCY("dollar dollars usd $ دلار دولار دولارات", "USD"),
  CURRENCY("euro euros eur € یورو", "EUR"),
  CURRENCY("pound pounds sterling gbp £ livre livres پوند استرلینی", "GBP"),
  CURRENCY("yuan yuans cny یوان", "CNY"),
  CURRENCY("yen jpy ین", "JPY"),
  CURRENCY("rial rials irr", "IRR"),
  CURRENCY("toman tomans تومان", "IRT"),
  CURRENCY("riyal riyals sar", "SAR"),
  CURRENCY("ruble rubles rouble roubles rub روبل", "RUB"),
  CURRENCY("rupee rupees inr روپیه", "INR"),
  CURRENCY("lira liras try لیر", "TRY"),
  CURRENCY("ریال ریالات درهم دراهم dirham dirhams دینار دنانیر dinar dinars جنیه لیره لیرات", ""),
  ADJ("us american americain americains امریکا امریکایی امریکی الامریکی", "USD"),
  ADJ("canadian canadien canadiens کانادا کانادایی الکندی", "CAD"),
  ADJ("australian australien australiens", "AUD"),
  ADJ("ایرانی ایران الایرانی", "IRR"),
  ADJ("سعودی السعودی saudi saoudien saoudiens", "SAR"),
  ADJ("قطری القطری qatari qatarien qatariens", "QAR"),
  ADJ("عراقی العراقی iraqi irakien irakiens", "IQD"),
  ADJ("کویتی الکویتی kuwaiti koweitien koweitiens", "KWD"),
  ADJ("اماراتی الاماراتی emirati", "AED"),
  ADJ("اردنی الاردنی jordanian jordanien jordaniens", "JOD"),
  ADJ("مصری المصری egyptian egyptien egyptiens", "EGP"),
  ADJ("لبنانی اللبنانی lebanese libanais", "LBP"),
  ADJ("سوری السوری syrian syrien syriens", "SYP"),
  ADJ("ترکیه ترکی الترکیه الترکی turkish turque turques", "TRY"),
  ADJ("عمانی العمانی omani omanais", "OMR"),
  ADJ("بحرینی البحرینی bahraini bahreini bahreinis", "BHD"),
  ADJ("یمنی الیمنی yemeni yemenite yemenites", "YER"),
  ADJ("لیبی اللیبی libyan libyen libyens", "LYD"),
  ADJ("تونسی التونسی tunisian tunisien tunisiens", "TND"),
  ADJ("مغربی المغربی moroccan marocain marocains", "MAD"),
  ADJ("جزایری الجزایری algerian algerien algeriens", "DZD"),
  { 0, 0, 0, 0, 0 }
};

/* The kind of each spelling by its key; the first row to name it wins. */
typedef struct QuantityEntry { uint64_t key; int kind; } QuantityEntry;

static struct {
  pthread_once_t once;
  ZbTable t;
  int ok;
} gQuantity = { PTHREAD_ONCE_INIT, { 0, 0, 0, 0 }, 0 };

static int add_spelling(const char *z, size_t n, ZbQuantityKind kind, ZbBuf *tmp){
  QuantityEntry *e;
  int isNew;
  tmp->n = 0;
  if( zb_fold((const unsigned char*)z, (int32_t)n, tmp) ) return -1;
  e = zb_table_insert(&gQuantity.t, zb_token_key(tmp->z, tmp->n), &isNew);
  if( e==0 ) return -1;
  if( isNew ) e->kind = kind;
  return 0;
}

static void build_table(void){
  ZbBuf tmp;
  int i, rc = 0;
  zb_table_init(&gQuantity.t, sizeof(QuantityEntry));
  zb_buf_init(&tmp);
  for(i=0; zb_quantity_defs[i].zWords && rc==0; i++){
    const char *z = zb_quantity_defs[i].zWords;
    while( *z && rc==0 ){
      size_t n = strcspn(z, " ");
      rc = add_spelling(z, n, zb_quantity_defs[i].kind, &tmp);
      z += n;
      while( *z==' ' ) z++;
    }
  }
  zb_buf_free(&tmp);
  if( rc ) zb_table_free(&gQuantity.t);
  else gQuantity.ok = 1;
}

int zb_quantity_kind(uint64_t key){
  const QuantityEntry *e;
  pthread_once(&gQuantity.once, build_table);
  if( !gQuantity.ok ) return -1;
  e = zb_table_find(&gQuantity.t, key);
  return e ? e->kind : 0;
}
