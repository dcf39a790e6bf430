/*
** entities.c — entities(text [, lang]): the people, organizations, places,
** facilities, events, demonyms, dates, times, numbers, money and
** percentages of a text, one row per mention, linked across languages.
**
**   SELECT kind, surface, entity, name, value, source
**     FROM entities('Amir Abdollahian a parlé avec Hussein Ibrahim Taha, secrétaire général de l''OCI.');
**   -- person|Amir Abdollahian|person:hossein-amir-abdollahian|Hossein Amir-Abdollahian||gazetteer
**   -- person|Hussein Ibrahim Taha|person:hissein-brahim-taha|Hissein Brahim Taha||gazetteer
**   -- org|OCI|org:oic|Organisation of Islamic Cooperation||gazetteer
**   SELECT name, count(*) FROM docs, entities(docs.body)
**    WHERE kind = 'person' GROUP BY entity ORDER BY 2 DESC;
**
** Columns: kind, start, end (character offsets: substr(text, start+1,
** end-start) is the surface), surface, entity, name, value, source
** ('gazetteer', 'user', 'rule'); hidden: text, lang ('auto', 'fa', 'ar',
** 'fr', 'en').  A NULL text gives no rows; so does ''.
**
** How mentions are found is in entities.h and docs/entities.md.  The
** algorithm is plain C on the bytes of the text; the SQL binding (a
** table-valued function planned like series.c, so that FROM docs,
** entities(docs.body) is a correlated join) is at the end.
*/
#include "entities.h"
#include "dates.h"
#include "fa_lexicon.h"
#include "fa_stem.h"
#include "name_key.h"
#include "quantity.h"
#include "normalize.h"
#include "zaban.h"
SQLITE_EXTENSION_INIT3

#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <unicode/uchar.h>

static const char *const azEntKind[ZB_ENT_N_KIND] = {
  "person", "org", "place", "facility", "event", "demonym",
  "date", "time", "number", "money", "percent"
};

const char *zb_entity_kind_name(int kind){
  return (kind>=0 && kind<ZB_ENT_N_KIND) ? azEntKind[kind] : "?";
}

const char *zb_entity_source_name(int source){
  switch( source ){
    case ZB_ENT_SRC_GAZETTEER: return "gazetteer";
    case ZB_ENT_SRC_USER:      return "user";
    default:                   return "rule";
  }
}

/* ======================================================================
** Grammar words: the closed classes the rules need (number words,
** currencies, function words, keywords of organization names ...), in
** one table keyed like the gazetteer's tokens.
*/

#define GW_NUM         0x00000001  /* a number word (Word.numType, value) */
#define GW_NOT_ALONE   0x00000002  /* not a number on its own (one, un, یک, نه, ست) */
#define GW_NOT_EN      0x00000004  /* a number word except in English text (sept, cent) */
#define GW_AND         0x00000008  /* joins number words: و, and, et */
#define GW_PERCENT     0x00000010  /* percent, درصد, ٪ */
#define GW_CURRENCY    0x00000020  /* Word.code (empty: which one is not said) */
#define GW_CUR_ADJ     0x00000040  /* says which currency: US, سعودی, canadien */
#define GW_STOP        0x00000080  /* a function word: never part of a name */
#define GW_PARTICLE    0x00000100  /* inside personal names: al, bin, ابن, ابو */
#define GW_CONNECTOR   0x00000200  /* inside organization names: of, de, la, for */
#define GW_ORG_KW      0x00000400  /* Agency, Council, Organisation ... */
#define GW_FAC_KW      0x00000800  /* Mosque, Airport ... */
#define GW_PLACE_KW    0x00001000  /* Province, Island ... */
#define GW_GENERIC     0x00002000  /* too general to make a name alone */
#define GW_CALENDAR    0x00004000  /* months and weekdays */
#define GW_TITLE_GAP   0x00008000  /* may stand between a title and its name */
#define GW_SURNAME_END 0x00010000  /* زاده، پور ... written apart from a surname */
#define GW_ARTICLE     0x00020000  /* the, le, la, les, l (before a name) */
#define GW_PER         0x00040000  /* per, pour, فی (before cent, المئه) */
#define GW_CENT        0x00080000  /* cent, المئه, المائه (after per, pour, فی) */
#define GW_NUM_FR      0x00100000  /* billion: 10^12 in French text */
#define GW_TEEN_TEN    0x00200000  /* Arabic عشر after a unit: ثلاثة عشر = 13 */

/* How a number word combines (Word.numType). */
enum { NUM_ADD = 1, NUM_HUNDRED, NUM_SCALE };

typedef struct Word {
  uint64_t key;
  uint32_t flags;
  unsigned char numType;
  double value;
  char code[4];                /* ISO 4217, for currencies and their adjectives */
} Word;

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

static const ZbTable *words(void){
  pthread_once(&gWords.once, build_words);
  return gWords.ok ? &gWords.t : 0;
}

static const Word *word_find(const ZbTable *t, uint64_t key){
  return zb_table_find(t, key);
}

/* ======================================================================
** Tokens
**
** The text is read through a token window (token_window.h), which its date
** finder shares.  The rules look a few tokens back and at most
** ZB_ENT_LOOKAHEAD ahead of the cursor, so memory does not grow with the
** text.  Each token gets, as it enters the window, its grammar word and
** its one-token slots in the gazetteers (EntTok).
*/

#define ZB_ENT_LOOKAHEAD 96      /* tokens the rules may look ahead of the cursor */
#define ZB_ENT_LOOKBACK 16       /* tokens the window keeps before a step's first (the rules look two back: F-35) */
#define MAX_NAME_WORDS 5
_Static_assert(ZB_ENT_LOOKBACK + 2*ZB_ENT_LOOKAHEAD < ZB_WIN_RING,
               "a step's reach fits in the window without growing it");

typedef ZbWinTok Tok;

/* What entities() keeps with each token of the window. */
typedef struct EntTok {
  ZbGzWalk aStart[2];          /* walks begun at it: default, user gazetteer */
  const Word *w;               /* its grammar word, or NULL */
  unsigned char soft;          /* - ' . · skipped by the gazetteer walk */
} EntTok;

/* A mention waiting to be returned; strings are offsets into p->aStr. */
typedef struct Pending {
  ZbMention m;
  int64_t iEntity, iName, iValue;   /* offsets, or -1 */
} Pending;

/* What a text says about names it has mentioned: a short form (the
** surname after the full name, an acronym after its expansion) and what
** it stands for. */
typedef struct Memo {
  uint64_t key;                /* sequence key, as the gazetteer's; 0: empty */
  int prefix;                  /* a longer short form starts with this */
  int64_t iEntity, iName;      /* offsets into aMemoStr; -1: none (a prefix only), -2: ambiguous */
  int kind, source;
  int needCapital;
} Memo;

struct ZbEntities {
  const unsigned char *z;
  int32_t n;
  const ZbGazetteer *aG[2];    /* default, user (may be NULL) */
  const ZbTable *words;        /* Word by key */
  ZbWindow *w;                 /* the tokens */
  int iReader;                 /* entities()' reader number in w */
  int64_t iStep;               /* the token the current step started at */
  int64_t iCur;                /* the next token to look at */
  int64_t iNameCtx;            /* a name may start at this token (after a title) */
  int ctxHonorific;            /* ... and the title was an honorific */
  ZbBuf personStr, orgStr;     /* ids and names of the rules' matches */
  /* the mentions to return */
  Pending aQueue[4];
  int nQueue, iQueue;
  ZbBuf aStr;                  /* strings of queued mentions */
  /* the text's memory */
  ZbTable memo;                /* Memo by key */
  ZbBuf aMemoStr;
  ZbTable seen;                /* SeenId: entity ids met in the text */
  /* dates */
  ZbDates *dates;
  ZbDateMatch date;
  int hasDate;
};

/* The text's language (lang.h), as the window has it. */
static ZbLang text_lang(ZbEntities *p){
  return zb_win_lang(p->w);
}

/* What a token means to entities() (xEnter of the window). */
static void enter_token(void *pArg, ZbWindow *w, ZbWinTok *t, void *pExtra){
  ZbEntities *p = pArg;
  EntTok *e = pExtra;
  zb_gz_walk_begin(&e->aStart[0], p->aG[0], t->key);
  zb_gz_walk_begin(&e->aStart[1], p->aG[1], t->key);
  e->w = word_find(p->words, t->key);
  e->soft = t->t.kind==ZB_TOK_PUNCT && t->nFold!=ZB_WIN_FOLD_LONG
         && zb_gz_skipped_punct(t->zFold, t->nFold);
}

static const EntTok *note(const ZbEntities *p, const Tok *t){
  return zb_win_extra(p->w, p->iReader, t);
}

/* Token i (absolute), reading ahead as needed; NULL past the end or more
** than ZB_ENT_LOOKAHEAD tokens ahead of the cursor. */
static Tok *tok_at(ZbEntities *p, int64_t i){
  if( i - p->iCur >= ZB_ENT_LOOKAHEAD ) return 0;
  return zb_win_tok(p->w, i);
}

/* The next token after i that is not skipped punctuation, or -1. */
static int64_t next_unsoft(ZbEntities *p, int64_t i){
  Tok *t;
  for(i=i+1; (t = tok_at(p, i))!=0; i++) if( !note(p, t)->soft ) return i;
  return -1;
}

static int is_word(const Tok *t){
  return t->t.kind==ZB_TOK_LATIN || t->t.kind==ZB_TOK_ARABIC || t->t.kind==ZB_TOK_LETTER;
}

