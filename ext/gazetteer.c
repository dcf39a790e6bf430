/*
** gazetteer.c — the gazetteer of entities(): what it knows, and the
** `gazetteer` table that shows it.
**
**   SELECT * FROM gazetteer WHERE entity = 'org:oic';
**   -- org:oic|org|Organisation of Islamic Cooperation|Organisation of Islamic Cooperation|en|gazetteer
**   -- org:oic|org|Organisation of Islamic Cooperation|Organization of Islamic Cooperation|en|gazetteer
**   -- ... (OIC, OCI, سازمان همکاری اسلامی, منظمة التعاون الإسلامي ...)
**   SELECT alias, lang FROM gazetteer WHERE entity = 'country:IR';  -- CLDR's names, and more
**
**   CREATE TABLE zaban_gazetteer(entity, kind, name, alias, lang);
**   INSERT INTO zaban_gazetteer VALUES
**     ('person:jane-roe', 'person', 'Jane Roe', 'Jane Roe', 'en'),
**     ('person:jane-roe', 'person', NULL, 'جین رو', 'fa');
**   SELECT * FROM gazetteer WHERE source = 'user';     -- and entities() finds them
**
** Columns of `gazetteer`: entity, kind, name, alias, lang, source
** ('gazetteer' for the built-in data, 'user' for zaban_gazetteer rows).
** The built-in data is the curated data compiled in (the TSV files of sql/gazetteer/,
** via tools/gen_gazetteer.py and gazetteer_data.c) and, read from ICU when
** first needed, the CLDR names of every country and territory (ISO 3166)
** in Persian, Dari, Arabic, French, English and the languages of
** aExtraLocale, and the CLDR names of the cities that name time zones
** (exemplar cities) in fa, ar, fr and en.  See gazetteer.h for the
** matching structure.  The pure-C part comes first; the SQL part (user
** table cache, the `gazetteer` table) is at the end.
*/
#include "gazetteer_int.h"
#include "fa_lexicon.h"
#include "name_key.h"
#include "normalize.h"
#include "tokenize.h"
#include "zaban.h"
SQLITE_EXTENSION_INIT3

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unicode/ucal.h>
#include <unicode/uchar.h>
#include <unicode/uenum.h>
#include <unicode/uloc.h>
#include <unicode/uscript.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>

static const char *const azKind[ZB_GZ_N_KIND] = {
  "person", "org", "place", "facility", "event", "demonym"
};

const char *zb_gz_kind_name(int kind){
  return (kind>=0 && kind<ZB_GZ_N_KIND) ? azKind[kind] : "?";
}

int zb_gz_kind_from_name(const char *z, int n){
  int i;
  for(i=0; i<ZB_GZ_N_KIND; i++){
    if( (int)strlen(azKind[i])==n && memcmp(azKind[i], z, (size_t)n)==0 ) return i;
  }
  return -1;
}

/* ======================================================================
** Keys
*/

int zb_gz_skipped_punct(const char *z, size_t n){
  if( n==1 ) return z[0]=='-' || z[0]=='\'' || z[0]=='.' || z[0]=='_';
  return n==2 && (unsigned char)z[0]==0xC2 && (unsigned char)z[1]==0xB7;   /* · */
}

/* ======================================================================
** The gazetteer
*/

/* Strings live in blocks that never move. */
typedef struct ArenaBlock { struct ArenaBlock *pNext; size_t n, cap; char a[]; } ArenaBlock;
typedef struct Arena { ArenaBlock *pHead; size_t bytes; } Arena;

static const char *arena_strdup(Arena *p, const char *z, size_t n){
  ArenaBlock *b = p->pHead;
  char *zOut;
  if( b==0 || b->cap - b->n < n + 1 ){
    size_t cap = n + 1 > 65536 ? n + 1 : 65536;
    b = malloc(sizeof(ArenaBlock) + cap);
    if( b==0 ) return 0;
    b->n = 0; b->cap = cap; b->pNext = p->pHead;
    p->pHead = b;
    p->bytes += sizeof(ArenaBlock) + cap;
  }
  zOut = b->a + b->n;
  memcpy(zOut, z, n);
  zOut[n] = 0;
  b->n += n + 1;
  return zOut;
}

static void arena_free(Arena *p){
  while( p->pHead ){ ArenaBlock *b = p->pHead; p->pHead = b->pNext; free(b); }
  p->bytes = 0;
}

/* An entry of a map from a key to an index (entity ids, name keys). */
typedef struct IdEntry { uint64_t key; uint32_t val; } IdEntry;

static uint64_t id_hash(const char *zId, int kind){
  return zb_key_step(zb_token_key(zId, strlen(zId)), (uint64_t)(kind + 1));
}

struct ZbGazetteer {
  ZbGzEntity *aEntity;
  uint32_t nEntity;
  ZbGzAlias *aAlias;
  uint32_t nAlias;
  uint32_t *aRec;
  uint32_t nRec;
  ZbTable slots;               /* ZbGzSlot by key */
  ZbTable ids;                 /* IdEntry: (entity id, kind) → entity index */
  ZbTable personKeys;          /* IdEntry: name_key of a person alias → entity, or AMBIGUOUS_KEY */
  Arena strings;
};
#define AMBIGUOUS_KEY 0xFFFFFFFFu

const ZbGzSlot *zb_gz_find(const ZbGazetteer *g, uint64_t key){
  return g ? (const ZbGzSlot*)zb_table_find(&g->slots, key) : 0;
}

int zb_gz_walk_begin(ZbGzWalk *w, const ZbGazetteer *g, uint64_t tokenKey){
  w->g = g;
  w->key = zb_key_step(ZB_KEY_SEED, tokenKey);
  w->pSlot = zb_gz_find(g, w->key);
  return w->pSlot!=0;
}

int zb_gz_walk_step(ZbGzWalk *w, uint64_t tokenKey){
  w->key = zb_key_step(w->key, tokenKey);
  w->pSlot = zb_gz_find(w->g, w->key);
  return w->pSlot!=0;
}

int zb_gz_walk_goes_on(const ZbGzWalk *w){
  return w->pSlot && (w->pSlot->flags & ZB_GZS_PREFIX);
}

unsigned zb_gz_walk_ends(const ZbGzWalk *w){
  return w->pSlot ? (w->pSlot->flags & ZB_GZS_ENDS) : 0;
}

unsigned zb_gz_walk_name_flags(const ZbGzWalk *w){
  return w->pSlot ? w->pSlot->nameFlags : 0;
}

int zb_gz_walk_alias(const ZbGzWalk *w, int i, ZbGzHit *pHit){
  const ZbGzSlot *s = w->pSlot;
  uint32_t r;
  if( s==0 || i<0 || i>=s->nRec ) return 0;
  r = w->g->aRec[s->iRec + (uint32_t)i];
  if( ZB_GZR_TYPE(r)!=ZB_GZR_ALIAS ) return 0;      /* a slot's aliases come first */
  pHit->pAlias = &w->g->aAlias[ZB_GZR_INDEX(r)];
  pHit->pEntity = &w->g->aEntity[pHit->pAlias->iEntity];
  pHit->nClitic = (int)ZB_GZR_CLITICS(r);
  return 1;
}

const ZbGzAlias *zb_gz_alias(const ZbGazetteer *g, uint32_t i){ return &g->aAlias[i]; }
const ZbGzEntity *zb_gz_entity(const ZbGazetteer *g, uint32_t i){ return &g->aEntity[i]; }
int zb_gz_alias_count(const ZbGazetteer *g){ return g ? (int)g->nAlias : 0; }

static void gazetteer_tables_init(ZbGazetteer *g){
  zb_table_init(&g->slots, sizeof(ZbGzSlot));
  zb_table_init(&g->ids, sizeof(IdEntry));
  zb_table_init(&g->personKeys, sizeof(IdEntry));
}

static int idmap_get(const ZbTable *m, uint64_t h){
  const IdEntry *e = zb_table_find(m, h);
  return e ? (int)e->val : -1;
}

static int idmap_put(ZbTable *m, uint64_t h, uint32_t v){
  IdEntry *e = zb_table_insert(m, h, 0);
  if( e==0 ) return -1;
  e->val = v;
  return 0;
}

int zb_gz_entity_find(const ZbGazetteer *g, const char *zId, int kind){
  int k, i;
  if( g==0 ) return -1;
  if( kind>=0 ) return idmap_get(&g->ids, id_hash(zId, kind));
  for(k=0; k<ZB_GZ_N_KIND; k++){
    if( (i = idmap_get(&g->ids, id_hash(zId, k)))>=0 ) return i;
  }
  return -1;
}

int zb_gz_person_by_name_key(const ZbGazetteer *g, const char *zKey, size_t n){
  int i;
  if( g==0 || n==0 ) return -1;
  i = idmap_get(&g->personKeys, zb_token_key(zKey, n));
  return i<0 || (uint32_t)i==AMBIGUOUS_KEY ? -1 : i;
}

void zb_gazetteer_free(ZbGazetteer *g){
  if( g==0 ) return;
  free(g->aEntity); free(g->aAlias); free(g->aRec);
  zb_table_free(&g->slots);
  zb_table_free(&g->ids);
  zb_table_free(&g->personKeys);
  arena_free(&g->strings);
  free(g);
}

