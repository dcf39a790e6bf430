/*
** test_entities.c — unit tests of name_key.c, gazetteer.c and entities.c:
**   - name_key on 81 pairs of spellings of one name that must meet and 35
**     pairs of different names that must not;
**   - the default gazetteer: built within the budget (100 ms, 64 MB), holds
**     what ICU's CLDR data says (compared with ICU's own display names);
**   - entities: spans, values of numbers in the four languages, the rules,
**     and invariants on generated garbage (spans in order, inside the text,
**     character offsets counted as SQLite's substr() counts them).
*/
#include <stdlib.h>
#include <time.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>
#include "unit.h"
#include "entities.h"
#include "gazetteer.h"
#include "name_key.h"
#include "normalize.h"

/* ------------------------------------------------------------------ */

static char *key_of(const char *z){
  ZbBuf b;
  zb_buf_init(&b);
  if( zb_name_key((const unsigned char*)z, (int32_t)strlen(z), &b) ) return 0;
  zb_buf_putc(&b, 0);
  return zb_buf_detach(&b);
}

/* Spellings of one name, in Persian, Arabic and Latin script. */
static const char *const aSame[][2] = {
  { "امیرعبداللهیان", "Amir Abdollahian" }, { "Amir Abdollahian", "AmirAbdollahian" },
  { "امیرعبداللهیان", "أمير عبد اللهيان" }, { "Amir-Abdollahian", "امیر عبداللهیان" },
  { "حسین ابراهیم طه", "Hussein Ibrahim Taha" }, { "حسين إبراهيم طه", "Hussein Ibrahim Taha" },
  { "فؤاد حسین", "Fuad Hussein" }, { "Fuad Hussein", "Fouad Hussein" },
  { "فؤاد حسين", "فؤاد حسین" }, { "خامنه‌ای", "Khamenei" }, { "خامنهای", "خامنه‌ای" },
  { "خامنئي", "Khamenei" }, { "عبدالله", "Abdullah" }, { "Abdallah", "Abdullah" },
  { "عبد الله", "عبدالله" }, { "عبدالرحمن", "Abdulrahman" }, { "Abdurrahman", "Abdulrahman" },
  { "Abd al-Rahman", "عبدالرحمن" }, { "نصرالله", "Nasrallah" }, { "حزب‌الله", "Hezbollah" },
  { "محمد", "Mohammad" }, { "Mohammed", "Muhammad" }, { "Mohamed", "محمد" },
  { "محمود", "Mahmoud" }, { "Mahmood", "Mahmoud" }, { "رئیسی", "Raisi" }, { "Raïssi", "Raisi" },
  { "Raeisi", "رئيسي" }, { "فاطمه", "Fatemeh" }, { "زاده", "Zadeh" }, { "مرتضی", "Morteza" },
  { "مصطفی", "Mostafa" }, { "مصطفى", "Mustafa" }, { "آل ثانی", "Al Thani" },
  { "Al-Thani", "آل ثاني" }, { "عراقچی", "Araghchi" }, { "Araqchi", "Araghchi" },
  { "قالیباف", "Ghalibaf" }, { "Qalibaf", "Ghalibaf" }, { "سعید خطیب زاده", "Saeed Khatibzadeh" },
  { "Said Khatibzadeh", "سعید خطیب‌زاده" }, { "هاکان فیدان", "Hakan Fidan" },
  { "ابراهیم رئیسی", "Ebrahim Raisi" }, { "Ibrahim Raisi", "Ebrahim Raisi" },
  { "علی باقری کنی", "Ali Bagheri Kani" }, { "Ali Baqeri Kani", "Ali Bagheri Kani" },
  { "محمدجواد ظریف", "Mohammad Javad Zarif" }, { "حسن روحانی", "Hassan Rouhani" },
  { "Hassan Rowhani", "Hassan Rouhani" }, { "اسماعیل هنیه", "Ismail Haniyeh" },
  { "إسماعيل هنية", "Esmaeil Haniyeh" }, { "عبدالله بوحبیب", "Abdullah Bou Habib" },
  { "عبد الله بو حبيب", "Abdallah Bou Habib" },
  { "احمد ناصر المحمد الصباح", "Ahmad Nasser al-Mohammad al-Sabah" },
  { "Ahmed Nasser Al-Mohammed Al-Sabah", "Ahmad Nasser al-Mohammad al-Sabah" },
  { "محمد بن عبدالرحمن آل ثانی", "Mohammed bin Abdulrahman Al Thani" },
  { "ناصر کنعانی", "Nasser Kanaani" }, { "Naser Kanani", "Nasser Kanaani" },
  { "عباس عراقچی", "Abbas Araghchi" }, { "یوسف", "Yousef" }, { "Youssef", "یوسف" },
  { "داود", "Davood" }, { "Dawood", "Daoud" }, { "سید", "Seyed" }, { "Sayyed", "Seyyed" },
  { "نبیه بری", "Nabih Berri" }, { "مرضیه", "Marzieh" }, { "حسین", "Hossein" },
  { "Husain", "Hoseyn" }, { "حسینی", "Hosseini" }, { "موسوی", "Mousavi" }, { "حسن", "Hassan" },
  { "جواد", "Javad" }, { "Jawad", "Javad" }, { "ولایتی", "Velayati" }, { "مهدی", "Mehdi" },
  { "Mahdi", "Mehdi" }, { "سعید", "Saeed" }, { "Saied", "سعيد" }, { "Ismail", "اسماعیل" },
  { "عثمان", "Othman" }, { "Uthman", "Othman" },
};