static const Word *word_of(const ZbEntities *p, const Tok *t){ return note(p, t)->w; }
static uint32_t wflags(const ZbEntities *p, const Tok *t){
  const Word *w = word_of(p, t);
  return w ? w->flags : 0;
}

/* The folded text of a token (fold(), without spaces). */
typedef struct Fold { const char *z; int32_t n; } Fold;
static int tok_fold(ZbEntities *p, const Tok *t, Fold *f){
  f->z = zb_win_fold(p->w, t, &f->n);
  return f->z ? 0 : -1;
}

/* ======================================================================
** Output: queued mentions and their strings
*/

static int64_t str_add(ZbBuf *b, const char *z, size_t n){
  int64_t off = (int64_t)b->n;
  if( z==0 ) return -1;
  zb_buf_append(b, z, n);
  zb_buf_putc(b, 0);
  return b->oom ? -1 : off;
}

/* A new queued mention covering tokens [iFirst, iLast] (byte and char
** spans from the tokens; skip leading characters of the first token when
** nSkipChars > 0, for a proclitic). */
static Pending *queue_push(ZbEntities *p, int kind, int source, int64_t iFirst, int64_t iLast,
                           int nSkipChars){
  Pending *q;
  Tok *a = tok_at(p, iFirst), *b = tok_at(p, iLast);
  if( p->nQueue >= (int)(sizeof(p->aQueue)/sizeof(p->aQueue[0])) || a==0 || b==0 ) return 0;
  q = &p->aQueue[p->nQueue++];
  memset(q, 0, sizeof(*q));
  q->m.kind = kind;
  q->m.source = source;
  q->m.iByte = a->t.iByte;
  q->m.iChar = a->t.iChar;
  q->m.iByteEnd = b->t.iByteEnd;
  q->m.iCharEnd = b->t.iCharEnd;
  q->iEntity = q->iName = q->iValue = -1;
  while( nSkipChars-- > 0 && q->m.iByte < a->t.iByteEnd ){
    int32_t i = q->m.iByte;
    zb_next_cp(p->z, a->t.iByteEnd, &i);
    /* marks after the skipped letter go with it */
    while( i<a->t.iByteEnd ){
      int32_t j = i, c = zb_next_cp(p->z, a->t.iByteEnd, &j);
      if( zb_char_class(c)!=ZB_CLASS_MARK ) break;
      i = j;
      q->m.iChar++;
    }
    q->m.iByte = i;
    q->m.iChar++;
  }
  return q;
}

static void queue_strings(ZbEntities *p, Pending *q, const char *zEntity, const char *zName){
  q->iEntity = zEntity ? str_add(&p->aStr, zEntity, strlen(zEntity)) : -1;
  q->iName = zName ? str_add(&p->aStr, zName, strlen(zName)) : -1;
}

/* ======================================================================
** The text's memory: entities met, and short forms of names
*/

/* An entity id the text has mentioned, by its key. */
typedef struct SeenId { uint64_t key; } SeenId;

static uint64_t str_key(const char *z){
  return zb_token_key(z, strlen(z));
}

static void seen_add(ZbEntities *p, const char *zEntity){
  zb_table_insert(&p->seen, str_key(zEntity), 0);   /* only a hint: no harm if lost */
}

static int seen_has(const ZbEntities *p, const char *zEntity){
  return zb_table_find(&p->seen, str_key(zEntity))!=0;
}

/* The memo of a key: the one there, or (create) a new one; NULL if there is
** none (or memory ran out). */
static Memo *memo_slot(ZbEntities *p, uint64_t key, int create){
  int isNew;
  Memo *m;
  if( !create ) return zb_table_find(&p->memo, key);
  m = zb_table_insert(&p->memo, key, &isNew);
  if( m && isNew ) m->iEntity = m->iName = -1;
  return m;
}

/* Remembers that the tokens aTok[0..n) (word tokens) name an entity.  A
** short form already linked to another entity becomes ambiguous. */
static void memo_add(ZbEntities *p, const int64_t *aTok, int n, const char *zEntity,
                     const char *zName, int kind, int source){
  uint64_t h = ZB_KEY_SEED;
  int k, needCapital = 0;
  Memo *m = 0;
  for(k=0; k<n; k++){
    Tok *t = tok_at(p, aTok[k]);
    if( t==0 ) return;
    if( t->t.kind==ZB_TOK_LATIN ) needCapital = 1;
    h = zb_key_step(h, t->key);
    if( (m = memo_slot(p, h, 1))==0 ) return;
    if( k<n-1 ) m->prefix = 1;
  }
  if( m->iEntity>=0 ){
    if( strcmp(p->aMemoStr.z + m->iEntity, zEntity)!=0 ) m->iEntity = -2;   /* ambiguous */
    return;
  }
  if( m->iEntity==-2 ) return;
  m->iEntity = str_add(&p->aMemoStr, zEntity, strlen(zEntity));
  m->iName = str_add(&p->aMemoStr, zName, strlen(zName));
  m->kind = kind;
  m->source = source;
  m->needCapital = needCapital;
}

/* ======================================================================
** Matches
*/

typedef struct Match {
  int64_t iFirst, iLast;       /* tokens; iLast < iFirst: no match */
  int kind, source;
  const char *zEntity, *zName;
  int nClitic;                 /* letters of a proclitic before the alias */
  int fromMemo;
} Match;

static void match_none(Match *m, int64_t i){
  memset(m, 0, sizeof(*m));
  m->iFirst = i;
  m->iLast = i - 1;
}

/* Capitals in the Latin words of tokens [i, j]. */
static void span_case(ZbEntities *p, int64_t i, int64_t j, int *pHasUpper, int *pAllUpper){
  int64_t k;
  *pHasUpper = 0;
  *pAllUpper = 1;
  for(k=i; k<=j; k++){
    Tok *t = tok_at(p, k);
    if( t==0 || t->t.kind!=ZB_TOK_LATIN ) continue;
    if( t->capital ) *pHasUpper = 1;
    if( !t->allCaps && t->nLetter>0 ) *pAllUpper = 0;
  }
}

static int alias_fits_lang(unsigned flags, ZbEntities *p){
  unsigned only = flags & ZB_GZA_ONLY_MASK;
  return only==0 || only==ZB_GZA_ONLY(text_lang(p));
}

/* Chooses the entity the aliases that end where walk w stands name for
** tokens [i, j]: the aliases whose conditions hold (language, capitals);
** among several entities, the one the text has already mentioned;
** otherwise none (ambiguous). */
static int gz_resolve(ZbEntities *p, int g, const ZbGzWalk *w, int64_t i, int64_t j, Match *pOut){
  const ZbGzEntity *aEntity[8];
  int aClitic[8];
  int nEntity = 0, hasUpper, allUpper, k, l, iPick = -1;
  ZbGzHit hit;
  span_case(p, i, j, &hasUpper, &allUpper);
  for(k=0; zb_gz_walk_alias(w, k, &hit); k++){
    const ZbGzAlias *a = hit.pAlias;
    if( !alias_fits_lang(a->flags, p) ) continue;
    if( (a->flags & ZB_GZA_CAPITAL) && !hasUpper ) continue;
    if( (a->flags & ZB_GZA_ALLCAPS) && !allUpper ) continue;
    if( hit.nClitic && text_lang(p)==ZB_LANG_FA ) continue;
    /* one id with two kinds (سورية: Syria, or the Arabic demonym): the place */
    for(l=0; l<nEntity && strcmp(aEntity[l]->zId, hit.pEntity->zId)!=0; l++){}
    if( l<nEntity && aEntity[l]->kind==ZB_GZ_DEMONYM ){
      aEntity[l] = hit.pEntity;
      aClitic[l] = hit.nClitic;
      continue;
    }
    if( l==nEntity && nEntity<8 ){
      aEntity[nEntity] = hit.pEntity;
      aClitic[nEntity] = hit.nClitic;
      nEntity++;
    }
  }
  if( nEntity==0 ) return 0;
  if( nEntity==1 ){
    iPick = 0;
  }else{
    for(l=0; l<nEntity; l++){
      if( seen_has(p, aEntity[l]->zId) ){
        if( iPick>=0 ) return 0;       /* several were mentioned */
        iPick = l;
      }
    }
    if( iPick<0 ) return 0;
  }
  pOut->iFirst = i;
  pOut->iLast = j;
  pOut->kind = aEntity[iPick]->kind;
  pOut->source = g==1 ? ZB_ENT_SRC_USER : ZB_ENT_SRC_GAZETTEER;
  pOut->zEntity = aEntity[iPick]->zId;
  pOut->zName = aEntity[iPick]->zName;
  pOut->nClitic = aClitic[iPick];
  pOut->fromMemo = 0;
  return 1;
}

/* A title found at a token: its last token (-1: none), and whether it is
** an honorific (آقای, Dr, Sheikh) rather than an office. */
typedef struct Title { int64_t iLast; int honorific; } Title;

/* What a walk of the gazetteers from one token finds: the longest alias
** match (the user's gazetteer wins a tie) and the longest title. */
typedef struct GzFound {
  int g;                       /* the gazetteer being walked */
  Match *pBest;                /* may be NULL: titles only */
  Title *pTitle;               /* may be NULL: aliases only */
} GzFound;

static void gz_found(ZbEntities *p, GzFound *f, const ZbGzWalk *w, int64_t i, int64_t j){
  unsigned ends = zb_gz_walk_ends(w);
  if( f->pBest && (ends & ZB_GZ_ENDS_ALIAS)
   && (j > f->pBest->iLast || (j==f->pBest->iLast && f->g==1)) ){
    Match m;
    if( gz_resolve(p, f->g, w, i, j, &m) ) *f->pBest = m;
  }
  if( f->pTitle && f->g==0 && (ends & ZB_GZ_ENDS_TITLE) ){
    f->pTitle->iLast = j;
    f->pTitle->honorific = (ends & ZB_GZ_ENDS_HONORIFIC)!=0;
  }
}