size_t zb_gazetteer_bytes(const ZbGazetteer *g){
  if( g==0 ) return 0;
  return sizeof(*g) + g->nEntity*sizeof(ZbGzEntity) + g->nAlias*sizeof(ZbGzAlias)
       + g->nRec*sizeof(uint32_t) + zb_table_bytes(&g->slots)
       + zb_table_bytes(&g->ids) + zb_table_bytes(&g->personKeys)
       + g->strings.bytes;
}

/* ======================================================================
** Building
**
** The builder collects entities and aliases (and given names and titles),
** then computes every alias's key and its prefixes' keys, groups the
** (key, record) pairs by key and lays them out as slots.  When aliases of
** different entities share a key, only the records of the highest
** ZB_GZ_SRC_* are kept (curated data overrides CLDR; a country name
** overrides a city's) and one record per entity.
*/

/* A (key, record) pair; rec is PAIR_PREFIX for a proper prefix. */
typedef struct Pair { uint64_t key; uint32_t rec; uint32_t next; } Pair;
#define PAIR_PREFIX 0xFFFFFFFFu

struct ZbGzBuilder {
  ZbGazetteer *g;              /* entities, aliases, strings, ids so far */
  uint32_t capEntity, capAlias;
  const ZbGazetteer *base;     /* names for entities added without one */
  /* given names and titles: text, record */
  struct Lex { const char *z; uint32_t rec; } *aLex;
  uint32_t nLex, capLex;
  int oom;
};

ZbGzBuilder *zb_gz_builder_new(void){
  ZbGzBuilder *b = calloc(1, sizeof(*b));
  if( b==0 ) return 0;
  b->g = calloc(1, sizeof(ZbGazetteer));
  if( b->g==0 ){ free(b); return 0; }
  gazetteer_tables_init(b->g);
  return b;
}

void zb_gz_builder_base(ZbGzBuilder *b, const ZbGazetteer *base){ b->base = base; }

void zb_gz_builder_free(ZbGzBuilder *b){
  if( b==0 ) return;
  zb_gazetteer_free(b->g);
  free(b->aLex);
  free(b);
}

static int grow(void **pa, uint32_t *pCap, uint32_t n, size_t size){
  if( n < *pCap ) return 0;
  {
    uint32_t cap = *pCap ? 2 * *pCap : 256;
    void *a = realloc(*pa, cap * size);
    if( a==0 ) return -1;
    *pa = a;
    *pCap = cap;
  }
  return 0;
}

/* The index of entity (zId, kind), added if new. */
static int builder_entity(ZbGzBuilder *b, const char *zId, int kind, const char *zName, int source){
  ZbGazetteer *g = b->g;
  uint64_t h = id_hash(zId, kind);
  int i = idmap_get(&g->ids, h);
  ZbGzEntity *e;
  if( i>=0 ){
    e = &g->aEntity[i];
    if( source > e->source ) e->source = (unsigned char)source;
    return i;
  }
  if( grow((void**)&g->aEntity, &b->capEntity, g->nEntity, sizeof(ZbGzEntity)) ) return -1;
  e = &g->aEntity[g->nEntity];
  e->zId = arena_strdup(&g->strings, zId, strlen(zId));
  if( zName==0 && b->base ){
    int j = zb_gz_entity_find(b->base, zId, kind);
    if( j<0 ) j = zb_gz_entity_find(b->base, zId, -1);
    if( j>=0 ) zName = b->base->aEntity[j].zName;
  }
  e->zName = zName ? arena_strdup(&g->strings, zName, strlen(zName)) : 0;
  e->kind = (unsigned char)kind;
  e->source = (unsigned char)source;
  if( e->zId==0 || (zName && e->zName==0) ) return -1;
  if( idmap_put(&g->ids, h, g->nEntity) ) return -1;
  return (int)g->nEntity++;
}

int zb_gz_builder_add(ZbGzBuilder *b, const char *zId, int kind, const char *zName,
                      const char *zAlias, const char *zLang, int source, unsigned flags){
  ZbGazetteer *g = b->g;
  ZbGzAlias *a;
  int iEntity = builder_entity(b, zId, kind, zName, source);
  if( iEntity<0 ){ b->oom = 1; return -1; }
  if( g->aEntity[iEntity].zName==0 ){
    g->aEntity[iEntity].zName = arena_strdup(&g->strings, zAlias, strlen(zAlias));
    if( g->aEntity[iEntity].zName==0 ){ b->oom = 1; return -1; }
  }
  if( grow((void**)&g->aAlias, &b->capAlias, g->nAlias, sizeof(ZbGzAlias)) ){ b->oom = 1; return -1; }
  a = &g->aAlias[g->nAlias];
  a->iEntity = (uint32_t)iEntity;
  a->zAlias = arena_strdup(&g->strings, zAlias, strlen(zAlias));
  a->zLang = arena_strdup(&g->strings, zLang ? zLang : "und", strlen(zLang ? zLang : "und"));
  a->flags = (uint16_t)flags;
  a->nTok = 0;
  if( a->zAlias==0 || a->zLang==0 ){ b->oom = 1; return -1; }
  g->nAlias++;
  return 0;
}

/* Given names and titles: text (static, or copied) and its record. */
static int builder_lex(ZbGzBuilder *b, const char *z, uint32_t rec){
  if( grow((void**)&b->aLex, &b->capLex, b->nLex, sizeof(*b->aLex)) ){ b->oom = 1; return -1; }
  b->aLex[b->nLex].z = z;
  b->aLex[b->nLex].rec = rec;
  b->nLex++;
  return 0;
}

/* The folded tokens of a text and their keys, as the matcher sees them. */
typedef struct TokenKeys {
  uint64_t a[64];
  unsigned char aChars[64];    /* characters of each folded token (up to 255) */
  int n;
  int hasUpper, allUpper, nLetter, arabicFirst;
} TokenKeys;

/* Cuts z into tokens (punctuation included), folds them, drops the
** skipped punctuation, and fills *p with the token keys (at most 64).
** Returns 0, or -1 on OOM. */
static int token_keys(const unsigned char *z, int32_t n, TokenKeys *p, ZbBuf *tmp){
  ZbTokenizer t;
  ZbToken k;
  int32_t i;
  memset(p, 0, sizeof(*p));
  p->allUpper = 1;
  if( zb_tok_init(&t, z, n, ZB_TOK_WITH_PUNCT) ) return -1;
  while( zb_tok_next(&t, &k) ){
    tmp->n = 0;
    if( zb_tok_normalize(z, &k, 0, ZB_LANG_AUTO, tmp) ) return -1;
    if( tmp->n==0 || zb_gz_skipped_punct(tmp->z, tmp->n) ) continue;
    if( p->n==0 ) p->arabicFirst = (k.kind==ZB_TOK_ARABIC);
    if( p->n<64 ){
      int64_t nChar = zb_utf8_chars((const unsigned char*)tmp->z, (int32_t)tmp->n);
      p->aChars[p->n] = (unsigned char)(nChar>255 ? 255 : nChar);
      p->a[p->n++] = zb_token_key(tmp->z, tmp->n);
    }
    for(i=k.iByte; k.kind==ZB_TOK_LATIN && i<k.iByteEnd; ){
      int32_t c = zb_next_cp(z, k.iByteEnd, &i);
      if( u_isUUppercase(c) ){ p->hasUpper = 1; p->nLetter++; }
      else if( u_isULowercase(c) ){ p->allUpper = 0; p->nLetter++; }
    }
  }
  return 0;
}

/* Appends the pairs of one key sequence: its prefixes and itself. */
static int add_pairs(Pair **pa, uint32_t *pn, uint32_t *pCap, const uint64_t *aKey, int nKey,
                     uint32_t rec){
  uint64_t h = ZB_KEY_SEED;
  int i;
  for(i=0; i<nKey; i++){
    if( grow((void**)pa, pCap, *pn, sizeof(Pair)) ) return -1;
    h = zb_key_step(h, aKey[i]);
    (*pa)[*pn].key = h;
    (*pa)[*pn].rec = (i==nKey-1) ? rec : PAIR_PREFIX;
    (*pn)++;
  }
  return 0;
}

/* The Arabic proclitics a first token may carry: و ف ب ل and pairs. */
static const char *const azClitic[] = { "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل", 0 };