/* Different names. */
static const char *const aDifferent[][2] = {
  { "Hassan", "Hossein" }, { "حسن", "حسین" }, { "Mahmoud", "Mohammad" }, { "محمود", "محمد" },
  { "Hamid", "Hamed" }, { "حمید", "حامد" }, { "Majid", "Majed" }, { "مجید", "ماجد" },
  { "Said", "Saad" }, { "سعید", "سعد" }, { "Karim", "Karam" }, { "Ali", "Ahmad" },
  { "Reza", "Riyad" }, { "حسین", "حسینی" }, { "خامنه‌ای", "خمینی" }, { "Rouhani", "Raisi" },
  { "Abdollahian", "Abdollahi" }, { "Zarif", "Zarrin" }, { "Taha", "Taher" }, { "Fuad", "Fahd" },
  { "Yousef", "Younes" }, { "Nasser", "Mansour" }, { "Javad", "Jamal" }, { "Mehdi", "Mahmoud" },
  { "Samir", "Samer" }, { "Kazem", "Qasem" }, { "Bagheri", "Baghaei" }, { "Kanaani", "Kermani" },
  { "Amir", "Omar" }, { "Mostafa", "Mojtaba" }, { "Ebrahim", "Rahim" }, { "Salami", "Soleimani" },
  { "Araghchi", "Araki" }, { "Larijani", "Lavrov" }, { "Shamkhani", "Shamsi" },
};

static void test_name_key(void){
  size_t i;
  int nSame = 0, nDifferent = 0;
  for(i=0; i<sizeof(aSame)/sizeof(aSame[0]); i++){
    char *a = key_of(aSame[i][0]), *b = key_of(aSame[i][1]);
    int ok = a && b && a[0] && strcmp(a, b)==0;
    if( !ok ) printf("FAIL name_key('%s') = '%s' <> name_key('%s') = '%s'\n",
                     aSame[i][0], a ? a : "?", aSame[i][1], b ? b : "?");
    CHECK(ok);
    nSame++;
    free(a); free(b);
  }
  for(i=0; i<sizeof(aDifferent)/sizeof(aDifferent[0]); i++){
    char *a = key_of(aDifferent[i][0]), *b = key_of(aDifferent[i][1]);
    int ok = a && b && strcmp(a, b)!=0;
    if( !ok ) printf("FAIL name_key('%s') = name_key('%s') = '%s'\n",
                     aDifferent[i][0], aDifferent[i][1], a ? a : "?");
    CHECK(ok);
    nDifferent++;
    free(a); free(b);
  }
  CHECK(nSame>=60 && nDifferent>=30);
  { char *k = key_of("امیرعبداللهیان"); CHECK_STR(k, "myrbdlhyn"); free(k); }
  { char *k = key_of("Hussein Ibrahim Taha"); CHECK_STR(k, "hsynbrhymth"); free(k); }
  { char *k = key_of(""); CHECK_STR(k, ""); free(k); }
  { char *k = key_of("G7 2024"); CHECK_STR(k, "g72024"); free(k); }
  { char *k = key_of("Путин"); CHECK_STR(k, "путин"); free(k); }
}

