/*
** ent_words.c — the grammar words of entities() (entities_int.h): the
** closed classes its rules need, in one table keyed like the text's tokens:
** number words, and from quantity.h the scales, currencies and percent
** words; function words that never stand inside a name, particles (al,
** bin, ابو), connectors of organization names (of, de), keywords that make
** a capitalized span an organization, facility or place (Agency, Mosque,
** Province), words too general to make a name alone, months and weekdays,
** words that may stand between a title and its name, and the endings of
** Persian surnames written apart (زاده, پور).
**
**   SELECT value FROM entities('trois cents personnes');        -- 300
**   SELECT kind, value FROM entities('۵ میلیون تومان');         -- money|5000000
**
** Spellings are folded (fold()) as the text is; the table is built once
** per process.
*/
#include "entities_int.h"
#include "normalize.h"
#include "quantity.h"

#include <pthread.h>

typedef struct WordDef {
  const char *z;               /* words separated by spaces */
  uint32_t flags;
  unsigned char numType;
  double value;
  const char *zCode;
} WordDef;

static const WordDef aNumberWords[] = {
  /* English */
  { "one", GW_NUM|GW_NOT_ALONE, NUM_ADD, 1, 0 }, { "two", GW_NUM, NUM_ADD, 2, 0 },
  { "three", GW_NUM, NUM_ADD, 3, 0 }, { "four", GW_NUM, NUM_ADD, 4, 0 }, { "five", GW_NUM, NUM_ADD, 5, 0 },
  { "six", GW_NUM, NUM_ADD, 6, 0 }, { "seven", GW_NUM, NUM_ADD, 7, 0 }, { "eight", GW_NUM, NUM_ADD, 8, 0 },
  { "nine", GW_NUM, NUM_ADD, 9, 0 }, { "ten", GW_NUM, NUM_ADD, 10, 0 }, { "eleven", GW_NUM, NUM_ADD, 11, 0 },
  { "twelve", GW_NUM, NUM_ADD, 12, 0 }, { "thirteen", GW_NUM, NUM_ADD, 13, 0 },
  { "fourteen", GW_NUM, NUM_ADD, 14, 0 }, { "fifteen", GW_NUM, NUM_ADD, 15, 0 },
  { "sixteen", GW_NUM, NUM_ADD, 16, 0 }, { "seventeen", GW_NUM, NUM_ADD, 17, 0 },
  { "eighteen", GW_NUM, NUM_ADD, 18, 0 }, { "nineteen", GW_NUM, NUM_ADD, 19, 0 },
  { "twenty", GW_NUM, NUM_ADD, 20, 0 }, { "thirty", GW_NUM, NUM_ADD, 30, 0 },
  { "forty", GW_NUM, NUM_ADD, 40, 0 }, { "fifty", GW_NUM, NUM_ADD, 50, 0 }, { "sixty", GW_NUM, NUM_ADD, 60, 0 },
  { "seventy", GW_NUM, NUM_ADD, 70, 0 }, { "eighty", GW_NUM, NUM_ADD, 80, 0 },
  { "ninety", GW_NUM, NUM_ADD, 90, 0 }, { "hundred", GW_NUM, NUM_HUNDRED, 100, 0 },
  /* French (un, une: articles; neuf: also "new"; sept, cent, mille: English words too) */
  { "un une", GW_NUM|GW_NOT_ALONE, NUM_ADD, 1, 0 }, { "deux", GW_NUM, NUM_ADD, 2, 0 },
  { "trois", GW_NUM, NUM_ADD, 3, 0 }, { "quatre", GW_NUM, NUM_ADD, 4, 0 }, { "cinq", GW_NUM, NUM_ADD, 5, 0 },
  { "sept", GW_NUM|GW_NOT_EN, NUM_ADD, 7, 0 }, { "huit", GW_NUM, NUM_ADD, 8, 0 },
  { "neuf", GW_NUM|GW_NOT_ALONE, NUM_ADD, 9, 0 }, { "dix", GW_NUM, NUM_ADD, 10, 0 },
  { "onze", GW_NUM, NUM_ADD, 11, 0 }, { "douze", GW_NUM, NUM_ADD, 12, 0 }, { "treize", GW_NUM, NUM_ADD, 13, 0 },
  { "quatorze", GW_NUM, NUM_ADD, 14, 0 }, { "quinze", GW_NUM, NUM_ADD, 15, 0 },
  { "seize", GW_NUM, NUM_ADD, 16, 0 }, { "vingt vingts", GW_NUM, NUM_ADD, 20, 0 },
  { "trente", GW_NUM, NUM_ADD, 30, 0 }, { "quarante", GW_NUM, NUM_ADD, 40, 0 },
  { "cinquante", GW_NUM, NUM_ADD, 50, 0 }, { "soixante", GW_NUM, NUM_ADD, 60, 0 },
  { "cent cents", GW_NUM|GW_NOT_EN, NUM_HUNDRED, 100, 0 },
  /* Persian (یک: also "a"; نه: "no") */
  { "یک", GW_NUM|GW_NOT_ALONE, NUM_ADD, 1, 0 }, { "دو", GW_NUM, NUM_ADD, 2, 0 }, { "سه", GW_NUM, NUM_ADD, 3, 0 },
  { "چهار", GW_NUM, NUM_ADD, 4, 0 }, { "پنج", GW_NUM, NUM_ADD, 5, 0 }, { "شش", GW_NUM, NUM_ADD, 6, 0 },
  { "هفت", GW_NUM, NUM_ADD, 7, 0 }, { "هشت", GW_NUM, NUM_ADD, 8, 0 }, { "نه", GW_NUM|GW_NOT_ALONE, NUM_ADD, 9, 0 },
  { "ده", GW_NUM, NUM_ADD, 10, 0 }, { "یازده", GW_NUM, NUM_ADD, 11, 0 }, { "دوازده", GW_NUM, NUM_ADD, 12, 0 },
  { "سیزده", GW_NUM, NUM_ADD, 13, 0 }, { "چهارده", GW_NUM, NUM_ADD, 14, 0 },
  { "پانزده", GW_NUM, NUM_ADD, 15, 0 }, { "شانزده", GW_NUM, NUM_ADD, 16, 0 },
  { "هفده", GW_NUM, NUM_ADD, 17, 0 }, { "هجده هیجده", GW_NUM, NUM_ADD, 18, 0 },
  { "نوزده", GW_NUM, NUM_ADD, 19, 0 }, { "بیست", GW_NUM, NUM_ADD, 20, 0 }, { "سی", GW_NUM, NUM_ADD, 30, 0 },
  { "چهل", GW_NUM, NUM_ADD, 40, 0 }, { "پنجاه", GW_NUM, NUM_ADD, 50, 0 }, { "شصت", GW_NUM, NUM_ADD, 60, 0 },
  { "هفتاد", GW_NUM, NUM_ADD, 70, 0 }, { "هشتاد", GW_NUM, NUM_ADD, 80, 0 }, { "نود", GW_NUM, NUM_ADD, 90, 0 },
  { "صد", GW_NUM, NUM_HUNDRED, 100, 0 }, { "یکصد", GW_NUM, NUM_ADD, 100, 0 },
  { "دویست", GW_NUM, NUM_ADD, 200, 0 }, { "سیصد", GW_NUM, NUM_ADD, 300, 0 },
  { "چهارصد", GW_NUM, NUM_ADD, 400, 0 }, { "پانصد", GW_NUM, NUM_ADD, 500, 0 },
  { "ششصد", GW_NUM, NUM_ADD, 600, 0 }, { "هفتصد", GW_NUM, NUM_ADD, 700, 0 },
  { "هشتصد", GW_NUM, NUM_ADD, 800, 0 }, { "نهصد", GW_NUM, NUM_ADD, 900, 0 },
  /* Arabic, as fold() writes it (ة → ه, أ → ا, ي → ی); واحد، أحد: also
  ** "one (person)", ست: "lady", سبع: "lion" */
  { "واحد واحده احد", GW_NUM|GW_NOT_ALONE, NUM_ADD, 1, 0 },
  { "اثنان اثنین اثنتان اثنتین اثنا اثنتا", GW_NUM, NUM_ADD, 2, 0 },
  { "ثلاث ثلاثه", GW_NUM, NUM_ADD, 3, 0 }, { "اربع اربعه", GW_NUM, NUM_ADD, 4, 0 },
  { "خمس خمسه", GW_NUM, NUM_ADD, 5, 0 }, { "ست", GW_NUM|GW_NOT_ALONE, NUM_ADD, 6, 0 },
  { "سته", GW_NUM, NUM_ADD, 6, 0 }, { "سبع", GW_NUM|GW_NOT_ALONE, NUM_ADD, 7, 0 },
  { "سبعه", GW_NUM, NUM_ADD, 7, 0 }, { "ثمان ثمانی ثمانیه", GW_NUM, NUM_ADD, 8, 0 },
  { "تسع تسعه", GW_NUM, NUM_ADD, 9, 0 }, { "عشر عشره", GW_NUM|GW_TEEN_TEN, NUM_ADD, 10, 0 },
  { "عشرون عشرین", GW_NUM, NUM_ADD, 20, 0 }, { "ثلاثون ثلاثین", GW_NUM, NUM_ADD, 30, 0 },
  { "اربعون اربعین", GW_NUM, NUM_ADD, 40, 0 }, { "خمسون خمسین", GW_NUM, NUM_ADD, 50, 0 },
  { "ستون ستین", GW_NUM, NUM_ADD, 60, 0 }, { "سبعون سبعین", GW_NUM, NUM_ADD, 70, 0 },
  { "ثمانون ثمانین", GW_NUM, NUM_ADD, 80, 0 }, { "تسعون تسعین", GW_NUM, NUM_ADD, 90, 0 },
  { "مئه مائه", GW_NUM, NUM_HUNDRED, 100, 0 },
  { "مئتان مئتین مائتان مائتین مئتی مائتی", GW_NUM, NUM_ADD, 200, 0 },
  { "ثلاثمئه ثلاثمائه", GW_NUM, NUM_ADD, 300, 0 }, { "اربعمئه اربعمائه", GW_NUM, NUM_ADD, 400, 0 },
  { "خمسمئه خمسمائه", GW_NUM, NUM_ADD, 500, 0 }, { "ستمئه ستمائه", GW_NUM, NUM_ADD, 600, 0 },
  { "سبعمئه سبعمائه", GW_NUM, NUM_ADD, 700, 0 }, { "ثمانمئه ثمانمائه", GW_NUM, NUM_ADD, 800, 0 },
  { "تسعمئه تسعمائه", GW_NUM, NUM_ADD, 900, 0 },
  { "الفان الفین", GW_NUM, NUM_ADD, 2000, 0 },
  { 0, 0, 0, 0, 0 }
};