/* Adds the keys of an Arabic-script alias with an Arabic proclitic glued
** to its first word (والقدس، بالقدس، للقدس، ولبنان); the matcher uses them
** in text that is not Persian. */
static int add_clitic_pairs(Pair **pa, uint32_t *pn, uint32_t *pCap, const ZbGzAlias *a,
                            TokenKeys *tk, uint32_t rec, ZbBuf *tmp){
  const char *zFirstEnd = a->zAlias;
  size_t nFirst;
  int i;
  while( *zFirstEnd && *zFirstEnd!=' ' ) zFirstEnd++;
  nFirst = (size_t)(zFirstEnd - a->zAlias);
  for(i=0; azClitic[i]; i++){
    const char *zClitic = azClitic[i];
    size_t nClitic = strlen(zClitic);
    int endsWithLam = (nClitic>=2 && memcmp(zClitic + nClitic - 2, "ل", 2)==0);
    int article = nFirst>=4 && memcmp(a->zAlias, "ال", 4)==0;
    ZbBuf word;
    uint64_t first = tk->a[0];
    /* ل before the article: لل (the alef of ال is not written) */
    size_t skip = (endsWithLam && article) ? 2 : 0;
    int nLetters = (int)(nClitic/2) - (skip ? 1 : 0);
    zb_buf_init(&word);
    zb_buf_append(&word, zClitic, nClitic);
    zb_buf_append(&word, a->zAlias + skip, nFirst - skip);
    tmp->n = 0;
    if( word.oom || zb_fold((const unsigned char*)word.z, (int32_t)word.n, tmp) ){
      zb_buf_free(&word);
      return -1;
    }
    zb_buf_free(&word);
    tk->a[0] = zb_token_key(tmp->z, tmp->n);
    if( add_pairs(pa, pn, pCap, tk->a, tk->n, rec | ((uint32_t)(nLetters>3 ? 3 : nLetters) << 28)) ){
      tk->a[0] = first;
      return -1;
    }
    tk->a[0] = first;
  }
  return 0;
}

static const char *const azCldrStop[];

/* True if a one-token key is one of azCldrStop. */
static int is_cldr_stop_key(uint64_t key){
  int i;
  for(i=0; azCldrStop[i]; i++){
    if( key==zb_token_key(azCldrStop[i], strlen(azCldrStop[i])) ) return 1;
  }
  return 0;
}

/* True for the token key of le, la, les, l (l' before a vowel). */
static int is_french_article(uint64_t key){
  static const char *const az[] = { "le", "la", "les", "l" };
  int i;
  for(i=0; i<4; i++) if( key==zb_token_key(az[i], strlen(az[i])) ) return 1;
  return 0;
}

/* Computes the pairs of every alias and lexicon entry. */
static int builder_pairs(ZbGzBuilder *b, Pair **paPair, uint32_t *pnPair){
  ZbGazetteer *g = b->g;
  uint32_t i, capPair = 0;
  TokenKeys tk;
  ZbBuf tmp;
  int rc = 0;
  zb_buf_init(&tmp);
  *paPair = 0;
  *pnPair = 0;
  for(i=0; i<g->nAlias && rc==0; i++){
    ZbGzAlias *a = &g->aAlias[i];
    rc = token_keys((const unsigned char*)a->zAlias, (int32_t)strlen(a->zAlias), &tk, &tmp);
    if( rc || tk.n==0 || tk.n>=64 ) continue;
    a->nTok = (unsigned char)tk.n;
    if( tk.hasUpper ) a->flags |= ZB_GZA_CAPITAL;
    if( tk.hasUpper && tk.allUpper && tk.nLetter<=3 ) a->flags |= ZB_GZA_ALLCAPS;
    rc = add_pairs(paPair, pnPair, &capPair, tk.a, tk.n, (ZB_GZR_ALIAS<<30) | i);
    /* Le Caire is also Caire (au Caire, du Caire); La Réunion is not
    ** réunion */
    if( rc==0 && tk.n>=2 && tk.aChars[1]>=4 && is_french_article(tk.a[0])
     && !(tk.n==2 && is_cldr_stop_key(tk.a[1])) ){
      rc = add_pairs(paPair, pnPair, &capPair, tk.a + 1, tk.n - 1, (ZB_GZR_ALIAS<<30) | i);
    }
    if( rc==0 && tk.arabicFirst ){
      rc = add_clitic_pairs(paPair, pnPair, &capPair, a, &tk, (ZB_GZR_ALIAS<<30) | i, &tmp);
    }
  }
  for(i=0; i<b->nLex && rc==0; i++){
    rc = token_keys((const unsigned char*)b->aLex[i].z, (int32_t)strlen(b->aLex[i].z), &tk, &tmp);
    if( rc==0 && tk.n>0 && tk.n<64 ) rc = add_pairs(paPair, pnPair, &capPair, tk.a, tk.n, b->aLex[i].rec);
  }
  zb_buf_free(&tmp);
  return rc;
}

/* Keeps, among the alias records of one key, those of the best source,
** one per entity (the first added). */
static uint32_t filter_alias_records(const ZbGazetteer *g, uint32_t *a, uint32_t n){
  uint32_t i, j, nOut = 0;
  int best = -1;
  for(i=0; i<n; i++){
    if( ZB_GZR_TYPE(a[i])!=ZB_GZR_ALIAS ) continue;
    {
      int src = g->aEntity[g->aAlias[ZB_GZR_INDEX(a[i])].iEntity].source;
      if( src>best ) best = src;
    }
  }
  for(i=0; i<n; i++){
    int keep = 1;
    if( ZB_GZR_TYPE(a[i])==ZB_GZR_ALIAS ){
      uint32_t e = g->aAlias[ZB_GZR_INDEX(a[i])].iEntity;
      if( g->aEntity[e].source!=best ) keep = 0;
      for(j=0; keep && j<nOut; j++){
        if( ZB_GZR_TYPE(a[j])==ZB_GZR_ALIAS && g->aAlias[ZB_GZR_INDEX(a[j])].iEntity==e ) keep = 0;
      }
    }
    if( keep ) a[nOut++] = a[i];
  }
  return nOut;
}

/* The pairs of one key, chained through Pair.next in the order they came. */
typedef struct PairGroup { uint64_t key; uint32_t iFirst, iLast; } PairGroup;

/* Chains the pairs of each key; aFirst gets the first pair of each key, in
** the order the keys came.  Returns the number of keys, or -1 on OOM. */
static int64_t group_pairs(Pair *aPair, uint32_t nPair, uint32_t *aFirst){
  ZbTable groups;
  uint32_t i, nKey = 0;
  zb_table_init(&groups, sizeof(PairGroup));
  if( zb_table_reserve(&groups, nPair) ) return -1;
  for(i=0; i<nPair; i++){
    int isNew;
    PairGroup *pg = zb_table_insert(&groups, aPair[i].key, &isNew);
    aPair[i].next = PAIR_PREFIX;
    if( isNew ){
      pg->iFirst = i;
      aFirst[nKey++] = i;
    }else{
      aPair[pg->iLast].next = i;
    }
    pg->iLast = i;
  }
  zb_table_free(&groups);
  return nKey;
}

/* The slot of one key: its records (pairs of the chain from iFirst, less
** what filter_alias_records() drops) appended to g->aRec, and its flags. */
static void fill_slot(ZbGazetteer *g, const Pair *aPair, uint32_t iFirst, ZbGzSlot *s){
  uint32_t j, k;
  s->iRec = g->nRec;
  for(j=iFirst; j!=PAIR_PREFIX; j=aPair[j].next){
    if( aPair[j].rec==PAIR_PREFIX ) s->flags |= ZB_GZS_PREFIX;
    else g->aRec[g->nRec++] = aPair[j].rec;
  }
  k = filter_alias_records(g, g->aRec + s->iRec, g->nRec - s->iRec);
  if( k>0xFFFF ) k = 0xFFFF;
  g->nRec = s->iRec + k;
  s->nRec = (uint16_t)k;
  for(k=s->iRec; k<g->nRec; k++){
    uint32_t r = g->aRec[k];
    switch( ZB_GZR_TYPE(r) ){
      case ZB_GZR_ALIAS: s->flags |= ZB_GZS_ALIAS; break;
      case ZB_GZR_NAME:  s->flags |= ZB_GZS_NAME; s->nameFlags |= (unsigned char)ZB_GZR_INDEX(r); break;
      default:
        s->flags |= ZB_GZS_TITLE;
        if( ZB_GZR_INDEX(r) & ZB_GZT_HONORIFIC ) s->flags |= ZB_GZS_HONORIFIC;
        break;
    }
  }
}

/* Lays the pairs out as slots and records, one slot per key. */
static int builder_slots(ZbGazetteer *g, Pair *aPair, uint32_t nPair){
  uint32_t *aFirst = malloc(sizeof(uint32_t)*(nPair ? nPair : 1));   /* first pair of each key */
  int64_t nKey = aFirst ? group_pairs(aPair, nPair, aFirst) : -1;
  int64_t i;
  g->aRec = malloc(sizeof(uint32_t) * (nPair ? nPair : 1));
  if( nKey<0 || g->aRec==0 || zb_table_reserve(&g->slots, (uint32_t)nKey) ){
    free(aFirst);
    return -1;
  }
  for(i=0; i<nKey; i++){
    ZbGzSlot *s = zb_table_insert(&g->slots, aPair[aFirst[i]].key, 0);
    fill_slot(g, aPair, aFirst[i], s);
  }
  free(aFirst);
  return 0;
}