/* ------------------------------------------------------------------ */

/* True if the gazetteer has an alias whose key is the key of z, for the
** entity zId: a walk along the folded tokens of z. */
static int has_alias(const ZbGazetteer *g, const char *z, const char *zId){
  ZbTokenizer t;
  ZbToken k;
  ZbBuf b;
  ZbGzWalk w;
  ZbGzHit hit;
  int i, n = 0, on = 0;
  zb_buf_init(&b);
  zb_tok_init(&t, (const unsigned char*)z, (int32_t)strlen(z), ZB_TOK_WITH_PUNCT);
  while( zb_tok_next(&t, &k) ){
    uint64_t key;
    b.n = 0;
    zb_tok_normalize((const unsigned char*)z, &k, 0, ZB_LANG_AUTO, &b);
    if( b.n==0 || zb_gz_skipped_punct(b.z, b.n) ) continue;
    key = zb_token_key(b.z, b.n);
    on = n++==0 ? zb_gz_walk_begin(&w, g, key) : on && zb_gz_walk_step(&w, key);
  }
  zb_buf_free(&b);
  if( !on ) return 0;
  for(i=0; zb_gz_walk_alias(&w, i, &hit); i++){
    if( strcmp(hit.pEntity->zId, zId)==0 ) return 1;
  }
  return 0;
}

/* ICU's own display name of a region in a language (the reference the
** gazetteer's CLDR names are checked against). */
static void icu_country(const char *zRegion, const char *zLang, char *zOut, int nOut){
  UChar u[128];
  UErrorCode err = U_ZERO_ERROR;
  char zLoc[16];
  int32_t n;
  snprintf(zLoc, sizeof(zLoc), "und_%s", zRegion);
  n = uloc_getDisplayCountry(zLoc, zLang, u, 128, &err);
  u_strToUTF8(zOut, nOut, 0, u, n, &err);
  if( U_FAILURE(err) ) zOut[0] = 0;
}

static void test_gazetteer(void){
  const char *zErr = 0;
  const ZbGazetteer *g = zb_gazetteer_default(&zErr);
  static const char *const aRegion[] = { "IR", "IQ", "DE", "EG", "JP", "BR", "TR", "PS", 0 };
  static const char *const aLang[] = { "fa", "ar", "fr", "en", "ru", "zh", 0 };
  size_t bytes;
  int i, j, e;
  CHECK(g!=0);
  if( g==0 ) return;
  bytes = zb_gazetteer_bytes(g);               /* its build time is for the benchmark only */
  printf("gazetteer: %.1f MB, %d aliases\n", bytes/1048576.0, zb_gz_alias_count(g));
  CHECK(bytes < 64u*1024*1024);
  CHECK(zb_gz_alias_count(g) > 10000);
  /* every country name ICU gives in these languages is an alias of country:CC */
  for(i=0; aRegion[i]; i++){
    for(j=0; aLang[j]; j++){
      char zName[256], zId[16];
      icu_country(aRegion[i], aLang[j], zName, sizeof(zName));
      snprintf(zId, sizeof(zId), "country:%s", aRegion[i]);
      if( !has_alias(g, zName, zId) ) printf("FAIL CLDR name '%s' (%s) of %s\n", zName, aLang[j], zId);
      CHECK(has_alias(g, zName, zId));
    }
  }
  CHECK(has_alias(g, "تهران", "place:IR:tehran"));          /* a CLDR exemplar city */
  CHECK(has_alias(g, "Téhéran", "place:IR:tehran"));
  CHECK(has_alias(g, "القدس", "place:ZZ:jerusalem"));        /* CLDR's city, curated id */
  CHECK(has_alias(g, "امیرعبداللهیان", "person:hossein-amir-abdollahian"));
  CHECK(has_alias(g, "والقدس", "place:ZZ:jerusalem"));       /* an Arabic proclitic */
  CHECK(!has_alias(g, "مالی", "country:ML"));                /* "financial": left out */
  CHECK(!has_alias(g, "دوشنبه", "place:TJ:dushanbe"));       /* "Monday" */
  e = zb_gz_entity_find(g, "org:oic", -1);
  CHECK(e>=0 && strcmp(zb_gz_entity(g, (uint32_t)e)->zName, "Organisation of Islamic Cooperation")==0);
  {
    char *k = key_of("Hossein Amir-Abdollahian");
    e = zb_gz_person_by_name_key(g, k, strlen(k));
    CHECK(e>=0 && strcmp(zb_gz_entity(g, (uint32_t)e)->zId, "person:hossein-amir-abdollahian")==0);
    free(k);
  }
  /* a user gazetteer: a new entity, and a new alias of a known one */
  {
    ZbGzBuilder *b = zb_gz_builder_new();
    ZbGazetteer *u;
    zb_gz_builder_base(b, g);
    CHECK(zb_gz_builder_add(b, "person:jane-roe", ZB_GZ_PERSON, "Jane Roe", "Jane Roe", "en",
                            ZB_GZ_SRC_USER, 0)==0);
    CHECK(zb_gz_builder_add(b, "org:oic", ZB_GZ_ORG, 0, "L'OCI de Djeddah", "fr", ZB_GZ_SRC_USER, 0)==0);
    u = zb_gz_builder_finish(b);
    CHECK(u!=0 && has_alias(u, "JANE ROE", "person:jane-roe") && has_alias(u, "l'oci de djeddah", "org:oic"));
    e = zb_gz_entity_find(u, "org:oic", ZB_GZ_ORG);
    CHECK(u && e>=0 && strcmp(zb_gz_entity(u, (uint32_t)e)->zName, "Organisation of Islamic Cooperation")==0);
    zb_gazetteer_free(u);
  }
}