static const WordDef aOtherWords[] = {
  { "و and et", GW_AND, 0, 0, 0 },
  { "per pour فی", GW_PER, 0, 0, 0 }, { "cent المئه المائه", GW_CENT, 0, 0, 0 },
  /* function words that never stand inside a name */
  { "the a an of in on at to for from by with and or but as is was were be been has have had "
    "that this these those it its his her their our we they he she you said says say will would "
    "can could may might not no also than then there here who which what when where while how "
    "all any some such only over under about after before between during against into through "
    "up down out if so very more most other another each both", GW_STOP, 0, 0, 0 },
  { "le la les l un une des du de d et ou mais donc car ni que qui quoi dont ou ce cet cette ces "
    "il elle ils elles on nous vous je tu son sa ses leur leurs notre nos votre vos mon ma mes a "
    "au aux en dans par pour sur sous avec sans entre vers chez est sont ont ete etre avoir fait "
    "lors apres avant pendant depuis selon contre tous tout toute toutes aussi plus ne pas se si", GW_STOP, 0, 0, 0 },
  { "و در از به با که را این ان برای تا بر هم نیز یا اما اگر چه چون همچنین ضمن پس پیش روی زیر "
    "میان بین درباره علیه طی نزد سوی جز مگر وی او ایشان انها ما شما من تو خود است بود شد کرد گفت "
    "دارد کند شود باشد نیست هست افزود کرده شده بوده خواهد نمود داشت گفته همه هر دیگر همین همان "
    "اعلام تاکید اظهار داشته گذشته امروز دیروز فردا شب روز سال ماه همتا همتای همتایان", GW_STOP, 0, 0, 0 },
  { "فی من علی الی عن مع ان ما لا لم لن قد کان کانت هو هی هم هذا هذه ذلک تلک الذی التی الذین "
    "ثم او بل حتی اذا منذ خلال بعد قبل عند لدی حول ضد بین الیوم امس یوم قال اکد اعلن اشار دعا "
    "بحث اجری التقی استقبل هنا هنا اضاف وقال واکد واعلن واشار واضاف کما الا انه انها", GW_STOP, 0, 0, 0 },
  /* months and weekdays, capitalized in English */
  { "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
    "saturday sunday janvier fevrier mars avril mai juin juillet aout septembre octobre novembre "
    "decembre lundi mardi mercredi jeudi vendredi samedi dimanche", GW_CALENDAR, 0, 0, 0 },
  /* particles inside names */
  { "al el bin ben ibn bint abu abou bou bu ould ul ابن بن بنت ابو بو ال", GW_PARTICLE, 0, 0, 0 },
  { "of for the and on de la le les des du d l et pour en sur", GW_CONNECTOR, 0, 0, 0 },
  { "the le la les l", GW_ARTICLE, 0, 0, 0 },
  /* keywords that make a capitalized span an organization, facility or place */
  { "organization organisation agency council ministry committee union league bank fund party "
    "movement front corps association institute institution university court parliament assembly "
    "commission authority company corporation forces army guards brigades brigade foundation "
    "centre center office department service network programme program conference federation "
    "alliance coalition society agence conseil ministere comite ligue banque fonds parti "
    "mouvement armee gardiens fondation bureau reseau federation societe cour parlement "
    "assemblee autorite institut universite tribunal gardes", GW_ORG_KW, 0, 0, 0 },
  { "mosque mosquee airport aeroport hospital hopital stadium stade palace palais embassy "
    "ambassade prison bridge pont dam barrage shrine sanctuaire church eglise synagogue "
    "cathedral cathedrale temple", GW_FAC_KW, 0, 0, 0 },
  { "province region district governorate gouvernorat island ile islands iles strait detroit "
    "sea mer gulf golfe river fleuve riviere mountains mountain mont valley vallee desert camp "
    "county", GW_PLACE_KW, 0, 0, 0 },
  { "foreign national international supreme general security islamic arab united nations "
    "central federal republic state affairs high new world european african asian american "
    "economic political military defence defense justice interior news press media public "
    "etrangeres affaires nationale internationale supreme generale securite islamique arabe "
    "unies centrale federale republique etat haut haute nouvelle monde europeenne", GW_GENERIC, 0, 0, 0 },
  /* words that may stand between a title and the name */
  { "par interim acting former new nouveau nouvelle ancien ancienne then current actuel actuelle "
    "of the de du des la l d for جدید سابق پیشین این وقت کشورمان الجدید السابق الاسبق الحالی", GW_TITLE_GAP, 0, 0, 0 },
  { "زاده پور نیا فر راد نژاد منش وند لو زادگان", GW_SURNAME_END, 0, 0, 0 },
  { 0, 0, 0, 0, 0 }
};