/* Indexes the name_key of every person alias of two words or more, so
** that a name the rules find can be linked to a known person. */
static int builder_person_keys(ZbGazetteer *g){
  ZbBuf key;
  uint32_t i;
  int rc = 0;
  zb_buf_init(&key);
  for(i=0; i<g->nAlias && rc==0; i++){
    const ZbGzAlias *a = &g->aAlias[i];
    uint64_t h;
    int old;
    if( g->aEntity[a->iEntity].kind!=ZB_GZ_PERSON || a->nTok<2 ) continue;
    key.n = 0;
    if( zb_name_key((const unsigned char*)a->zAlias, (int32_t)strlen(a->zAlias), &key) ){ rc = -1; break; }
    if( key.n<4 ) continue;
    h = zb_token_key(key.z, key.n);
    old = idmap_get(&g->personKeys, h);
    if( old<0 ) rc = idmap_put(&g->personKeys, h, a->iEntity);
    else if( (uint32_t)old!=a->iEntity ) rc = idmap_put(&g->personKeys, h, AMBIGUOUS_KEY);
  }
  zb_buf_free(&key);
  return rc;
}

ZbGazetteer *zb_gz_builder_finish(ZbGzBuilder *b){
  ZbGazetteer *g;
  Pair *aPair = 0;
  uint32_t nPair = 0;
  if( b==0 ) return 0;
  if( b->oom || builder_pairs(b, &aPair, &nPair) || builder_slots(b->g, aPair, nPair)
   || builder_person_keys(b->g) ){
    free(aPair);
    zb_gz_builder_free(b);
    return 0;
  }
  free(aPair);
  g = b->g;
  b->g = 0;
  zb_gz_builder_free(b);
  return g;
}

/* ======================================================================
** The default gazetteer: curated data, then CLDR
*/

/* Locales whose country names are loaded besides fa, fa_AF, ar, fr, en.
** Their names are kept only where they cannot be mistaken for words of
** Persian, Arabic, French or English text (extra_name_usable). */
static const char *const aExtraLocale[] = {
  "de", "es", "it", "pt", "nl", "sv", "pl", "ro", "cs", "hu", "tr", "az", "uz", "id", "ms",
  "ru", "uk", "be", "bg", "sr", "el", "he", "hi", "bn", "zh", "ja", "ko", "ka", "hy",
  "ur", "ps", "ckb", "ug", "tg", "kk", "ky", 0
};
static const char *const aCoreLocale[] = { "en", "fr", "fa", "fa_AF", "ar", 0 };

/* CLDR names that are ordinary words of text in the four languages, or
** name something else more often (folded): Mali (مالی "financial"), Benin
** (بنین "sons"), Czechia (چک "cheque"), Algiers in Persian (الجزیره, Al
** Jazeera), Dushanbe (دوشنبه "Monday"), Kyiv (کیف "bag"), Peru (پرو, Dari
** پیرو "following"), Mauritius (موریس, Maurice, Mauricio: first names),
** Mahé (ماهه "-month"), Réunion ("meeting"), Grenada (grenade), Dominica
** (Dominique), Iceland in German (Island), El Salvador (Salvador), Colombia
** in Romanian (Columbia), Granada, Guadalupe, Norfolk, Guiana. */
static const char *const azCldrStop[] = {
  "مالی", "بنین", "چک", "الجزیره", "دوشنبه", "کیف", "پرو", "پیرو", "موریس", "ماهه", "reunion",
  "grenade", "maurice", "dominique", "island", "salvador", "columbia", "granada", "guadalupe",
  "norfolk", "mauricio", "guiana", 0
};
/* Time zones whose exemplar city is a common word, a person's name or a
** word in Persian or Arabic (Wake, Midway, Easter, Darwin, Perth (پرت),
** Chuuk (Arabic ترك), Belem (بلم "boat"), Canary (قناری), Christmas ...); and
** prefixes of zones left out (research stations, counties of US states). */
static const char *const azZoneStop[] = {
  "Pacific/Wake", "Pacific/Midway", "Pacific/Easter", "America/Regina", "America/Nome",
  "Pacific/Chatham", "America/Dawson", "America/Resolute", "America/Thule", "Pacific/Johnston",
  "America/Creston", "Australia/Eucla", "Pacific/Norfolk", "America/Dawson_Creek",
  "America/Swift_Current", "America/Rainy_River", "America/Cambridge_Bay", "Asia/Famagusta",
  "America/Belem", "Asia/Chita", "Asia/Oral", "Atlantic/Canary", "Australia/Currie",
  "Australia/Darwin", "Australia/Lindeman", "Australia/Perth", "Indian/Christmas", "Indian/Mahe",
  "Pacific/Chuuk", "Pacific/Truk", "Pacific/Saipan", "America/Argentina/Jujuy", "Atlantic/Stanley",
  "Europe/Kirov", "Pacific/Wallis", "Australia/Lord_Howe", "Pacific/Gambier", 0
};
static const char *const azZonePrefixStop[] = {
  "Antarctica/", "Arctic/", "Etc/", "America/Indiana/", "America/Kentucky/",
  "America/North_Dakota/", 0
};

static int in_list(const char *const *az, const char *z){
  int i;
  for(i=0; az[i]; i++) if( strcmp(az[i], z)==0 ) return 1;
  return 0;
}

/* The UTF-8 of a UTF-16 string, in buf (NUL-terminated); NULL on error. */
static const char *utf8_of(const UChar *u, int32_t n, char *buf, int32_t cap){
  UErrorCode err = U_ZERO_ERROR;
  int32_t nOut;
  u_strToUTF8(buf, cap, &nOut, u, n, &err);
  return U_SUCCESS(err) && nOut<cap ? buf : 0;
}

typedef struct CldrLoader {
  ZbGzBuilder *b;
  ZbTable curatedPlaces;       /* IdEntry: key of a curated place alias → entity */
  ZbTable seen;                /* IdEntry: (entity, alias) already added from CLDR */
  ZbBuf tmp;
  const char *const *aIso;     /* uloc_getISOCountries() */
  int nIso;
  short aIsoIndex[26*26];      /* 'AB' → index in aIso, or -1 */
  char azEnName[300][96];      /* the English name of each ISO region */
} CldrLoader;

static int script_of_first_letter(const char *z){
  int32_t i = 0, n = (int32_t)strlen(z);
  while( i<n ){
    int32_t c = zb_next_cp((const unsigned char*)z, n, &i);
    if( u_isalpha(c) ){
      UErrorCode err = U_ZERO_ERROR;
      return uscript_getScript(c, &err);
    }
  }
  return USCRIPT_COMMON;
}

/* Whether a country name of an extra locale may be used: any script but
** Latin and Arabic cannot be confused with words of our four languages;
** a Latin name needs six letters or more (Oma, Fas, Cad, Ira, Gana ...
** are words), an Arabic-script one four or more and must not be a
** Persian word. */
static int extra_name_usable(const char *z, ZbBuf *tmp){
  int script = script_of_first_letter(z);
  int64_t nChar;
  tmp->n = 0;
  if( zb_fold((const unsigned char*)z, (int32_t)strlen(z), tmp) ) return 0;
  nChar = zb_utf8_chars((const unsigned char*)tmp->z, (int32_t)tmp->n);
  if( script==USCRIPT_LATIN ) return nChar>=6;
  if( script==USCRIPT_ARABIC ){
    return nChar>=4 && !zb_fa_is_word(tmp->z, (int)tmp->n);
  }
  return 1;
}

static int cldr_stopped(const char *z, ZbBuf *tmp){
  tmp->n = 0;
  if( zb_fold((const unsigned char*)z, (int32_t)strlen(z), tmp) ) return 1;
  zb_buf_putc(tmp, 0);
  return tmp->oom || in_list(azCldrStop, tmp->z);
}

static int iso_index(const CldrLoader *p, const char *zKey){
  if( zKey[0]<'A' || zKey[0]>'Z' || zKey[1]<'A' || zKey[1]>'Z' || zKey[2] ) return -1;
  return p->aIsoIndex[(zKey[0]-'A')*26 + (zKey[1]-'A')];
}

/* Adds a CLDR alias unless the entity already has it (the same name in
** several languages is listed once, with the first). */
static int add_cldr_alias(CldrLoader *p, const char *zId, const char *zName, const char *zAlias,
                          const char *zLocale, int source){
  uint64_t h = zb_key_step(zb_token_key(zId, strlen(zId)), zb_token_key(zAlias, strlen(zAlias)));
  if( idmap_get(&p->seen, h)>=0 || cldr_stopped(zAlias, &p->tmp) ) return 0;
  if( idmap_put(&p->seen, h, 0) ) return -1;
  return zb_gz_builder_add(p->b, zId, ZB_GZ_PLACE, zName, zAlias, zLocale, source, 0);
}

/* Adds a country name, and the part before " (" of a name such as
** "Myanmar (Burma)". */
static int add_country_name(CldrLoader *p, int iIso, const char *zName, const char *zLocale){
  char zId[16];
  const char *zParen = strstr(zName, " (");
  snprintf(zId, sizeof(zId), "country:%s", p->aIso[iIso]);
  if( add_cldr_alias(p, zId, p->azEnName[iIso], zName, zLocale, ZB_GZ_SRC_CLDR_COUNTRY) ) return -1;
  if( zParen ){
    char zShort[300];
    size_t n = (size_t)(zParen - zName);
    if( n>=sizeof(zShort) ) return 0;
    memcpy(zShort, zName, n);
    zShort[n] = 0;
    return add_country_name(p, iIso, zShort, zLocale);
  }
  return 0;
}