/* ------------------------------------------------------------------ */

typedef struct Expect {
  const char *zText;
  ZbLang lang;
  const char *zKind;         /* the kind of the first mention, or NULL: none */
  const char *zSurface;
  double value;
  const char *zEntity;       /* or NULL: not checked */
} Expect;

static const Expect aExpect[] = {
  { "سیصد و پنجاه نفر", ZB_LANG_FA, "number", "سیصد و پنجاه", 350, 0 },
  { "سه هزار و پانصد", ZB_LANG_FA, "number", "سه هزار و پانصد", 3500, 0 },
  { "trois cents personnes", ZB_LANG_FR, "number", "trois cents", 300, 0 },
  { "quatre-vingt-dix-sept", ZB_LANG_FR, "number", "quatre-vingt-dix-sept", 97, 0 },
  { "vingt et un", ZB_LANG_FR, "number", "vingt et un", 21, 0 },
  { "two million people", ZB_LANG_EN, "number", "two million", 2000000, 0 },
  { "twenty-five", ZB_LANG_EN, "number", "twenty-five", 25, 0 },
  { "three hundred and fifty", ZB_LANG_EN, "number", "three hundred and fifty", 350, 0 },
  { "ثلاثة آلاف شخص", ZB_LANG_AR, "number", "ثلاثة آلاف", 3000, 0 },
  { "ثلاثمائة وخمسون", ZB_LANG_AR, "number", "ثلاثمائة وخمسون", 350, 0 },
  { "أحد عشر لاعبا", ZB_LANG_AR, "number", "أحد عشر", 11, 0 },
  { "1,234,567", ZB_LANG_EN, "number", "1,234,567", 1234567, 0 },
  { "2,5 tonnes", ZB_LANG_FR, "number", "2,5", 2.5, 0 },
  { "1.500 euros", ZB_LANG_FR, "money", "1.500 euros", 1500, "currency:EUR" },
  { "1.5 tons", ZB_LANG_EN, "number", "1.5", 1.5, 0 },
  { "۲٫۵ میلیون", ZB_LANG_FA, "number", "۲٫۵ میلیون", 2500000, 0 },
  { "۱۲٬۰۰۰ نفر", ZB_LANG_FA, "number", "۱۲٬۰۰۰", 12000, 0 },
  { "۲/۵ درصد", ZB_LANG_FA, "percent", "۲/۵ درصد", 2.5, 0 },
  { "50% of them", ZB_LANG_EN, "percent", "50%", 50, 0 },
  { "۵۰ درصد", ZB_LANG_FA, "percent", "۵۰ درصد", 50, 0 },
  { "20 per cent", ZB_LANG_EN, "percent", "20 per cent", 20, 0 },
  { "12 pour cent", ZB_LANG_FR, "percent", "12 pour cent", 12, 0 },
  { "٢٠ في المئة", ZB_LANG_AR, "percent", "٢٠ في المئة", 20, 0 },
  { "$5 billion", ZB_LANG_EN, "money", "$5 billion", 5e9, "currency:USD" },
  { "€10", ZB_LANG_FR, "money", "€10", 10, "currency:EUR" },
  { "۵ میلیون تومان", ZB_LANG_FA, "money", "۵ میلیون تومان", 5e6, "currency:IRT" },
  { "۱۰۰ ریال", ZB_LANG_FA, "money", "۱۰۰ ریال", 100, "currency:IRR" },
  { "200 ريال سعودي", ZB_LANG_AR, "money", "200 ريال سعودي", 200, "currency:SAR" },
  { "5 millions de dollars", ZB_LANG_FR, "money", "5 millions de dollars", 5e6, "currency:USD" },
  { "one of them", ZB_LANG_EN, 0, 0, 0, 0 },
  { "un homme", ZB_LANG_FR, 0, 0, 0, 0 },
  { "نه، این درست نیست", ZB_LANG_FA, 0, 0, 0, 0 },
  { "the G7 and F-35 and the 15th", ZB_LANG_EN, 0, 0, 0, 0 },
  { "roast turkey and rice", ZB_LANG_EN, 0, 0, 0, 0 },
  { "مسائل مالی و اقتصادی", ZB_LANG_FA, 0, 0, 0, 0 },
  { "حسن نیت و امید", ZB_LANG_FA, 0, 0, 0, 0 },
  { "tell us about it", ZB_LANG_EN, 0, 0, 0, 0 },
  { "Un accord avec l'Iran", ZB_LANG_FR, "place", "Iran", 0, "country:IR" },
  { "Turkey and Iran", ZB_LANG_EN, "place", "Turkey", 0, "country:TR" },
  { "والقدس", ZB_LANG_AR, "place", "القدس", 0, "place:ZZ:jerusalem" },
  { "Hussein Ibrahim Taha", ZB_LANG_EN, "person", "Hussein Ibrahim Taha", 0, 0 },
  { "Le ministre, Karim Benali, a parlé", ZB_LANG_FR, "person", "Karim Benali", 0, "name:krymbnly" },
  { "آقای کمالوندی گفت", ZB_LANG_FA, "person", "کمالوندی", 0, "name:kmlvndy" },
  { "معاون اقتصادی وزیر", ZB_LANG_FA, 0, 0, 0, 0 },
  { "Mehr News Agency", ZB_LANG_EN, "org", "Mehr News Agency", 0, "org:mehr-news" },
  { "the Gulf Energy Council (GEC)", ZB_LANG_EN, "org", "Gulf Energy Council", 0, "name:glfnrgykvnsyl" },
};