/* Walks gazetteer f->g along the tokens from i (skipped punctuation
** passed over), telling gz_found() of each sequence that ends something. */
static void gz_walk(ZbEntities *p, int64_t i, GzFound *f){
  Tok *t = tok_at(p, i);
  ZbGzWalk w;
  int64_t j = i;
  if( t==0 ) return;
  w = note(p, t)->aStart[f->g];
  while( w.pSlot ){
    gz_found(p, f, &w, i, j);
    if( !zb_gz_walk_goes_on(&w) ) break;
    if( (j = next_unsoft(p, j))<0 || (t = tok_at(p, j))==0 ) break;
    zb_gz_walk_step(&w, t->key);
  }
}

/* The longest gazetteer match starting at token i, in *pBest, and, if
** pTitle is not NULL, the longest title there: one walk of each gazetteer.
** Short Latin titles (Mr, Dr, M., Gen.) need their capital. */
static void gz_match(ZbEntities *p, int64_t i, Match *pBest, Title *pTitle){
  Tok *t = tok_at(p, i);
  GzFound f;
  match_none(pBest, i);
  if( pTitle ) pTitle->iLast = -1;
  f.pBest = pBest;
  f.pTitle = (t && t->t.kind==ZB_TOK_LATIN && t->nLetter<=3 && !t->capital) ? 0 : pTitle;
  for(f.g=0; f.g<2; f.g++) gz_walk(p, i, &f);
}

/* The longest short form of the text's memory starting at token i. */
static void memo_match(ZbEntities *p, int64_t i, Match *pBest){
  uint64_t h = ZB_KEY_SEED;
  int64_t j = i;
  int n = 0;
  Tok *t;
  match_none(pBest, i);
  if( p->memo.n==0 ) return;
  while( (t = tok_at(p, j))!=0 && is_word(t) && n<MAX_NAME_WORDS ){
    Memo *m;
    h = zb_key_step(h, t->key);
    if( (m = memo_slot(p, h, 0))==0 ) break;
    if( m->iEntity>=0 ){
      int hasUpper, allUpper;
      span_case(p, i, j, &hasUpper, &allUpper);
      if( !m->needCapital || hasUpper ){
        pBest->iLast = j;
        pBest->kind = m->kind;
        pBest->source = ZB_ENT_SRC_RULE;
        pBest->zEntity = p->aMemoStr.z + m->iEntity;
        pBest->zName = p->aMemoStr.z + m->iName;
        pBest->fromMemo = 1;
      }
    }
    if( !m->prefix ) break;
    n++;
    if( (j = next_unsoft(p, j))<0 ) break;
  }
}

/* The longest title starting at token i (title.iLast -1: none). */
static Title title_at(ZbEntities *p, int64_t i){
  Tok *t = tok_at(p, i);
  Title title;
  GzFound f;
  title.iLast = -1;
  title.honorific = 0;
  if( t && t->t.kind==ZB_TOK_LATIN && t->nLetter<=3 && !t->capital ) return title;
  f.g = 0;
  f.pBest = 0;
  f.pTitle = &title;
  gz_walk(p, i, &f);
  return title;
}

/* ======================================================================
** Names found by rules
*/

static int is_title_at(ZbEntities *p, int64_t i){ return title_at(p, i).iLast>=0; }

/* True if the token alone is a given name (its ZB_GZN_* flags:
** given_name_flags()). */
static int is_given_name(const ZbEntities *p, const Tok *t){
  return (zb_gz_walk_ends(&note(p, t)->aStart[0]) & ZB_GZ_ENDS_NAME)!=0;
}
static unsigned given_name_flags(const ZbEntities *p, const Tok *t){
  return is_given_name(p, t) ? zb_gz_walk_name_flags(&note(p, t)->aStart[0]) : 0;
}

/* True if a given name is also a common word in this text's language. */
static int name_is_word(unsigned nf, ZbEntities *p){
  return (nf & ZB_GZN_WORD) || ((nf & ZB_GZN_WORD_AR) && text_lang(p)==ZB_LANG_AR)
      || ((nf & ZB_GZN_WORD_FA) && text_lang(p)==ZB_LANG_FA);
}

/* True if the token alone is an alias of something that is not a person
** (a place, a demonym, an organization ...). */
static int tok_names_non_person(ZbEntities *p, const Tok *t){
  ZbGzHit hit;
  int g, k;
  for(g=0; g<2; g++){
    for(k=0; zb_gz_walk_alias(&note(p, t)->aStart[g], k, &hit); k++){
      if( hit.pEntity->kind!=ZB_GZ_PERSON ) return 1;
    }
  }
  return 0;
}

/* True if only hyphens and apostrophes stand between tokens i and j. */
static int joined_by_soft(ZbEntities *p, int64_t i, int64_t j){
  int64_t k;
  for(k=i+1; k<j; k++){
    Tok *t = tok_at(p, k);
    if( t==0 || !(zb_win_punct(t)=='-' || zb_win_punct(t)=='\'') ) return 0;
  }
  return 1;
}

/* The entity of a name the rules found in tokens [iFirst, iLast]: for a
** person, a known one whose alias has the same name_key (user gazetteer
** first); else 'name:' + name_key, named as written.  Strings go to b.
** Returns 1, 0 (no key: not a name), -1 on OOM. */
static int rule_entity(ZbEntities *p, int64_t iFirst, int64_t iLast, int person, ZbBuf *b,
                       Match *m){
  Tok *a = tok_at(p, iFirst), *z = tok_at(p, iLast);
  size_t nKey;
  int g;
  if( a==0 || z==0 ) return 0;
  b->n = 0;
  zb_buf_append(b, "name:", 5);
  if( zb_name_key(p->z + a->t.iByte, z->t.iByteEnd - a->t.iByte, b) ) return -1;
  nKey = b->n - 5;
  if( nKey<3 ) return 0;                 /* too little to tell names apart */
  for(g=1; g>=0 && person; g--){
    int e = zb_gz_person_by_name_key(p->aG[g], b->z + 5, nKey);
    if( e>=0 ){
      m->zEntity = zb_gz_entity(p->aG[g], (uint32_t)e)->zId;
      m->zName = zb_gz_entity(p->aG[g], (uint32_t)e)->zName;
      return 1;
    }
  }
  zb_buf_putc(b, 0);
  {
    size_t iName = b->n;
    zb_buf_append(b, p->z + a->t.iByte, (size_t)(z->t.iByteEnd - a->t.iByte));
    zb_buf_putc(b, 0);
    if( b->oom ) return -1;
    m->zEntity = b->z;
    m->zName = b->z + iName;
  }
  return 1;
}

/* A personal name in Latin script at token i: capitalized words and the
** particles between them (al-, bin, Abu ...).  Returns the number of
** capitalized words (0: none) and the last token in *piLast. */
static int latin_name_span(ZbEntities *p, int64_t i, int64_t *piLast){
  int64_t j = i, k;
  int nCap = 0, nWord = 0;
  *piLast = -1;
  while( nWord<MAX_NAME_WORDS ){
    Tok *t = tok_at(p, j);
    uint32_t f;
    if( t==0 || t->t.kind!=ZB_TOK_LATIN ) break;
    f = wflags(p, t);
    if( t->capital && !t->allCaps && !(f & (GW_STOP|GW_CALENDAR|GW_GENERIC|GW_ORG_KW|GW_FAC_KW|GW_PLACE_KW))
     && (nWord==0 || !is_title_at(p, j)) && !tok_names_non_person(p, t) ){
      nCap++;
      *piLast = j;
    }else if( !(nWord>0 && (f & GW_PARTICLE)) ){
      break;
    }
    nWord++;
    k = next_unsoft(p, j);
    if( k<0 || !joined_by_soft(p, j, k) ) break;
    j = k;
  }
  return nCap;
}

/* A person named in Latin script at token i: after a title, any name; else
** a given name and at least one more capitalized word (a given name that
** is a common word not at the start of a sentence, or with two more). */
static int latin_person(ZbEntities *p, int64_t i, int titleCtx, Match *m){
  Tok *t = tok_at(p, i);
  unsigned nf;
  int64_t iLast;
  int nCap;
  if( t==0 || t->t.kind!=ZB_TOK_LATIN || !t->capital || is_title_at(p, i) ) return 0;
  nCap = latin_name_span(p, i, &iLast);
  if( nCap==0 ) return 0;
  nf = given_name_flags(p, t);
  if( !titleCtx ){
    if( !is_given_name(p, t) || nCap<2 ) return 0;
    if( (nf & ZB_GZN_WORD) && t->sentenceStart && nCap<3 ) return 0;
  }
  match_none(m, i);
  m->iLast = iLast;
  m->kind = ZB_ENT_PERSON;
  m->source = ZB_ENT_SRC_RULE;
  return rule_entity(p, i, iLast, 1, &p->personStr, m);
}

/* True if a folded word begins with the Arabic article. */
static int fold_has_article(const Fold *f){
  return f->n>=6 && memcmp(f->z, "\xD8\xA7\xD9\x84", 4)==0;
}