/* Reads the Countries tables (and their short and variant forms) of one
** locale's region bundle. */
static int load_countries(CldrLoader *p, const char *zLocale, int extra){
  static const char *const azTable[] = { "Countries", "Countries%short", "Countries%variant", 0 };
  UErrorCode err = U_ZERO_ERROR;
  UResourceBundle *rb = ures_open(U_ICUDATA_NAME "-region", zLocale, &err);
  int t, rc = 0;
  if( U_FAILURE(err) ) return 0;                /* no such bundle: nothing */
  for(t=0; azTable[t] && rc==0; t++){
    UErrorCode e2 = U_ZERO_ERROR;
    UResourceBundle *tab = ures_getByKey(rb, azTable[t], 0, &e2);
    while( U_SUCCESS(e2) && rc==0 && ures_hasNext(tab) ){
      const char *zKey;
      int32_t n;
      char buf[300];
      UErrorCode e3 = U_ZERO_ERROR;
      const UChar *u = ures_getNextString(tab, &n, &zKey, &e3);
      const char *zName;
      int iIso;
      if( U_FAILURE(e3) || (iIso = iso_index(p, zKey))<0 ) continue;
      if( (zName = utf8_of(u, n, buf, sizeof(buf)))==0 ) continue;
      if( extra && !extra_name_usable(zName, &p->tmp) ) continue;
      rc = add_country_name(p, iIso, zName, zLocale);
    }
    ures_close(tab);
  }
  ures_close(rb);
  return rc;
}

/* The ISO regions, and their English names (ICU's en display names: the
** names the curated data uses for countries). */
static void load_regions(CldrLoader *p){
  int i;
  p->aIso = (const char *const *)uloc_getISOCountries();
  memset(p->aIsoIndex, 0xFF, sizeof(p->aIsoIndex));
  for(p->nIso=0; p->aIso[p->nIso] && p->nIso<300; p->nIso++){
    const char *z = p->aIso[p->nIso];
    if( z[0]>='A' && z[0]<='Z' && z[1]>='A' && z[1]<='Z' && z[2]==0 ){
      p->aIsoIndex[(z[0]-'A')*26 + (z[1]-'A')] = (short)p->nIso;
    }
  }
  for(i=0; i<p->nIso; i++){
    UChar u[96];
    UErrorCode err = U_ZERO_ERROR;
    char zLoc[8];
    int32_t n;
    snprintf(zLoc, sizeof(zLoc), "und_%s", p->aIso[i]);
    n = uloc_getDisplayCountry(zLoc, "en", u, 96, &err);
    if( U_FAILURE(err) || utf8_of(u, n, p->azEnName[i], 96)==0 ){
      snprintf(p->azEnName[i], 96, "%s", p->aIso[i]);
    }
  }
}

/* The exemplar city of a zone in a locale's zone bundle (zoneStrings,
** key "Asia:Tehran"), or NULL. */
static const char *zone_exemplar(UResourceBundle *zs, const char *zZoneKey, char *buf, int cap){
  UErrorCode err = U_ZERO_ERROR;
  UResourceBundle *z;
  const char *zOut = 0;
  if( zs==0 ) return 0;
  z = ures_getByKey(zs, zZoneKey, 0, &err);
  if( U_SUCCESS(err) ){
    int32_t n;
    const UChar *u = ures_getStringByKey(z, "ec", &n, &err);
    if( U_SUCCESS(err) ) zOut = utf8_of(u, n, buf, cap);
  }
  ures_close(z);
  return zOut;
}

/* 'tehran' from 'Tehran', 'buenos-aires' from 'Buenos Aires': lower-case
** ASCII and hyphens, as the curated ids are made. */
static void slug_of(const char *zName, char *zOut, size_t cap, ZbBuf *tmp){
  size_t i, j = 0;
  int dash = 0;
  tmp->n = 0;
  zb_fold((const unsigned char*)zName, (int32_t)strlen(zName), tmp);
  for(i=0; i<tmp->n && j+2<cap; i++){
    char c = tmp->z[i];
    if( (c>='a' && c<='z') || (c>='0' && c<='9') ){
      if( dash && j ) zOut[j++] = '-';
      zOut[j++] = c;
      dash = 0;
    }else{
      dash = 1;
    }
  }
  zOut[j] = 0;
}

/* The full key of a text, 0 if it has no token. */
static uint64_t text_key(const char *z, ZbBuf *tmp){
  TokenKeys tk;
  uint64_t h = ZB_KEY_SEED;
  int i;
  if( token_keys((const unsigned char*)z, (int32_t)strlen(z), &tk, tmp) || tk.n==0 ) return 0;
  for(i=0; i<tk.n; i++) h = zb_key_step(h, tk.a[i]);
  return h;
}

/* Maps the keys of the curated place and facility aliases to their
** entities, so that a city CLDR names too gets the curated id. */
static int map_curated_places(CldrLoader *p){
  const ZbGazetteer *g = p->b->g;
  uint32_t i;
  for(i=0; i<g->nAlias; i++){
    const ZbGzEntity *e = &g->aEntity[g->aAlias[i].iEntity];
    uint64_t h;
    if( e->kind!=ZB_GZ_PLACE && e->kind!=ZB_GZ_FACILITY ) continue;
    if( (h = text_key(g->aAlias[i].zAlias, &p->tmp))!=0
     && idmap_get(&p->curatedPlaces, h)<0
     && idmap_put(&p->curatedPlaces, h, g->aAlias[i].iEntity) ) return -1;
  }
  return 0;
}

static int zone_excluded(const char *zZone){
  int i;
  for(i=0; azZonePrefixStop[i]; i++){
    if( strncmp(zZone, azZonePrefixStop[i], strlen(azZonePrefixStop[i]))==0 ) return 1;
  }
  return in_list(azZoneStop, zZone);
}

/* Adds the exemplar city of one canonical zone of region iIso, in en, fr,
** fa, fa_AF and ar; aZs are the zoneStrings of en, root, fr, fa, fa_AF, ar. */
static int add_zone_city(CldrLoader *p, const char *zZone, int iIso, UResourceBundle **aZs){
  static const char *const azLoc[] = { "fr", "fa", "fa_AF", "ar" };
  char zKey[64], zEn[128], buf[300], zId[160], zSlug[96];
  const char *zName;
  int i, iCurated;
  uint64_t h;
  if( zone_excluded(zZone) || strlen(zZone)>=sizeof(zKey) ) return 0;
  for(i=0; zZone[i]; i++) zKey[i] = zZone[i]=='/' ? ':' : zZone[i];
  zKey[i] = 0;
  /* English: en's or root's exemplar, else the zone id's last part */
  if( zone_exemplar(aZs[0], zKey, zEn, sizeof(zEn))==0
   && zone_exemplar(aZs[1], zKey, zEn, sizeof(zEn))==0 ){
    const char *zLast = strrchr(zZone, '/');
    snprintf(zEn, sizeof(zEn), "%s", zLast ? zLast+1 : zZone);
    for(i=0; zEn[i]; i++) if( zEn[i]=='_' ) zEn[i] = ' ';
  }
  if( strchr(zEn, ',') ) return 0;
  h = text_key(zEn, &p->tmp);
  iCurated = h ? idmap_get(&p->curatedPlaces, h) : -1;
  if( iCurated>=0 ){
    snprintf(zId, sizeof(zId), "%s", p->b->g->aEntity[iCurated].zId);
  }else{
    slug_of(zEn, zSlug, sizeof(zSlug), &p->tmp);
    snprintf(zId, sizeof(zId), "place:%s:%s", p->aIso[iIso], zSlug);
  }
  if( add_cldr_alias(p, zId, zEn, zEn, "en", ZB_GZ_SRC_CLDR_CITY) ) return -1;
  for(i=0; i<4; i++){
    if( (zName = zone_exemplar(aZs[i+2], zKey, buf, sizeof(buf)))==0 ) continue;
    if( add_cldr_alias(p, zId, zEn, zName, azLoc[i], ZB_GZ_SRC_CLDR_CITY) ) return -1;
  }
  return 0;
}

/* The region of every zone, from ICU's zoneinfo64 data (its Names and
** Regions arrays); NULL if ICU has no such data. */
static UResourceBundle *open_zone_regions(UResourceBundle **pNames, UResourceBundle **pRegions){
  UErrorCode err = U_ZERO_ERROR;
  UResourceBundle *rb = ures_openDirect(0, "zoneinfo64", &err);
  *pNames = ures_getByKey(rb, "Names", 0, &err);
  *pRegions = ures_getByKey(rb, "Regions", 0, &err);
  if( U_FAILURE(err) || ures_getSize(*pNames)!=ures_getSize(*pRegions) ){
    ures_close(*pNames); ures_close(*pRegions); ures_close(rb);
    *pNames = *pRegions = 0;
    return 0;
  }
  return rb;
}