static void test_expectations(void){
  size_t i;
  for(i=0; i<sizeof(aExpect)/sizeof(aExpect[0]); i++){
    const Expect *x = &aExpect[i];
    ZbEntities *p = 0;
    ZbMention m;
    const char *zErr;
    int rc, ok;
    if( zb_entities_open(&p, (const unsigned char*)x->zText, (int32_t)strlen(x->zText), x->lang, 0, &zErr) ){
      CHECK(0);
      continue;
    }
    /* dates are another module's: skip them */
    while( (rc = zb_entities_next(p, &m))>0 && (m.kind==ZB_ENT_DATE || m.kind==ZB_ENT_TIME) ){}
    if( x->zKind==0 ){
      ok = (rc==0);
      if( !ok ) printf("FAIL '%s': unexpected %s '%.*s'\n", x->zText, zb_entity_kind_name(m.kind),
                       m.iByteEnd - m.iByte, x->zText + m.iByte);
    }else{
      double v = m.valueType==ZB_VALUE_INT ? (double)m.iValue : m.rValue;
      ok = rc>0 && strcmp(zb_entity_kind_name(m.kind), x->zKind)==0
        && (int)strlen(x->zSurface)==m.iByteEnd - m.iByte
        && memcmp(x->zSurface, x->zText + m.iByte, strlen(x->zSurface))==0
        && (x->value==0 || (m.valueType!=ZB_VALUE_NONE && v==x->value))
        && (x->zEntity==0 || (m.zEntity && strcmp(m.zEntity, x->zEntity)==0));
      if( !ok ){
        if( rc>0 ) printf("FAIL '%s': got %s '%.*s' value %g entity %s\n", x->zText,
                          zb_entity_kind_name(m.kind), m.iByteEnd - m.iByte, x->zText + m.iByte, v,
                          m.zEntity ? m.zEntity : "NULL");
        else printf("FAIL '%s': nothing found\n", x->zText);
      }
    }
    CHECK(ok);
    zb_entities_close(p);
  }
}