/* True if a folded word, without its final ی or یی, is a given name or a
** gazetteer alias: the nisba of a name or a place (باقری، رضایی، نجفی،
** تهرانی), as Persian surnames are made; همتای (همتا + ی) is not. */
static int is_nisba(ZbEntities *p, const Fold *f){
  int32_t n = f->n;
  ZbGzWalk w;
  if( n<6 || memcmp(f->z + n - 2, "\xDB\x8C", 2)!=0 ) return 0;
  n -= 2;
  if( n>=6 && memcmp(f->z + n - 2, "\xDB\x8C", 2)==0 ) n -= 2;     /* رضایی */
  zb_gz_walk_begin(&w, p->aG[0], zb_token_key(f->z, (size_t)n));
  return (zb_gz_walk_ends(&w) & (ZB_GZ_ENDS_NAME|ZB_GZ_ENDS_ALIAS))!=0;
}

/* Whether an Arabic-script word can be a surname here: a family name with
** the article (الصباح); in a text that is not Arabic, also a word the
** Persian lexicon does not know, even without a suffix (همتای is همتا +
** ی) unless it follows an honorific (آقای) or a given name that is not a
** word, a nisba (is_nisba), or a word followed by زاده, پور ... written
** apart.  (After an office, معاون اقتصادی, an adjective is likelier.) */
static int surname_candidate(ZbEntities *p, int64_t j, int afterName){
  Tok *t = tok_at(p, j), *next;
  Fold fold;
  uint32_t f;
  if( t==0 || t->t.kind!=ZB_TOK_ARABIC || t->t.iCharEnd - t->t.iChar < 2 ) return 0;
  f = wflags(p, t);
  if( f & (GW_STOP|GW_NUM|GW_CURRENCY|GW_CALENDAR|GW_PERCENT) ) return 0;
  if( is_title_at(p, j) || tok_names_non_person(p, t) ) return 0;
  if( tok_fold(p, t, &fold) ) return 0;
  if( fold_has_article(&fold) ) return 1;
  if( text_lang(p)==ZB_LANG_AR ) return 0;
  if( is_nisba(p, &fold) ) return 1;
  if( !zb_fa_is_word(fold.z, (int)fold.n) ){
    int nStem = zb_fa_stem(fold.z, (int)fold.n);
    if( afterName || nStem==(int)fold.n || !zb_fa_is_word(fold.z, nStem) ) return 1;
  }
  next = tok_at(p, j+1);
  return next && next->t.kind==ZB_TOK_ARABIC && (wflags(p, next) & GW_SURNAME_END);
}

static int next_is_particle(ZbEntities *p, int64_t j){
  Tok *t = tok_at(p, j+1);
  return t && t->t.kind==ZB_TOK_ARABIC && (wflags(p, t) & GW_PARTICLE) && !(wflags(p, t) & GW_STOP);
}

/* A person named in Arabic script at token i: given names and particles,
** then at most one surname (and the زاده, پور written apart after it).
** Without a title it needs two words and a first given name that is not a
** common word (or a second given name after one that is). */
static int arabic_person(ZbEntities *p, int64_t i, int titleCtx, Match *m){
  int64_t j = i, iLast = -1;
  int n = 0, nGiven = 0, firstWord = 0, secondStrong = 0, firstSurname = 0, lastStrong = 0;
  if( is_title_at(p, i) ) return 0;
  while( n<MAX_NAME_WORDS ){
    Tok *t = tok_at(p, j);
    unsigned nf;
    uint32_t f;
    if( t==0 || t->t.kind!=ZB_TOK_ARABIC ) break;
    if( n>0 && is_title_at(p, j) ) break;
    nf = given_name_flags(p, t);
    f = wflags(p, t);
    /* علی folds like Arabic على (on): in Arabic text it is the stop word,
    ** unless بن follows (علي بن أحمد) */
    if( is_given_name(p, t) && !((f & GW_STOP) && text_lang(p)==ZB_LANG_AR && !next_is_particle(p, j)) ){
      int weak = name_is_word(nf, p);
      if( n==0 ) firstWord = weak;
      if( n==1 && !weak ) secondStrong = 1;
      lastStrong = !weak && !(nf & ZB_GZN_PREFIX);
      nGiven++;
      iLast = (nf & ZB_GZN_PREFIX) ? iLast : j;
    }else if( (f & GW_PARTICLE) && n>0 ){
      if( n==1 ) secondStrong = 1;
      lastStrong = 0;
    }else if( surname_candidate(p, j, (titleCtx && n==0 && p->ctxHonorific) || lastStrong) && (n>0 || titleCtx) ){
      Tok *next = tok_at(p, j+1);
      if( n==0 ) firstSurname = 1;
      iLast = j;
      n++;
      if( next && next->t.kind==ZB_TOK_ARABIC && (wflags(p, next) & GW_SURNAME_END) ){ iLast = j+1; n++; }
      break;
    }else{
      break;
    }
    n++;
    j++;
    if( tok_at(p, j)==0 || tok_at(p, j)->t.kind!=ZB_TOK_ARABIC ) break;
  }
  if( iLast<i ) return 0;
  if( titleCtx ){
    if( firstSurname && text_lang(p)==ZB_LANG_AR ) return 0;
  }else{
    if( iLast==i || nGiven==0 || !is_given_name(p, tok_at(p, i)) ) return 0;
    if( firstWord && !secondStrong ) return 0;
  }
  match_none(m, i);
  m->iLast = iLast;
  m->kind = ZB_ENT_PERSON;
  m->source = ZB_ENT_SRC_RULE;
  return rule_entity(p, i, iLast, 1, &p->personStr, m);
}

static int initials_match(ZbEntities *p, int64_t iFirst, int64_t iLast, Tok *acronym);

/* The last token of a span that starts with an organization keyword and
** runs, in lower case, to an acronym in parentheses that spells it
** (Conseil arabe de l'énergie (CAE)); -1 if there is none. */
static int64_t defined_by_acronym(ZbEntities *p, int64_t i){
  int64_t j;
  Tok *t = tok_at(p, i);
  if( t==0 || !(wflags(p, t) & GW_ORG_KW) ) return -1;
  for(j=i+1; j<i+12; j++){
    Tok *u = tok_at(p, j), *acro = tok_at(p, j+1), *close = tok_at(p, j+2);
    if( u==0 ) return -1;
    if( zb_win_punct(u)=='(' ){
      if( acro && close && zb_win_punct(close)==')' && acro->t.kind==ZB_TOK_LATIN && acro->allCaps
       && initials_match(p, i, j-1, acro) ) return j-1;
      return -1;
    }
    if( u->t.kind!=ZB_TOK_LATIN && !note(p, u)->soft ) return -1;
    if( (wflags(p, u) & GW_STOP) && !(wflags(p, u) & (GW_CONNECTOR|GW_ARTICLE)) ) return -1;   /* a verb */
  }
  return -1;
}

/* An organization, facility or place named by a capitalized Latin span
** with a keyword (Agency, Council, Mosque, Province ...) and at least one
** word that is not generic: Mehr News Agency, Sultan Qaboos University. */
static int latin_org(ZbEntities *p, int64_t i, Match *m){
  int64_t j = i, k, iLast = -1;
  int nCap = 0, nSpecific = 0, kind = -1, nWord = 0;
  Tok *t = tok_at(p, i);
  if( t==0 || t->t.kind!=ZB_TOK_LATIN || !t->capital || (wflags(p, t) & (GW_ARTICLE|GW_STOP)) ) return 0;
  if( is_title_at(p, i) ) return 0;
  while( nWord<8 ){
    uint32_t f;
    t = tok_at(p, j);
    if( t==0 || t->t.kind!=ZB_TOK_LATIN ) break;
    f = wflags(p, t);
    if( t->capital && !(f & (GW_STOP|GW_CALENDAR)) ){
      nCap++;
      iLast = j;
      if( f & GW_ORG_KW ) kind = ZB_ENT_ORG;
      else if( (f & GW_FAC_KW) && kind<0 ) kind = ZB_ENT_FACILITY;
      else if( (f & GW_PLACE_KW) && kind<0 ) kind = ZB_ENT_PLACE;
      if( !(f & (GW_GENERIC|GW_ORG_KW|GW_FAC_KW|GW_PLACE_KW)) ){
        ZbGzHit hit;
        int demonym = zb_gz_walk_alias(&note(p, t)->aStart[0], 0, &hit)
                   && hit.pEntity->kind==ZB_GZ_DEMONYM;
        if( !demonym ) nSpecific++;
      }
    }else if( !(f & GW_CONNECTOR) ){
      break;
    }
    nWord++;
    k = next_unsoft(p, j);
    if( k<0 || !joined_by_soft(p, j, k) ) break;
    j = k;
  }
  if( nCap<2 || kind<0 || nSpecific==0 ){
    /* French writes only the first word with a capital: Conseil arabe de
    ** l'énergie (CAE) counts when the acronym that follows spells it */
    if( (iLast = defined_by_acronym(p, i))<0 ) return 0;
    kind = ZB_ENT_ORG;
  }
  match_none(m, i);
  m->iLast = iLast;
  m->kind = kind;
  m->source = ZB_ENT_SRC_RULE;
  return rule_entity(p, i, iLast, 0, &p->orgStr, m);
}

/* ======================================================================
** Numbers, money, percentages
*/

typedef struct Num {
  int64_t iFirst, iLast;
  double value;
  int isInt;
  int kind;                    /* ZB_ENT_NUMBER, ZB_ENT_MONEY, ZB_ENT_PERCENT */
  char code[4];                /* money: ISO 4217 code, or "" */
  int nSkip;                   /* characters of a glued و before the number */
} Num;

/* True if only white space stands between tokens i and j = i+1. */
static int touching_by_space(ZbEntities *p, int64_t i, int64_t j){
  Tok *a = tok_at(p, i), *b = tok_at(p, j);
  int32_t k;
  if( a==0 || b==0 ) return 0;
  for(k=a->t.iByteEnd; k<b->t.iByte; k++) if( p->z[k]!=' ' ) return 0;
  return 1;
}