/* Adds the exemplar cities of the canonical location zones.  Their regions
** come from zoneinfo64 (one pass); without it, from one enumeration per
** region, which is slower. */
static int load_cities(CldrLoader *p, UResourceBundle **aZs){
  UResourceBundle *names, *regions, *rb = open_zone_regions(&names, &regions);
  int rc = 0, i, n = rb ? ures_getSize(names) : 0;
  ZbTable zoneRegion;
  UErrorCode err = U_ZERO_ERROR;
  UEnumeration *en;
  const char *zZone;
  zb_table_init(&zoneRegion, sizeof(IdEntry));
  for(i=0; i<n && rc==0; i++){
    int32_t nName, nRegion;
    char zName[64], zRegion[8];
    UErrorCode e2 = U_ZERO_ERROR;
    const UChar *uName = ures_getStringByIndex(names, i, &nName, &e2);
    const UChar *uRegion = ures_getStringByIndex(regions, i, &nRegion, &e2);
    int iIso;
    if( U_FAILURE(e2) || !utf8_of(uName, nName, zName, 64) || !utf8_of(uRegion, nRegion, zRegion, 8) ) continue;
    if( (iIso = iso_index(p, zRegion))>=0 ){
      rc = idmap_put(&zoneRegion, zb_token_key(zName, strlen(zName)), (uint32_t)iIso);
    }
  }
  ures_close(names); ures_close(regions); ures_close(rb);
  if( rc==0 && rb ){
    en = ucal_openTimeZoneIDEnumeration(UCAL_ZONE_TYPE_CANONICAL_LOCATION, 0, 0, &err);
    while( rc==0 && U_SUCCESS(err) && (zZone = uenum_next(en, 0, &err))!=0 ){
      int iIso = idmap_get(&zoneRegion, zb_token_key(zZone, strlen(zZone)));
      if( iIso>=0 ) rc = add_zone_city(p, zZone, iIso, aZs);
    }
    uenum_close(en);
  }else{
    for(i=0; i<p->nIso && rc==0; i++){
      err = U_ZERO_ERROR;
      en = ucal_openTimeZoneIDEnumeration(UCAL_ZONE_TYPE_CANONICAL_LOCATION, p->aIso[i], 0, &err);
      while( rc==0 && U_SUCCESS(err) && (zZone = uenum_next(en, 0, &err))!=0 ){
        rc = add_zone_city(p, zZone, i, aZs);
      }
      uenum_close(en);
    }
  }
  zb_table_free(&zoneRegion);
  return rc;
}

static int load_cldr(CldrLoader *p){
  static const char *const azZoneLoc[] = { "en", "root", "fr", "fa", "fa_AF", "ar" };
  UResourceBundle *aZs[6], *aRb[6];
  int i, rc;
  load_regions(p);
  rc = map_curated_places(p);
  for(i=0; aCoreLocale[i] && rc==0; i++) rc = load_countries(p, aCoreLocale[i], 0);
  for(i=0; aExtraLocale[i] && rc==0; i++) rc = load_countries(p, aExtraLocale[i], 1);
  for(i=0; i<6; i++){
    UErrorCode err = U_ZERO_ERROR;
    aRb[i] = ures_open(U_ICUDATA_NAME "-zone", azZoneLoc[i], &err);
    aZs[i] = U_SUCCESS(err) ? ures_getByKey(aRb[i], "zoneStrings", 0, &err) : 0;
    if( U_FAILURE(err) ){ ures_close(aZs[i]); aZs[i] = 0; }
  }
  if( rc==0 ) rc = load_cities(p, aZs);
  for(i=0; i<6; i++){ ures_close(aZs[i]); ures_close(aRb[i]); }
  return rc;
}

/* Adds the compiled-in curated entities, given names and titles. */
static int add_curated(ZbGzBuilder *b){
  int i;
  for(i=0; i<zb_gz_n_alias_rows; i++){
    const ZbGzAliasRow *a = &zb_gz_alias_rows[i];
    const ZbGzEntityRow *e = &zb_gz_entity_rows[a->entity];
    if( zb_gz_builder_add(b, zb_gz_pool + e->id, e->kind, zb_gz_pool + e->name,
                          zb_gz_pool + a->alias, zb_lang_code((ZbLang)a->lang), ZB_GZ_SRC_CURATED, a->flags) ){
      return -1;
    }
  }
  for(i=0; i<zb_gz_n_name_rows; i++){
    const ZbGzNameRow *r = &zb_gz_name_rows[i];
    if( builder_lex(b, zb_gz_pool + r->name, (ZB_GZR_NAME<<30) | r->flags) ) return -1;
  }
  for(i=0; i<zb_gz_n_title_rows; i++){
    const ZbGzTitleRow *r = &zb_gz_title_rows[i];
    if( builder_lex(b, zb_gz_pool + r->title, (ZB_GZR_TITLE<<30) | (r->honorific ? ZB_GZT_HONORIFIC : 0)) ){
      return -1;
    }
  }
  return 0;
}

static struct {
  pthread_once_t once;
  ZbGazetteer *g;
  const char *zErr;
} gDefault = { PTHREAD_ONCE_INIT, 0, 0 };

static void build_default(void){
  ZbGzBuilder *b = zb_gz_builder_new();
  CldrLoader *p = calloc(1, sizeof(*p));
  int rc = (b && p) ? add_curated(b) : -1;
  if( rc==0 ){
    p->b = b;
    zb_table_init(&p->curatedPlaces, sizeof(IdEntry));
    zb_table_init(&p->seen, sizeof(IdEntry));
    zb_buf_init(&p->tmp);
    rc = load_cldr(p);
    zb_buf_free(&p->tmp);
    zb_table_free(&p->curatedPlaces);
    zb_table_free(&p->seen);
  }
  free(p);
  if( rc ){
    zb_gz_builder_free(b);
    b = 0;
  }
  gDefault.g = zb_gz_builder_finish(b);
  if( gDefault.g==0 ) gDefault.zErr = "out of memory";
}

const ZbGazetteer *zb_gazetteer_default(const char **pzErr){
  pthread_once(&gDefault.once, build_default);
  if( pzErr ) *pzErr = gDefault.zErr;
  return gDefault.g;
}

/* ======================================================================
** SQL: the user table zaban_gazetteer, cached per connection
**
** A user gazetteer is shared by the connection's cache and by the cursors
** that read it: each holds a reference, and the last one frees it, so a
** rebuild never pulls the gazetteer from under an open cursor.  All the
** references belong to one connection, which runs one call at a time: the
** count needs no lock.
*/

typedef struct UserGazetteer {
  ZbGazetteer *g;
  int nRef;
} UserGazetteer;

typedef struct ZbGzUserCache {
  int nTable;                  /* tables that share the cache */
  UserGazetteer *pUser;        /* NULL: no rows */
  int valid;                   /* the fields below describe pUser */
  int inTransaction;           /* pUser was read inside a transaction */
  int reading;                 /* the rows are being read now */
  unsigned int dataVersion;
  sqlite3_int64 totalChanges;
  uint64_t contentHash;
} ZbGzUserCache;

static void user_release(UserGazetteer *p){
  if( p && --p->nRef==0 ){
    zb_gazetteer_free(p->g);
    free(p);
  }
}

static void user_cache_release(void *p){
  ZbGzUserCache *c = (ZbGzUserCache*)p;
  if( c && --c->nTable==0 ){
    user_release(c->pUser);
    free(c);
  }
}

/* Makes g (NULL: none) the cache's gazetteer; frees g on OOM. */
static int user_cache_set(ZbGzUserCache *c, ZbGazetteer *g){
  UserGazetteer *p = 0;
  if( g ){
    p = malloc(sizeof(*p));
    if( p==0 ){ zb_gazetteer_free(g); return SQLITE_NOMEM; }
    p->g = g;
    p->nRef = 1;
  }
  user_release(c->pUser);
  c->pUser = p;
  return SQLITE_OK;
}

static const char *type_name(int type){
  switch( type ){
    case SQLITE_INTEGER: return "an integer";
    case SQLITE_FLOAT:   return "a real";
    case SQLITE_BLOB:    return "a blob";
    case SQLITE_NULL:    return "NULL";
    default:             return "text";
  }
}

/* True if the text has a letter or a digit: an alias without one (spaces,
** punctuation, ZWNJ) would never match. */
static int has_letter_or_digit(const char *z){
  int32_t i = 0, n = (int32_t)strlen(z);
  while( i<n ){
    if( u_isalnum(zb_next_cp((const unsigned char*)z, n, &i)) ) return 1;
  }
  return 0;
}