static struct {
  pthread_once_t once;
  ZbTable t;                   /* Word by key */
  int ok;
} gWords = { PTHREAD_ONCE_INIT, { 0, 0, 0, 0 }, 0 };

/* Adds one word (folded as the text will be) with its flags. */
static void word_add(ZbTable *t, const char *z, size_t n, const WordDef *d, ZbBuf *tmp){
  Word *w;
  tmp->n = 0;
  if( zb_fold((const unsigned char*)z, (int32_t)n, tmp) || tmp->n==0 ) return;
  w = zb_table_insert(t, zb_token_key(tmp->z, tmp->n), 0);
  if( w==0 ){ tmp->oom = 1; return; }
  w->flags |= d->flags;
  if( d->flags & GW_NUM ){ w->numType = d->numType; w->value = d->value; }
  if( d->zCode ) memcpy(w->code, d->zCode, strlen(d->zCode)+1);
}

static void add_word_defs(ZbTable *t, const WordDef *a, ZbBuf *tmp){
  int i;
  for(i=0; a[i].z; i++){
    const char *z = a[i].z;
    while( *z ){
      size_t n = strcspn(z, " ");
      if( n ){
        word_add(t, z, n, &a[i], tmp);
        /* Arabic writes و glued to the next number word: وخمسون */
        if( (a[i].flags & GW_NUM) && (unsigned char)z[0]>=0xD8 ){
          char buf[64];
          if( n + 3 < sizeof(buf) ){
            WordDef d = a[i];
            memcpy(buf, "و", 2);
            memcpy(buf+2, z, n);
            d.flags |= GW_AND;
            word_add(t, buf, n+2, &d, tmp);
          }
        }
      }
      z += n;
      while( *z==' ' ) z++;
    }
  }
}