/* True if tokens i and j = i+1 touch: nothing visible between them (the
** window's gap; a joiner or a bidi control may stand there). */
static int touching(ZbEntities *p, int64_t i, int64_t j){
  Tok *a = tok_at(p, i), *b = tok_at(p, j);
  return a && b && b->gap==ZB_GAP_TOUCH;
}

/* True if number token i is glued to letters (G7, F-35, 15th, ۱۴۰۰ام):
** part of a name or an ordinal, not a quantity. */
static int glued_to_letters(ZbEntities *p, int64_t i){
  Tok *prev = tok_at(p, i-1), *next = tok_at(p, i+1);
  if( prev && touching(p, i-1, i) ){
    /* و٢٠: the Arabic conjunction glued to a number */
    if( prev->t.kind==ZB_TOK_ARABIC && prev->t.iCharEnd - prev->t.iChar==1 ) return 0;
    if( is_word(prev) ) return 1;
    if( zb_win_punct(prev)=='-' && touching(p, i-2, i-1) && tok_at(p, i-2) && is_word(tok_at(p, i-2)) ) return 1;
  }
  return next && touching(p, i, i+1) && is_word(next);
}

/* The separator between two digit groups: the folded punctuation of a
** touching one-character token, or 0. */
static int group_sep(ZbEntities *p, int64_t j){
  Tok *t = tok_at(p, j), *next = tok_at(p, j+1);
  Fold fold;
  if( t==0 || t->t.kind!=ZB_TOK_PUNCT || next==0 || next->t.kind!=ZB_TOK_NUMBER ) return 0;
  if( !touching(p, j-1, j) || !touching(p, j, j+1) ) return 0;
  if( zb_win_punct(t) ) return zb_win_punct(t);
  if( tok_fold(p, t, &fold) ) return 0;
  if( fold.n==2 && memcmp(fold.z, "\xD9\xAB", 2)==0 ) return 'D';   /* ٫ decimal */
  if( fold.n==2 && memcmp(fold.z, "\xD9\xAC", 2)==0 ) return 'T';   /* ٬ thousands */
  return 0;
}

/* A space inside a number, as French writes 1 000 000: no-break spaces. */
static int nbsp_between(ZbEntities *p, int64_t i, int64_t j){
  Tok *a = tok_at(p, i), *b = tok_at(p, j);
  int32_t n;
  const unsigned char *z;
  if( a==0 || b==0 || b->t.kind!=ZB_TOK_NUMBER || b->nDigit!=3 ) return 0;
  n = b->t.iByte - a->t.iByteEnd;
  z = p->z + a->t.iByteEnd;
  return (n==2 && memcmp(z, "\xC2\xA0", 2)==0)
      || (n==3 && (memcmp(z, "\xE2\x80\xAF", 3)==0 || memcmp(z, "\xE2\x80\x89", 3)==0));
}

/* Digits with their separators from token i: 1,234.5 / 2,5 / ۲٫۵ / ۱۲٬۰۰۰ /
** 1 000 (no-break spaces) / ۲/۵ (Persian decimal slash).  Returns 1 with
** the value, 0 if token i is not a quantity, -1 if the tokens up to *piLast
** are something else (a time 16:12, a date 2024-06-02, a range) and must
** not be read as numbers. */
static int parse_digits(ZbEntities *p, int64_t i, double *pValue, int *pIsInt, int64_t *piLast){
  int64_t j = i, aGroup[16];
  int aSep[16], nGroup = 1, k, nDot = 0, nComma = 0, decimalAt = -1;
  double v = 0, frac = 0, scale = 1;
  Tok *t = tok_at(p, i);
  *piLast = i;
  if( glued_to_letters(p, i) ) return 0;
  aGroup[0] = i;
  aSep[0] = 0;
  while( nGroup<16 ){
    int c = group_sep(p, j+1);
    if( c ){
      aSep[nGroup] = c;
      aGroup[nGroup++] = j+2;
      j += 2;
    }else if( nbsp_between(p, j, j+1) ){
      aSep[nGroup] = 'T';
      aGroup[nGroup++] = j+1;
      j += 1;
    }else{
      break;
    }
  }
  *piLast = j;
  for(k=0; k<nGroup; k++){
    if( tok_at(p, aGroup[k])->nDigit > 24 ) return -1;   /* an identifier, not a quantity */
  }
  for(k=1; k<nGroup; k++){
    switch( aSep[k] ){
      case ':': case '-': return -1;                      /* a time, a date, a range */
      case '/':
        /* Persian writes ۲/۵ for 2.5; any other slash is a date or a ratio */
        if( nGroup!=2 || text_lang(p)!=ZB_LANG_FA || p->z[t->t.iByte]<0x80 ) return -1;
        decimalAt = 1;
        break;
      case '.': nDot++; break;
      case ',': nComma++; break;
      case 'D': if( decimalAt>=0 ) return -1; decimalAt = k; break;
      case 'T': break;
      default: return -1;
    }
  }
  if( decimalAt<0 && (nDot || nComma) ){
    /* the decimal mark: the one of two kinds that comes last (1,234.5);
    ** one kind in groups of three is thousands (1,234,567), except that a
    ** single 1.500 is 1500 in French, 1.5 elsewhere, and 1,500 is 1.5 in French */
    int lastSep = aSep[nGroup-1], allThree = 1;
    for(k=1; k<nGroup; k++) if( tok_at(p, aGroup[k])->nDigit!=3 ) allThree = 0;
    if( nDot && nComma ){
      decimalAt = nGroup-1;
      for(k=1; k<nGroup-1; k++) if( aSep[k]==lastSep ) return -1;
    }else if( !allThree || tok_at(p, aGroup[0])->nDigit>3 ){
      if( nGroup!=2 ) return -1;
      decimalAt = 1;
    }else if( nGroup==2 && ((lastSep=='.') != (text_lang(p)==ZB_LANG_FR)) ){
      decimalAt = 1;
    }
  }
  for(k=0; k<nGroup; k++){
    Tok *g = tok_at(p, aGroup[k]);
    if( decimalAt>=0 && k>=decimalAt ){
      scale /= pow(10, g->nDigit);
      frac += g->value * scale;
    }else{
      v = v * pow(10, g->nDigit) + g->value;
    }
  }
  *pValue = v + frac;
  *pIsInt = (decimalAt<0);
  return 1;
}

/* May a number word be read in this text? */
static int num_word_ok(ZbEntities *p, const Word *w){
  return w && (w->flags & GW_NUM) && !((w->flags & GW_NOT_EN) && text_lang(p)==ZB_LANG_EN);
}

/* Number words from token i: سیصد و پنجاه, trois cents, two million,
** ثلاثة آلاف, quatre-vingt-dix, أحد عشر.  Each word after the first must
** be smaller than the one before, or follow a hundred or a scale (so that
** "two three" is not 5).  Returns the number of words (0: none). */
static int parse_words(ZbEntities *p, int64_t i, double *pValue, int64_t *piLast){
  double total = 0, current = 0, lastAdd = 0;
  int nWord = 0, afterMult = 0;
  int64_t j = i;
  const Word *wFirst = 0;
  while( j>=0 ){
    Tok *t = tok_at(p, j);
    const Word *w = t ? word_of(p, t) : 0;
    if( w && (w->flags & GW_AND) && !(w->flags & GW_NUM) && nWord>0 ){
      int64_t k = next_unsoft(p, j);
      Tok *u = k>=0 ? tok_at(p, k) : 0;
      if( u && num_word_ok(p, word_of(p, u)) && word_of(p, u)->numType==NUM_ADD && (afterMult || word_of(p, u)->value<lastAdd) ){
        j = k;
        continue;
      }
      break;
    }
    if( !num_word_ok(p, w) ) break;
    if( w->numType==NUM_ADD ){
      if( nWord>0 && !afterMult && w->value>=lastAdd ){
        if( w->value==20 && lastAdd==4 ) current += 76;      /* quatre-vingt(s) */
        else if( (w->flags & GW_TEEN_TEN) && lastAdd<10 ) current += 10;   /* ثلاثة عشر */
        else break;
      }else{
        current += w->value;
      }
      lastAdd = w->value;
      afterMult = 0;
    }else if( w->numType==NUM_HUNDRED ){
      current = (current ? current : 1) * 100;
      afterMult = 1;
      lastAdd = 100;
    }else{
      double scale = w->value;
      if( (w->flags & GW_NUM_FR) && text_lang(p)==ZB_LANG_FR ) scale = 1e12;
      total += (current ? current : 1) * scale;
      current = 0;
      afterMult = 1;
      lastAdd = scale;
    }
    if( nWord==0 ) wFirst = w;
    nWord++;
    *piLast = j;
    j = next_unsoft(p, j);
  }
  if( nWord==1 && (wFirst->flags & GW_NOT_ALONE) ) return 0;
  *pValue = total + current;
  return nWord;
}

/* The currency named at token j (and an adjective after it), or -1. */
static int64_t currency_at(ZbEntities *p, int64_t j, char *zCode){
  Tok *t = tok_at(p, j), *adj;
  int64_t k;
  if( t==0 || !(wflags(p, t) & GW_CURRENCY) ) return -1;
  memcpy(zCode, word_of(p, t)->code, 4);
  /* ریال in Persian text is the Iranian rial */
  if( zCode[0]==0 && text_lang(p)==ZB_LANG_FA && t->t.kind==ZB_TOK_ARABIC ){
    Fold fold;
    if( tok_fold(p, t, &fold)==0 && fold.n==8 && memcmp(fold.z, "ریال", 8)==0 ) memcpy(zCode, "IRR", 4);
  }
  k = next_unsoft(p, j);
  adj = k>=0 ? tok_at(p, k) : 0;
  if( adj && t->t.kind!=ZB_TOK_PUNCT && (wflags(p, adj) & GW_CUR_ADJ) && adj->t.kind==t->t.kind ){
    memcpy(zCode, word_of(p, adj)->code, 4);
    return k;
  }
  return j;
}