/* Checks one row (columns rowid?, entity, kind, name, alias, lang, whose
** types before any conversion are aType) and adds it; on a bad row
** returns SQLITE_ERROR with a message naming it. */
static int add_user_row(ZbGzBuilder *b, sqlite3_stmt *pStmt, const int *aType, int hasRowid,
                        sqlite3_int64 iRow, char **pzErr){
  static const char *const azCol[] = { "entity", "kind", "name", "alias", "lang" };
  static const int aRequired[] = { 1, 1, 0, 1, 0 };
  enum { COL_ENTITY, COL_KIND, COL_NAME, COL_ALIAS, COL_LANG };
  const char *az[5];
  char zRow[64];
  int i, kind;
  /* a column of the user's named rowid hides the rowid: if it is not an
  ** integer, the row is named by its number */
  if( hasRowid && aType[0]==SQLITE_INTEGER ){
    sqlite3_snprintf(sizeof(zRow), zRow, "rowid %lld", sqlite3_column_int64(pStmt, 0));
  }else{
    sqlite3_snprintf(sizeof(zRow), zRow, "row %lld", iRow);   /* a view, WITHOUT ROWID */
  }
  for(i=0; i<5; i++){
    int type = aType[i + hasRowid];
    az[i] = (const char*)sqlite3_column_text(pStmt, i + hasRowid);
    if( type==SQLITE_NULL && !aRequired[i] ){ az[i] = 0; continue; }
    if( type!=SQLITE_TEXT ){
      *pzErr = sqlite3_mprintf("zaban_gazetteer %s: %s is %s; it must be text%s", zRow, azCol[i],
                               type_name(type), aRequired[i] ? "" : " or NULL");
      return SQLITE_ERROR;
    }
    if( az[i]==0 ) return SQLITE_NOMEM;
    if( aRequired[i] && az[i][0]==0 ){
      *pzErr = sqlite3_mprintf("zaban_gazetteer %s: %s is empty", zRow, azCol[i]);
      return SQLITE_ERROR;
    }
  }
  if( !has_letter_or_digit(az[COL_ALIAS]) ){
    *pzErr = sqlite3_mprintf("zaban_gazetteer %s: alias '%s' has no letter or digit", zRow,
                             az[COL_ALIAS]);
    return SQLITE_ERROR;
  }
  kind = zb_gz_kind_from_name(az[COL_KIND], (int)strlen(az[COL_KIND]));
  if( kind<0 ){
    *pzErr = sqlite3_mprintf("zaban_gazetteer %s: kind '%s' is not one of person, org, place, "
                             "facility, event, demonym", zRow, az[COL_KIND]);
    return SQLITE_ERROR;
  }
  if( zb_gz_builder_add(b, az[COL_ENTITY], kind, az[COL_NAME], az[COL_ALIAS], az[COL_LANG],
                        ZB_GZ_SRC_USER, 0) ){
    return SQLITE_NOMEM;
  }
  return SQLITE_OK;
}

/* Prepares the query of the user table: *pHasRowid tells whether it reads
** the rowid (not for a view or a WITHOUT ROWID table).  SQLITE_OK with
** *ppStmt NULL if there is no such table. */
static int prepare_user_query(sqlite3 *db, sqlite3_stmt **ppStmt, int *pHasRowid, char **pzErr){
  static const char *const azSql[] = {
    "SELECT rowid, entity, kind, name, alias, lang FROM main.zaban_gazetteer",
    "SELECT entity, kind, name, alias, lang FROM main.zaban_gazetteer",
  };
  int i, rc = SQLITE_ERROR;
  *ppStmt = 0;
  for(i=0; i<2; i++){
    rc = sqlite3_prepare_v2(db, azSql[i], -1, ppStmt, 0);
    if( rc==SQLITE_OK ){ *pHasRowid = (i==0); return SQLITE_OK; }
    if( strncmp(sqlite3_errmsg(db), "no such table", 13)==0 ) return SQLITE_OK;
  }
  *pzErr = sqlite3_mprintf("zaban_gazetteer: %s (the table needs the columns entity, kind, "
                           "name, alias, lang)", sqlite3_errmsg(db));
  return rc;
}

/* The hash of one row's values (types included), as read before any
** conversion: the rows hash alike only if they would build alike. */
static uint64_t hash_row(uint64_t h, sqlite3_stmt *pStmt, int nCol, int *aType){
  int i;
  for(i=0; i<nCol; i++){
    const char *z;
    aType[i] = sqlite3_column_type(pStmt, i);
    z = (const char*)sqlite3_column_text(pStmt, i);
    h = zb_key_step(h, (uint64_t)aType[i]);
    h = zb_key_step(h, z ? zb_token_key(z, (size_t)sqlite3_column_bytes(pStmt, i)) : 0);
  }
  return h;
}

/* Steps pStmt to its end.  Hashes the rows into *pHash; with a builder b,
** also checks and adds each row.  *pnRow gets the number of rows. */
static int read_user_rows(sqlite3_stmt *pStmt, int hasRowid, ZbGzBuilder *b, uint64_t *pHash,
                          sqlite3_int64 *pnRow, char **pzErr){
  int aType[6];
  int nCol = sqlite3_column_count(pStmt), rc;
  sqlite3_int64 iRow = 0;
  if( nCol>6 ) nCol = 6;
  *pHash = ZB_KEY_SEED;
  while( (rc = sqlite3_step(pStmt))==SQLITE_ROW ){
    iRow++;
    *pHash = hash_row(*pHash, pStmt, nCol, aType);
    if( b && (rc = add_user_row(b, pStmt, aType, hasRowid, iRow, pzErr))!=SQLITE_OK ) return rc;
  }
  *pnRow = iRow;
  return rc==SQLITE_DONE ? SQLITE_OK : rc;
}

/* Reads the rows again into a new gazetteer (NULL for no rows). */
static int build_user(sqlite3_stmt *pStmt, int hasRowid, ZbGazetteer **ppG, uint64_t *pHash,
                      char **pzErr){
  ZbGzBuilder *b = zb_gz_builder_new();
  sqlite3_int64 nRow;
  const char *zDefaultErr;
  int rc;
  *ppG = 0;
  if( b==0 ) return SQLITE_NOMEM;
  zb_gz_builder_base(b, zb_gazetteer_default(&zDefaultErr));
  rc = read_user_rows(pStmt, hasRowid, b, pHash, &nRow, pzErr);
  if( rc!=SQLITE_OK || nRow==0 ){
    zb_gz_builder_free(b);
    return rc;
  }
  *ppG = zb_gz_builder_finish(b);
  return *ppG ? SQLITE_OK : SQLITE_NOMEM;
}

/* Reads the user table and, if its rows are not those the cache was
** built from, builds the gazetteer again: a first pass only hashes the
** rows (the common case: nothing changed), a second one builds. */
static int reload_user(ZbGzUserCache *c, sqlite3 *db, char **pzErr){
  sqlite3_stmt *pStmt;
  ZbGazetteer *g = 0;
  uint64_t h;
  sqlite3_int64 nRow;
  int hasRowid = 0, rc;
  rc = prepare_user_query(db, &pStmt, &hasRowid, pzErr);
  if( rc!=SQLITE_OK ) return rc;
  if( pStmt==0 ){                      /* no table: no user gazetteer */
    c->contentHash = 0;
    return user_cache_set(c, 0);
  }
  rc = read_user_rows(pStmt, hasRowid, 0, &h, &nRow, pzErr);
  if( rc==SQLITE_OK && (c->contentHash==0 || h!=c->contentHash) ){
    sqlite3_reset(pStmt);
    c->contentHash = 0;
    rc = build_user(pStmt, hasRowid, &g, &h, pzErr);
    if( rc==SQLITE_OK && (rc = user_cache_set(c, g))==SQLITE_OK ) c->contentHash = h;
  }
  if( rc!=SQLITE_OK && rc!=SQLITE_NOMEM && *pzErr==0 ){
    *pzErr = sqlite3_mprintf("zaban_gazetteer: %s", sqlite3_errmsg(db));
  }
  sqlite3_finalize(pStmt);
  return rc;
}

/* Whether the user table may have changed since the cache read it
** (gazetteer.h). */
static int user_may_have_changed(const ZbGzUserCache *c, sqlite3 *db, unsigned int *pDataVersion){
  *pDataVersion = 0;
  if( sqlite3_file_control(db, "main", SQLITE_FCNTL_DATA_VERSION, pDataVersion)!=SQLITE_OK ){
    return 1;                          /* cannot tell: read the table each time */
  }
  /* inside a transaction (or just after one: a rollback moves neither
  ** counter) the rows are read again each time; rebuilt only if changed */
  return !c->valid || c->inTransaction || !sqlite3_get_autocommit(db)
      || c->dataVersion!=*pDataVersion || c->totalChanges!=sqlite3_total_changes64(db);
}

/* A new reference to the user gazetteer as it is now, in *ppUser (NULL:
** none); rows read again only when the database may have changed. */
static int user_get(ZbGzUserCache *c, sqlite3 *db, UserGazetteer **ppUser, char **pzErr){
  unsigned int dataVersion;
  int rc;
  *ppUser = 0;
  *pzErr = 0;
  if( c->reading ){
    /* a view named zaban_gazetteer that reads entities() or gazetteer:
    ** reading it would read it again, without end */
    *pzErr = sqlite3_mprintf("zaban_gazetteer cannot read entities() or gazetteer, "
                             "which read zaban_gazetteer");
    return SQLITE_ERROR;
  }
  if( user_may_have_changed(c, db, &dataVersion) ){
    c->valid = 0;
    c->reading = 1;
    rc = reload_user(c, db, pzErr);
    c->reading = 0;
    if( rc!=SQLITE_OK ) return rc;
    c->valid = 1;
    c->inTransaction = !sqlite3_get_autocommit(db);
    c->dataVersion = dataVersion;
    c->totalChanges = sqlite3_total_changes64(db);
  }
  if( c->pUser ) c->pUser->nRef++;
  *ppUser = c->pUser;
  return SQLITE_OK;
}

/* ----------------------------------------------------------------------
** The tables that read the user gazetteer (gazetteer() below, entities())
** share this connect and register: the connection's cache is the module's
** pAux, one for all of them.
*/