/* Adds the words of quantity.h: scales as number words, currencies (and
** the adjectives that say which) and percent words. */
static void add_quantity_words(ZbTable *t, ZbBuf *tmp){
  int i;
  for(i=0; zb_quantity_defs[i].zWords; i++){
    const ZbQuantityDef *q = &zb_quantity_defs[i];
    WordDef d[2];
    memset(d, 0, sizeof(d));
    d[0].z = q->zWords;
    d[0].zCode = q->zCode;
    switch( q->kind ){
      case ZB_QTY_SCALE:
        d[0].flags = GW_NUM | ((q->flags & ZB_QTY_TRILLION_FR) ? GW_NUM_FR : 0)
                   | ((q->flags & ZB_QTY_NOT_EN) ? GW_NOT_EN : 0);
        d[0].numType = NUM_SCALE;
        d[0].value = q->value;
        break;
      case ZB_QTY_CURRENCY:     d[0].flags = GW_CURRENCY; break;
      case ZB_QTY_CURRENCY_ADJ: d[0].flags = GW_CUR_ADJ; break;
      case ZB_QTY_PERCENT:      d[0].flags = GW_PERCENT; break;
      default:                  continue;             /* units: no rule reads them */
    }
    add_word_defs(t, d, tmp);
  }
}

static void build_words(void){
  ZbBuf tmp;
  zb_table_init(&gWords.t, sizeof(Word));
  zb_buf_init(&tmp);
  add_word_defs(&gWords.t, aNumberWords, &tmp);
  add_quantity_words(&gWords.t, &tmp);
  add_word_defs(&gWords.t, aOtherWords, &tmp);
  if( tmp.oom ) zb_table_free(&gWords.t);
  else gWords.ok = 1;
  zb_buf_free(&tmp);
}

const ZbTable *zb_ent_words(void){
  pthread_once(&gWords.once, build_words);
  return gWords.ok ? &gWords.t : 0;
}