/* A number, amount of money or percentage starting at token i (a number,
** a number word or a currency symbol).  Returns 1 with *n filled, 0 if
** there is none, -1 if tokens up to n->iLast must be skipped. */
static int number_at(ZbEntities *p, int64_t i, Num *n){
  Tok *t = tok_at(p, i);
  int64_t iStart = i, iLast = i, k;
  int rc, isInt = 1, nWord = 0;
  double v = 0;
  char zCode[4] = "";
  memset(n, 0, sizeof(*n));
  n->iFirst = i;
  n->iLast = i - 1;
  if( t==0 ) return 0;
  /* $5, € 10, US$ 3 */
  if( wflags(p, t) & GW_CURRENCY ){
    int64_t iNum = next_unsoft(p, i);
    Tok *u = iNum>=0 ? tok_at(p, iNum) : 0;
    if( t->t.kind!=ZB_TOK_PUNCT || u==0 || u->t.kind!=ZB_TOK_NUMBER ) return 0;
    memcpy(zCode, word_of(p, t)->code, 4);
    i = iNum;
    t = u;
  }
  if( t->t.kind==ZB_TOK_NUMBER ){
    rc = parse_digits(p, i, &v, &isInt, &iLast);
    if( rc<=0 ){ n->iLast = iLast; return rc; }
    /* 2.5 million, ۵ هزار, 3 ملايين */
    for(k=next_unsoft(p, iLast); k>=0; k=next_unsoft(p, k)){
      Tok *u = tok_at(p, k);
      if( u==0 || !num_word_ok(p, word_of(p, u)) || word_of(p, u)->numType==NUM_ADD ) break;
      v *= (word_of(p, u)->numType==NUM_HUNDRED) ? 100
         : ((word_of(p, u)->flags & GW_NUM_FR) && text_lang(p)==ZB_LANG_FR) ? 1e12 : word_of(p, u)->value;
      iLast = k;
    }
  }else{
    if( (nWord = parse_words(p, i, &v, &iLast))==0 ) return 0;
    if( word_of(p, t)->flags & GW_AND ) n->nSkip = 1;                /* وثلاثمائة */
  }
  n->kind = zCode[0] ? ZB_ENT_MONEY : ZB_ENT_NUMBER;
  k = iLast + 1;
  if( tok_at(p, k) && (wflags(p, tok_at(p, k)) & GW_PERCENT) && !zCode[0] ){
    n->kind = ZB_ENT_PERCENT;                             /* 50%, ۵۰ درصد, 50 percent */
    iLast = k;
  }else if( (k = next_unsoft(p, iLast))>=0 && tok_at(p, k) ){
    Tok *u = tok_at(p, k), *w2 = tok_at(p, next_unsoft(p, k));
    if( (wflags(p, u) & GW_PER) && w2 && (wflags(p, w2) & GW_CENT) && !zCode[0] ){
      n->kind = ZB_ENT_PERCENT;                           /* per cent, pour cent, في المئة */
      iLast = next_unsoft(p, k);
    }else if( !zCode[0] ){
      /* 5 dollars, 5 millions de dollars, ۵ میلیون دلار, 5 US dollars */
      int64_t c = k;
      if( (wflags(p, u) & GW_CONNECTOR) && u->t.kind==ZB_TOK_LATIN ) c = next_unsoft(p, k);
      else if( (wflags(p, u) & GW_CUR_ADJ) && u->t.kind==ZB_TOK_LATIN ) c = next_unsoft(p, k);
      if( c>=0 && (c = currency_at(p, c, zCode))>=0 ){
        if( (wflags(p, u) & GW_CUR_ADJ) && u->t.kind==ZB_TOK_LATIN ) memcpy(zCode, word_of(p, u)->code, 4);
        n->kind = ZB_ENT_MONEY;
        iLast = c;
      }
    }
  }
  n->iFirst = iStart;
  n->iLast = iLast;
  n->value = v;
  n->isInt = v==floor(v) && fabs(v)<9.007199254740992e15;   /* 2.5 million is 2500000 */
  memcpy(n->code, zCode, 4);
  return 1;
}

/* ======================================================================
** The extractor
*/

/* Queues a matched named entity and remembers what the text says about
** it. */
static int emit_match(ZbEntities *p, const Match *m){
  Pending *q = queue_push(p, m->kind, m->source, m->iFirst, m->iLast, m->nClitic);
  if( q==0 ) return -1;
  queue_strings(p, q, m->zEntity, m->zName);
  if( p->aStr.oom ) return -1;
  if( q->iEntity>=0 ) seen_add(p, p->aStr.z + q->iEntity);
  return 0;
}

/* The word tokens of [iFirst, iLast], at most 8. */
static int span_words(ZbEntities *p, int64_t iFirst, int64_t iLast, int64_t *aWord){
  int64_t k;
  int n = 0;
  for(k=iFirst; k<=iLast && n<8; k++){
    Tok *t = tok_at(p, k);
    if( t && is_word(t) ) aWord[n++] = k;
  }
  return n;
}

/* After a person's full name, its last word, last two and last three
** (Abdollahian, Ibrahim Taha, Al Thani) name the same person in the rest
** of the text, and so does a middle word that is not a given name (Bagheri
** of Ali Bagheri Kani); a rule's name also keeps its full form. */
static void remember_person(ZbEntities *p, const Pending *q, int64_t iFirst, int64_t iLast,
                            int fromRule){
  int64_t aWord[8];
  int n = span_words(p, iFirst, iLast, aWord), len;
  const char *zEntity = p->aStr.z + q->iEntity;
  const char *zName = q->iName>=0 ? p->aStr.z + q->iName : zEntity;
  for(len=1; len<n && len<=3; len++){
    Tok *t = tok_at(p, aWord[n-len]);
    if( t==0 || (wflags(p, t) & (GW_PARTICLE|GW_STOP)) ) continue;
    if( len==1 && t->t.iCharEnd - t->t.iChar < (t->t.kind==ZB_TOK_ARABIC ? 2 : 3) ) continue;
    memo_add(p, aWord + n - len, len, zEntity, zName, ZB_ENT_PERSON, ZB_ENT_SRC_RULE);
  }
  for(len=1; len<n-1; len++){
    Tok *t = tok_at(p, aWord[len]);
    if( t==0 || (wflags(p, t) & (GW_PARTICLE|GW_STOP)) || is_given_name(p, t) ) continue;
    if( t->t.iCharEnd - t->t.iChar < 4 || is_title_at(p, aWord[len]) ) continue;
    memo_add(p, aWord + len, 1, zEntity, zName, ZB_ENT_PERSON, ZB_ENT_SRC_RULE);
  }
  if( fromRule && n>=2 ) memo_add(p, aWord, n, zEntity, zName, ZB_ENT_PERSON, ZB_ENT_SRC_RULE);
}

/* The initials of the capitalized Latin words of [iFirst, iLast] match the
** acronym token: Organization of Islamic Cooperation → OIC. */
static int initials_match(ZbEntities *p, int64_t iFirst, int64_t iLast, Tok *acronym){
  char zInit[16];
  int n = 0;
  int64_t k;
  Fold fold;
  for(k=iFirst; k<=iLast; k++){
    Tok *t = tok_at(p, k);
    if( t==0 || t->t.kind!=ZB_TOK_LATIN || (wflags(p, t) & (GW_CONNECTOR|GW_ARTICLE|GW_PARTICLE)) ) continue;
    if( n>=15 || tok_fold(p, t, &fold) || fold.n==0 ) return 0;
    zInit[n++] = fold.z[0];
  }
  if( tok_fold(p, acronym, &fold) || fold.n>=(int32_t)sizeof(zInit) ) return 0;
  return n==fold.n && memcmp(zInit, fold.z, (size_t)n)==0;
}

/* After a named entity, an acronym in parentheses that spells its words
** (or that the gazetteer gives it) is a mention of it too, and names it in
** the rest of the text. */
static int acronym_after(ZbEntities *p, const Match *m){
  Tok *open = tok_at(p, m->iLast+1), *acro = tok_at(p, m->iLast+2), *close = tok_at(p, m->iLast+3);
  Match known;
  Pending *q;
  int source = ZB_ENT_SRC_RULE;
  int64_t aWord[1];
  if( open==0 || acro==0 || close==0 || zb_win_punct(open)!='(' || zb_win_punct(close)!=')' ) return 0;
  if( acro->t.kind!=ZB_TOK_LATIN || !acro->allCaps || acro->nLetter>10 ) return 0;
  if( m->kind==ZB_ENT_PERSON || m->kind>ZB_ENT_DEMONYM ) return 0;
  gz_match(p, m->iLast+2, &known, 0);
  if( known.iLast==m->iLast+2 && strcmp(known.zEntity, m->zEntity)==0 ){
    source = known.source;
  }else if( !initials_match(p, m->iFirst, m->iLast, acro) ){
    return 0;
  }
  q = queue_push(p, m->kind, source, m->iLast+2, m->iLast+2, 0);
  if( q==0 ) return -1;
  queue_strings(p, q, m->zEntity, m->zName);
  aWord[0] = m->iLast+2;
  memo_add(p, aWord, 1, m->zEntity, m->zName, m->kind, ZB_ENT_SRC_RULE);
  p->iCur = m->iLast + 4;
  return 1;
}