typedef struct GzVtab {
  sqlite3_vtab base;
  sqlite3 *db;
  ZbGzUserCache *cache;
} GzVtab;

int zb_gz_vtab_connect(sqlite3 *db, void *pAux, const char *zSchema, sqlite3_vtab **ppVtab){
  GzVtab *p;
  int rc = sqlite3_declare_vtab(db, zSchema);
  if( rc!=SQLITE_OK ) return rc;
  p = sqlite3_malloc(sizeof(*p));
  if( p==0 ) return SQLITE_NOMEM;
  memset(p, 0, sizeof(*p));
  p->db = db;
  p->cache = (ZbGzUserCache*)pAux;
  /* Not SQLITE_VTAB_INNOCUOUS: the rows depend on a table of the user's
  ** database (zaban_gazetteer, which may be a view running any SQL), so
  ** the views and triggers of an untrusted schema may not use them. */
  *ppVtab = &p->base;
  return SQLITE_OK;
}

int zb_gz_vtab_disconnect(sqlite3_vtab *pVtab){
  sqlite3_free(pVtab);
  return SQLITE_OK;
}

int zb_gz_hold_user(sqlite3_vtab *pVtab, ZbGzHold *pHold){
  GzVtab *p = (GzVtab*)pVtab;
  UserGazetteer *pUser = 0;
  char *zErr = 0;
  int rc;
  if( pHold->held ) return SQLITE_OK;
  rc = user_get(p->cache, p->db, &pUser, &zErr);
  if( zErr ){
    sqlite3_free(pVtab->zErrMsg);
    pVtab->zErrMsg = zErr;
  }
  if( rc!=SQLITE_OK ) return rc;
  pHold->held = 1;
  pHold->pOwner = pUser;
  pHold->g = pUser ? pUser->g : 0;
  return SQLITE_OK;
}

void zb_gz_release_user(ZbGzHold *pHold){
  user_release((UserGazetteer*)pHold->pOwner);
  memset(pHold, 0, sizeof(*pHold));
}

int zb_gz_register_tables(sqlite3 *db, const char *const *azName,
                          const sqlite3_module *const *apModule, int n, char **pzErrMsg){
  ZbGzUserCache *c = calloc(1, sizeof(ZbGzUserCache));
  int i, rc = SQLITE_OK;
  if( c==0 ) return SQLITE_NOMEM;
  c->nTable = 1;                       /* ours, until the tables hold theirs */
  for(i=0; i<n && rc==SQLITE_OK; i++){
    c->nTable++;                       /* released by SQLite, even on failure */
    rc = sqlite3_create_module_v2(db, azName[i], apModule[i], c, user_cache_release);
    if( rc!=SQLITE_OK && pzErrMsg ){
      *pzErrMsg = sqlite3_mprintf("zaban: cannot register %s: %s", azName[i], sqlite3_errmsg(db));
    }
  }
  user_cache_release(c);
  return rc;
}

/* ----------------------------------------------------------------------
** The `gazetteer` table: every alias of the default gazetteer, then those
** of the user table.
*/

enum { GZ_ENTITY, GZ_KIND, GZ_NAME, GZ_ALIAS, GZ_LANG, GZ_SOURCE };

typedef struct GzCursor {
  sqlite3_vtab_cursor base;
  ZbGzHold user;               /* the user gazetteer, taken at the first xFilter */
  const ZbGazetteer *aG[2];    /* default, user */
  int iG;                      /* which one the row is from; 2 at the end */
  int iAlias;
  char *zEntity;               /* the entity = constraint, or NULL */
  sqlite3_int64 iRowid;
} GzCursor;

static int gzConnect(sqlite3 *db, void *pAux, int argc, const char *const *argv,
                     sqlite3_vtab **ppVtab, char **pzErr){
  return zb_gz_vtab_connect(db, pAux,
      "CREATE TABLE x(entity TEXT, kind TEXT, name TEXT, alias TEXT, lang TEXT, source TEXT)", ppVtab);
}

static int gzOpen(sqlite3_vtab *p, sqlite3_vtab_cursor **ppCursor){
  GzCursor *c = sqlite3_malloc(sizeof(*c));
  if( c==0 ) return SQLITE_NOMEM;
  memset(c, 0, sizeof(*c));
  c->iG = 2;
  *ppCursor = &c->base;
  return SQLITE_OK;
}

static int gzClose(sqlite3_vtab_cursor *cur){
  GzCursor *c = (GzCursor*)cur;
  zb_gz_release_user(&c->user);
  sqlite3_free(c->zEntity);
  sqlite3_free(c);
  return SQLITE_OK;
}

static const ZbGzAlias *gz_row_alias(const GzCursor *c){
  return zb_gz_alias(c->aG[c->iG], (uint32_t)c->iAlias);
}

static const ZbGzEntity *gz_row_entity(const GzCursor *c){
  return zb_gz_entity(c->aG[c->iG], gz_row_alias(c)->iEntity);
}

static int gzEof(sqlite3_vtab_cursor *cur){
  return ((GzCursor*)cur)->iG>=2;
}

/* Moves to the alias at or after (iG, iAlias) that fits the constraint. */
static void gz_settle(GzCursor *c){
  for(;;){
    while( c->iG<2 && c->iAlias>=zb_gz_alias_count(c->aG[c->iG]) ){ c->iG++; c->iAlias = 0; }
    if( c->iG>=2 ) return;
    if( c->zEntity==0 || strcmp(gz_row_entity(c)->zId, c->zEntity)==0 ) return;
    c->iAlias++;
  }
}

static int gzNext(sqlite3_vtab_cursor *cur){
  GzCursor *c = (GzCursor*)cur;
  c->iRowid++;
  c->iAlias++;
  gz_settle(c);
  return SQLITE_OK;
}

static int gzFilter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr,
                    int argc, sqlite3_value **argv){
  GzCursor *c = (GzCursor*)cur;
  const char *zErr = 0;
  int rc;
  sqlite3_free(c->zEntity);
  c->zEntity = 0;
  c->iRowid = 1;
  c->iG = 2;
  if( idxNum==1 ){
    const unsigned char *z = sqlite3_value_text(argv[0]);
    if( z==0 ) return sqlite3_value_type(argv[0])==SQLITE_NULL ? SQLITE_OK : SQLITE_NOMEM;
    c->zEntity = sqlite3_mprintf("%s", z);
    if( c->zEntity==0 ) return SQLITE_NOMEM;
  }
  c->aG[0] = zb_gazetteer_default(&zErr);
  if( c->aG[0]==0 ){
    cur->pVtab->zErrMsg = sqlite3_mprintf("gazetteer: %s", zErr ? zErr : "cannot be built");
    return SQLITE_ERROR;
  }
  rc = zb_gz_hold_user(cur->pVtab, &c->user);
  if( rc!=SQLITE_OK ) return rc;
  c->aG[1] = c->user.g;
  c->iG = 0;
  c->iAlias = 0;
  gz_settle(c);
  return SQLITE_OK;
}

static int gzColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int i){
  GzCursor *c = (GzCursor*)cur;
  const ZbGzAlias *a = gz_row_alias(c);
  const ZbGzEntity *e = gz_row_entity(c);
  const char *z;
  switch( i ){
    case GZ_ENTITY: z = e->zId; break;
    case GZ_KIND:   z = zb_gz_kind_name(e->kind); break;
    case GZ_NAME:   z = e->zName; break;
    case GZ_ALIAS:  z = a->zAlias; break;
    case GZ_LANG:   z = a->zLang; break;
    default:        z = c->iG==1 ? "user" : "gazetteer"; break;
  }
  sqlite3_result_text(ctx, z, -1, SQLITE_TRANSIENT);
  return SQLITE_OK;
}

static int gzRowid(sqlite3_vtab_cursor *cur, sqlite_int64 *pRowid){
  *pRowid = ((GzCursor*)cur)->iRowid;
  return SQLITE_OK;
}

/* An equality constraint on entity is used (and checked here); anything
** else is left to SQLite. */
static int gzBestIndex(sqlite3_vtab *tab, sqlite3_index_info *p){
  int i;
  p->idxNum = 0;
  p->estimatedCost = 100000;
  p->estimatedRows = 100000;
  for(i=0; i<p->nConstraint; i++){
    const struct sqlite3_index_constraint *pc = &p->aConstraint[i];
    if( pc->usable && pc->iColumn==GZ_ENTITY && pc->op==SQLITE_INDEX_CONSTRAINT_EQ
     && sqlite3_stricmp(sqlite3_vtab_collation(p, i), "BINARY")==0 ){
      p->aConstraintUsage[i].argvIndex = 1;
      p->aConstraintUsage[i].omit = 1;
      p->idxNum = 1;
      p->estimatedCost = 1000;
      p->estimatedRows = 50;
      break;
    }
  }
  return SQLITE_OK;
}

static sqlite3_module gazetteerModule = {
  0,                  /* iVersion */
  0,                  /* xCreate: eponymous only */
  gzConnect, gzBestIndex, zb_gz_vtab_disconnect, 0,
  gzOpen, gzClose, gzFilter, gzNext, gzEof,
  gzColumn, gzRowid,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
};

const sqlite3_module *zb_gazetteer_module(void){
  return &gazetteerModule;
}