/* A short mention after the full name, and an acronym defined in the text. */
static void test_text_memory(void){
  const char *z = "Hussein Ibrahim Taha met officials of the Gulf Energy Council (GEC). "
                  "Taha said the GEC would meet. Ibrahim Taha left.";
  const char *azSurface[] = { "Hussein Ibrahim Taha", "Gulf Energy Council", "GEC", "Taha", "GEC",
                              "Ibrahim Taha" };
  char zFirst[64] = "", zOrg[64] = "";
  ZbEntities *p;
  ZbMention m;
  const char *zErr;
  int n = 0;
  CHECK(zb_entities_open(&p, (const unsigned char*)z, (int32_t)strlen(z), ZB_LANG_EN, 0, &zErr)==0);
  while( zb_entities_next(p, &m)>0 ){
    int isPerson = (m.kind==ZB_ENT_PERSON);
    CHECK(n<6 && (int)strlen(azSurface[n])==m.iByteEnd - m.iByte
          && memcmp(azSurface[n], z + m.iByte, (size_t)(m.iByteEnd - m.iByte))==0);
    if( n==0 ) snprintf(zFirst, sizeof(zFirst), "%s", m.zEntity);
    if( n==1 ) snprintf(zOrg, sizeof(zOrg), "%s", m.zEntity);
    if( n>=2 ) CHECK(strcmp(m.zEntity, isPerson ? zFirst : zOrg)==0);
    n++;
  }
  CHECK(n==6);
  zb_entities_close(p);
}

/* SQLite's character index of byte i: bytes that start a character. */
static int64_t sqlite_chars(const unsigned char *z, int32_t i){
  int64_t n = 0;
  int32_t k;
  for(k=0; k<i; k++) if( (z[k] & 0xC0)!=0x80 ) n++;
  return n;
}

/* Garbage made of pieces of real text, digits, punctuation and invalid
** bytes: no crash, and every mention inside the text, in order, with the
** character offsets SQLite's substr() uses. */
static void test_garbage(void){
  static const char *const aPiece[] = {
    "Iran", " ", "ایران", "\xFF", "\xC3", "\xE2\x80", "١٢", "٫", ",", ".", "(", "OIC", ")",
    "Amir", "Abdollahian", "و", "سیصد", "million", "$", "%", "٪", "\xF0\x9F\x98\x80", "\n",
    "Hussein", "ابراهیم", "طه", "-", "'", "al", "16:12", "1400/09/04", "\xE2\x80\x8C", "ال"
  };
  unsigned seed = 12345;
  int round, bad = 0;
  ZbBuf b;
  zb_buf_init(&b);
  for(round=0; round<400; round++){
    ZbEntities *p;
    ZbMention m;
    const char *zErr;
    int k, nPiece;
    int32_t lastEnd = 0;
    b.n = 0;
    seed = seed*1103515245u + 12345u;
    nPiece = (int)(seed>>16) % 300;
    for(k=0; k<nPiece; k++){
      const char *z;
      seed = seed*1103515245u + 12345u;
      z = aPiece[(seed>>16) % (sizeof(aPiece)/sizeof(aPiece[0]))];
      zb_buf_append(&b, z, strlen(z));
    }
    if( zb_entities_open(&p, (const unsigned char*)b.z, (int32_t)b.n, ZB_LANG_AUTO, 0, &zErr) ){
      bad++;
      continue;
    }
    while( zb_entities_next(p, &m)>0 ){
      const unsigned char *z = (const unsigned char*)b.z;
      if( m.iByte<lastEnd || m.iByte>=m.iByteEnd || m.iByteEnd>(int32_t)b.n ) bad++;
      else if( m.iChar!=sqlite_chars(z, m.iByte) || m.iCharEnd!=sqlite_chars(z, m.iByteEnd) ) bad++;
      lastEnd = m.iByteEnd;
    }
    zb_entities_close(p);
  }
  zb_buf_free(&b);
  CHECK(bad==0);
}

int main(void){
  zb_normalize_init();
  test_name_key();
  test_gazetteer();
  test_expectations();
  test_text_memory();
  test_garbage();
  return unit_done("entities");
}