static int emit_number(ZbEntities *p, const Num *n){
  Pending *q = queue_push(p, n->kind, ZB_ENT_SRC_RULE, n->iFirst, n->iLast, n->nSkip);
  if( q==0 ) return -1;
  if( n->isInt ){ q->m.valueType = ZB_VALUE_INT; q->m.iValue = (int64_t)n->value; }
  else{ q->m.valueType = ZB_VALUE_REAL; q->m.rValue = n->value; }
  if( n->kind==ZB_ENT_MONEY && n->code[0] ){
    char zId[16];
    memcpy(zId, "currency:", 9);
    memcpy(zId + 9, n->code, 4);
    queue_strings(p, q, zId, n->code);
  }
  return p->aStr.oom ? -1 : 0;
}

/* The date match that may cover token t (at i), in p->date: 1, 0 if there
** is none, -1 on OOM.  The date finder walks the window with the cursor:
** it tries each token as the token after which no match can cover t. */
static int date_pending(ZbEntities *p, const Tok *t, int64_t i){
  for(;;){
    if( !p->hasDate ){
      int rc = zb_dates_next_by(p->dates, i, &p->date);
      if( rc<=0 ) return rc;
      p->hasDate = 1;
    }
    if( p->date.iByteEnd > t->t.iByte ) return 1;
    p->hasDate = 0;                    /* ended before t: passed over */
  }
}

/* The date match that covers token t, if any: queued, and the tokens it
** covers skipped.  A gazetteer match that starts with the date and goes
** beyond it (an event: 22 Bahman ...) wins over it. */
static int date_step(ZbEntities *p, Tok *t){
  Match g;
  Pending *q;
  char zValue[ZB_DATES_VALUE_MAX];
  int rc = date_pending(p, t, p->iCur);
  if( rc<=0 || p->date.iByte > t->t.iByte ) return rc<0 ? -1 : 0;
  if( p->date.iByte==t->t.iByte ){
    gz_match(p, p->iCur, &g, 0);
    if( g.iLast>=g.iFirst && tok_at(p, g.iLast)->t.iByteEnd > p->date.iByteEnd ){
      p->hasDate = 0;                  /* dropped */
      return 0;
    }
  }
  q = queue_push(p, p->date.precision==ZB_DATE_TIME ? ZB_ENT_TIME : ZB_ENT_DATE, ZB_ENT_SRC_RULE,
                 p->iCur, p->iCur, 0);
  if( q==0 ) return -1;
  q->m.iByte = p->date.iByte; q->m.iByteEnd = p->date.iByteEnd;
  q->m.iChar = p->date.iChar; q->m.iCharEnd = p->date.iCharEnd;
  if( p->date.hasValue && zb_dates_format(&p->date, ZB_GREGORIAN, zValue)>0 ){
    q->iValue = str_add(&p->aStr, zValue, strlen(zValue));
    q->m.valueType = ZB_VALUE_TEXT;
  }
  while( (t = tok_at(p, p->iCur))!=0 && t->t.iByte < p->date.iByteEnd ) p->iCur++;
  p->hasDate = 0;
  return 1;
}

/* Extends a known person's name over the Arabic family names written after
** the gazetteer's form (الشيخ مشعل الأحمد + الجابر الصباح): words with the
** article that are not function words, titles or other entities. */
static void extend_family_name(ZbEntities *p, Match *m){
  Fold fold;
  int n = 0;
  while( n<3 ){
    Tok *t = tok_at(p, m->iLast+1);
    if( t==0 || t->t.kind!=ZB_TOK_ARABIC || !touching_by_space(p, m->iLast, m->iLast+1) ) break;
    if( (wflags(p, t) & (GW_STOP|GW_PARTICLE)) || t->t.iCharEnd - t->t.iChar < 4 ) break;
    if( is_title_at(p, m->iLast+1) || tok_names_non_person(p, t) || is_given_name(p, t) ) break;
    if( tok_fold(p, t, &fold) || !fold_has_article(&fold) ) break;
    m->iLast++;
    n++;
  }
}

/* Picks the longest of the candidate matches at a token; on a tie the
** gazetteer wins over a short form of the text, and both over a rule. */
static const Match *longest(const Match *a, const Match *b){
  return b->iLast > a->iLast ? b : a;
}

/* Looks at the word or number at p->iCur and queues what starts there.
** Returns 0 or -1 (OOM). */
static int word_step(ZbEntities *p, Tok *t){
  int64_t i = p->iCur;
  int titleCtx = (p->iNameCtx==i), rc;
  Match g, mm, rule, org;
  const Match *best;
  Title title;
  Num num;
  int hasNum = 0;
  gz_match(p, i, &g, &title);
  memo_match(p, i, &mm);
  match_none(&rule, i);
  match_none(&org, i);
  if( t->t.kind==ZB_TOK_LATIN && t->capital ){
    if( (rc = latin_person(p, i, titleCtx, &rule))<0 ) return -1;
    if( !rc ) match_none(&rule, i);
    if( (rc = latin_org(p, i, &org))<0 ) return -1;
    if( !rc ) match_none(&org, i);
  }else if( t->t.kind==ZB_TOK_ARABIC && (titleCtx || is_given_name(p, t)) ){
    if( (rc = arabic_person(p, i, titleCtx, &rule))<0 ) return -1;
    if( !rc ) match_none(&rule, i);
  }
  if( t->t.kind==ZB_TOK_NUMBER || (word_of(p, t) && (word_of(p, t)->flags & (GW_NUM|GW_CURRENCY))) ){
    rc = number_at(p, i, &num);
    if( rc<0 ){                        /* a time or date the dates module did not take */
      p->iCur = num.iLast + 1;
      p->iNameCtx = -1;
      return 0;
    }
    hasNum = rc;
  }
  /* a rule does not stretch a known person's name into another one */
  if( g.iLast>=i && g.kind==ZB_ENT_PERSON && rule.iLast>g.iLast && strcmp(rule.zEntity, g.zEntity)!=0 ){
    match_none(&rule, i);
  }
  best = longest(longest(longest(&g, &mm), &org), &rule);
  if( hasNum && num.iLast > best->iLast ){
    p->iCur = num.iLast + 1;
    p->iNameCtx = -1;
    return emit_number(p, &num);
  }
  if( title.iLast>=0 && title.iLast >= best->iLast ){
    p->iCur = title.iLast + 1;         /* a title: a name may follow */
    p->iNameCtx = p->iCur;
    p->ctxHonorific = title.honorific;
    return 0;
  }
  if( best->iLast < i ){
    p->iCur = i + 1;
    p->iNameCtx = (titleCtx && (wflags(p, t) & GW_TITLE_GAP)) ? p->iCur : -1;
    return 0;
  }
  if( best==&g && g.kind==ZB_ENT_PERSON ) extend_family_name(p, &g);
  if( emit_match(p, best) ) return -1;
  p->iCur = best->iLast + 1;
  if( best->kind==ZB_ENT_PERSON ){
    remember_person(p, &p->aQueue[p->nQueue-1], best->iFirst, best->iLast, best==&rule);
  }
  p->iNameCtx = (titleCtx && best->kind!=ZB_ENT_PERSON) ? p->iCur : -1;
  rc = acronym_after(p, best);
  if( rc>0 && titleCtx ) p->iNameCtx = p->iCur;
  return rc<0 ? -1 : 0;
}

/* Advances over one token (or a match); returns 1, 0 at the end, -1 OOM. */
static int step(ZbEntities *p){
  Tok *t;
  int rc;
  p->iStep = p->iCur;
  if( (t = tok_at(p, p->iCur))==0 ) return 0;
  if( p->dates && (rc = date_step(p, t))!=0 ) return rc<0 ? -1 : 1;
  if( t->t.kind==ZB_TOK_PUNCT ){
    if( word_of(p, t) && (word_of(p, t)->flags & GW_CURRENCY) ){
      Num num;
      if( number_at(p, p->iCur, &num)>0 ){
        p->iCur = num.iLast + 1;
        return emit_number(p, &num)<0 ? -1 : 1;
      }
    }
    /* a name may still follow a title after a comma or a quote */
    if( p->iNameCtx==p->iCur && (note(p, t)->soft || strchr(",\"(", zb_win_punct(t) ? zb_win_punct(t) : '#')
                                 || (t->t.iByteEnd - t->t.iByte==2
                                     && memcmp(p->z + t->t.iByte, "\xD8\x8C", 2)==0)) ){   /* ، */
      p->iNameCtx++;
    }
    p->iCur++;
    return 1;
  }
  return word_step(p, t)<0 ? -1 : 1;
}

int zb_entities_open(ZbEntities **pp, const unsigned char *z, int32_t n, ZbLang lang,
                     const ZbGazetteer *gUser, const char **pzErr){
  ZbEntities *p;
  ZbWinReader reader;
  ZbDatesOptions dateOpt;
  const char *zErr = 0;
  *pp = 0;
  p = calloc(1, sizeof(*p));
  if( p==0 ){ *pzErr = "out of memory"; return -1; }
  p->z = z;
  p->n = n;
  p->aG[0] = zb_gazetteer_default(&zErr);
  p->aG[1] = gUser;
  p->words = words();
  zb_table_init(&p->memo, sizeof(Memo));
  zb_table_init(&p->seen, sizeof(SeenId));
  p->iNameCtx = -1;
  memset(&dateOpt, 0, sizeof(dateOpt));  /* no reference; the window's language */
  reader.szExtra = sizeof(EntTok);
  reader.xEnter = enter_token;
  reader.pArg = p;
  reader.piAnchor = &p->iStep;
  reader.nLookback = ZB_ENT_LOOKBACK;
  if( p->aG[0]==0 || p->words==0 ){
    *pzErr = zErr ? zErr : "out of memory";
    free(p);
    return -1;
  }
  p->w = zb_win_open(z, n, lang);
  p->iReader = p->w ? zb_win_attach(p->w, &reader) : -1;
  p->dates = p->iReader>=0 ? zb_dates_open_window(p->w, &dateOpt) : 0;
  if( p->dates==0 ){
    *pzErr = "out of memory";
    zb_entities_close(p);
    return -1;
  }
  *pp = p;
  return 0;
}

int zb_entities_next(ZbEntities *p, ZbMention *m){
  Pending *q;
  if( p->iQueue>=p->nQueue ){
    p->iQueue = p->nQueue = 0;
    p->aStr.n = 0;
    while( p->nQueue==0 ){
      int rc = step(p);
      if( zb_win_oom(p->w) || p->aMemoStr.oom || p->personStr.oom || p->orgStr.oom ) return -1;
      if( rc<=0 ) return rc;
    }
  }
  q = &p->aQueue[p->iQueue++];
  *m = q->m;
  m->zEntity = q->iEntity>=0 ? p->aStr.z + q->iEntity : 0;
  m->zName = q->iName>=0 ? p->aStr.z + q->iName : 0;
  m->zValue = q->iValue>=0 ? p->aStr.z + q->iValue : 0;
  return 1;
}

void zb_entities_close(ZbEntities *p){
  if( p==0 ) return;
  zb_dates_close(p->dates);
  zb_win_close(p->w);
  zb_buf_free(&p->personStr);
  zb_buf_free(&p->orgStr);
  zb_buf_free(&p->aStr);
  zb_buf_free(&p->aMemoStr);
  zb_table_free(&p->memo);
  zb_table_free(&p->seen);
  free(p);
}

/* ======================================================================
** SQL binding: entities(text [, lang])
*/

enum { ENT_KIND, ENT_START, ENT_END, ENT_SURFACE, ENT_ENTITY, ENT_NAME, ENT_VALUE, ENT_SOURCE,
       ENT_TEXT, ENT_LANG };

/* idxNum bits: which arguments xBestIndex passed. */
#define ENT_HAS_TEXT 1
#define ENT_HAS_LANG 2

typedef struct EntCursor {
  sqlite3_vtab_cursor base;
  char *zText;                 /* a copy of the text argument */
  int nText;
  ZbEntities *x;
  ZbGzHold user;               /* the user gazetteer, taken at the first xFilter */
  ZbMention m;                 /* the current row */
  int eof;
  sqlite3_int64 iRowid;
} EntCursor;

static int entConnect(sqlite3 *db, void *pAux, int argc, const char *const *argv,
                      sqlite3_vtab **ppVtab, char **pzErr){
  return zb_gz_vtab_connect(db, pAux,
      "CREATE TABLE x(kind TEXT, start INTEGER, end INTEGER, surface TEXT, entity TEXT, "
      "name TEXT, value, source TEXT, text HIDDEN, lang HIDDEN)", ppVtab);
}

static int entOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCursor){
  EntCursor *c = sqlite3_malloc(sizeof(*c));
  if( c==0 ) return SQLITE_NOMEM;
  memset(c, 0, sizeof(*c));
  c->eof = 1;
  *ppCursor = &c->base;
  return SQLITE_OK;
}

static void ent_reset(EntCursor *c){
  zb_entities_close(c->x);
  c->x = 0;
  sqlite3_free(c->zText);
  c->zText = 0;
  c->eof = 1;
}

static int entClose(sqlite3_vtab_cursor *cur){
  ent_reset((EntCursor*)cur);
  zb_gz_release_user(&((EntCursor*)cur)->user);
  sqlite3_free(cur);
  return SQLITE_OK;
}

static int entNext(sqlite3_vtab_cursor *cur){
  EntCursor *c = (EntCursor*)cur;
  int rc = zb_entities_next(c->x, &c->m);
  if( rc<0 ) return SQLITE_NOMEM;
  c->eof = (rc==0);
  c->iRowid++;
  return SQLITE_OK;
}

static int entFilter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr,
                     int argc, sqlite3_value **argv){
  EntCursor *c = (EntCursor*)cur;
  sqlite3_vtab *tab = cur->pVtab;
  const unsigned char *z;
  const char *zErr = 0;
  ZbLang lang = ZB_LANG_AUTO;
  int rc;
  ent_reset(c);
  c->iRowid = 0;
  if( !(idxNum & ENT_HAS_TEXT) ){
    tab->zErrMsg = sqlite3_mprintf("entities: the text argument is missing");
    return SQLITE_ERROR;
  }
  if( idxNum & ENT_HAS_LANG ){
    int nLang;
    const unsigned char *zLang = zb_arg_text(argv[1], &nLang);
    if( zLang==0 ) return SQLITE_OK;                      /* NULL lang: no rows */
    if( zb_lang_parse(zLang, nLang, &lang) ){
      char *zMsg = zb_choice_error("entities", "lang", (const char*)zLang, (size_t)nLang,
                                   zb_lang_names);
      if( zMsg==0 ) return SQLITE_NOMEM;
      tab->zErrMsg = sqlite3_mprintf("%s", zMsg);
      free(zMsg);
      return SQLITE_ERROR;
    }
  }
  z = zb_arg_text(argv[0], &c->nText);
  if( z==0 ) return SQLITE_OK;                            /* NULL text: no rows */
  c->zText = sqlite3_malloc64((sqlite3_uint64)c->nText + 1);
  if( c->zText==0 ) return SQLITE_NOMEM;
  memcpy(c->zText, z, (size_t)c->nText);
  c->zText[c->nText] = 0;
  rc = zb_gz_hold_user(tab, &c->user);
  if( rc!=SQLITE_OK ) return rc;
  if( zb_entities_open(&c->x, (const unsigned char*)c->zText, c->nText, lang, c->user.g, &zErr) ){
    tab->zErrMsg = sqlite3_mprintf("entities: %s", zErr);
    return SQLITE_ERROR;
  }
  c->eof = 0;
  return entNext(cur);
}

static int entEof(sqlite3_vtab_cursor *cur){
  return ((EntCursor*)cur)->eof;
}

/* The surface as written, with U+FFFD for ill-formed bytes. */
static void result_surface(sqlite3_context *ctx, const EntCursor *c){
  const unsigned char *z = (const unsigned char*)c->zText + c->m.iByte;
  int32_t i = 0, n = c->m.iByteEnd - c->m.iByte;
  ZbBuf b;
  zb_buf_init(&b);
  while( i<n ) zb_buf_put_cp(&b, zb_next_cp(z, n, &i));
  zb_result_buf(ctx, &b);
}

static int entColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int i){
  EntCursor *c = (EntCursor*)cur;
  const ZbMention *m = &c->m;
  switch( i ){
    case ENT_KIND:    sqlite3_result_text(ctx, zb_entity_kind_name(m->kind), -1, SQLITE_STATIC); break;
    case ENT_START:   sqlite3_result_int64(ctx, m->iChar); break;
    case ENT_END:     sqlite3_result_int64(ctx, m->iCharEnd); break;
    case ENT_SURFACE: result_surface(ctx, c); break;
    case ENT_ENTITY:
      if( m->zEntity ) sqlite3_result_text(ctx, m->zEntity, -1, SQLITE_TRANSIENT);
      break;
    case ENT_NAME:
      if( m->zName ) sqlite3_result_text(ctx, m->zName, -1, SQLITE_TRANSIENT);
      break;
    case ENT_VALUE:
      switch( m->valueType ){
        case ZB_VALUE_INT:  sqlite3_result_int64(ctx, m->iValue); break;
        case ZB_VALUE_REAL: sqlite3_result_double(ctx, m->rValue); break;
        case ZB_VALUE_TEXT: sqlite3_result_text(ctx, m->zValue, -1, SQLITE_TRANSIENT); break;
        default: break;
      }
      break;
    case ENT_SOURCE:  sqlite3_result_text(ctx, zb_entity_source_name(m->source), -1, SQLITE_STATIC); break;
    case ENT_TEXT:    sqlite3_result_text(ctx, c->zText, c->nText, SQLITE_TRANSIENT); break;
    default:          break;                              /* lang */
  }
  return SQLITE_OK;
}

static int entRowid(sqlite3_vtab_cursor *cur, sqlite_int64 *pRowid){
  *pRowid = ((EntCursor*)cur)->iRowid;
  return SQLITE_OK;
}

/* text (required) and lang are arguments: see zb_tvf_best_index(). */
static int entBestIndex(sqlite3_vtab *tab, sqlite3_index_info *p){
  return zb_tvf_best_index(p, ENT_TEXT, 2, ENT_HAS_TEXT, 1000, 20);
}

static sqlite3_module entitiesModule = {
  0,                  /* iVersion */
  0,                  /* xCreate: eponymous only */
  entConnect, entBestIndex, zb_gz_vtab_disconnect, 0,
  entOpen, entClose, entFilter, entNext, entEof,
  entColumn, entRowid,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
};

/* entities() and gazetteer read the same user table: one cache for both. */
int zb_entities_register(sqlite3 *db, char **pzErrMsg){
  static const char *const azName[] = { "entities", "gazetteer" };
  const sqlite3_module *apModule[] = { &entitiesModule, zb_gazetteer_module() };
  return zb_gz_register_tables(db, azName, apModule, 2, pzErrMsg);
}
