/*
** gazetteer.c — the gazetteer entities() matches text against (gazetteer.h):
** its lookup, the walk along a text's tokens, and the builder that makes a
** gazetteer from entities and aliases (the default one, gazetteer_default.c;
** a user's, gazetteer_user.c).
**
** No SQL function of its own; it is what makes, in SQL,
**
**   SELECT entity FROM entities('Lors d''un appel avec l''OCI, au Caire');
**   -- org:oic  (OCI: an alias)     place:EG:cairo  (Caire: Le Caire without its article)
**
** An alias is cut by the one tokenizer (with punctuation), each token folded
** (fold()) and keyed (util.h); skipped punctuation (- ' . ·) is dropped.  The
** keys of the alias and of each of its prefixes go into one hash table of
** slots (gazetteer_int.h), so that a walk along the text finds, token by
** token, whether a longer alias may still match and which ones end there.
*/
#include "gazetteer_int.h"
#include "name_key.h"
#include "normalize.h"
#include "tokenize.h"

#include <limits.h>
#include <stdlib.h>
#include <unicode/uchar.h>

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

/* Strings live in blocks that never move, of ARENA_BLOCK bytes or of one
** longer string. */
#define ARENA_BLOCK 65536
typedef struct ArenaBlock { struct ArenaBlock *pNext; size_t n, cap; char a[]; } ArenaBlock;
typedef struct Arena { ArenaBlock *pHead; size_t bytes; } Arena;


static const char *arena_strdup(Arena *p, const char *z, size_t n){
  ArenaBlock *b = p->pHead;
  char *zOut;
  if( b==0 || b->cap - b->n < n + 1 ){
    size_t cap = n + 1 > ARENA_BLOCK ? n + 1 : ARENA_BLOCK;
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

const ZbGazetteer *zb_gz_builder_so_far(const ZbGzBuilder *b){ return b->g; }

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
int zb_gz_builder_lex(ZbGzBuilder *b, const char *z, uint32_t rec){
  if( grow((void**)&b->aLex, &b->capLex, b->nLex, sizeof(*b->aLex)) ){ b->oom = 1; return -1; }
  b->aLex[b->nLex].z = z;
  b->aLex[b->nLex].rec = rec;
  b->nLex++;
  return 0;
}

/* The folded tokens of a text and their keys, as the matcher sees them.
** An alias, name or title of ALIAS_TOKENS tokens or more is not looked
** for (none is near that long). */
#define ALIAS_TOKENS 64
_Static_assert(ALIAS_TOKENS - 1 <= UCHAR_MAX, "ZbGzAlias.nTok holds the tokens of an alias");
typedef struct TokenKeys {
  uint64_t a[ALIAS_TOKENS];
  unsigned char aChars[ALIAS_TOKENS];   /* characters of each folded token (up to 255) */
  int n;
  int hasUpper, allUpper, nLetter, arabicFirst;
} TokenKeys;

/* Cuts z into tokens (punctuation included), folds them, drops the
** skipped punctuation, and fills *p with the token keys (at most ALIAS_TOKENS).
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
    if( zb_tok_fold(z, &k, tmp) ) return -1;
    if( tmp->n==0 || zb_gz_skipped_punct(tmp->z, tmp->n) ) continue;
    if( p->n==0 ) p->arabicFirst = (k.kind==ZB_TOK_ARABIC);
    if( p->n<ALIAS_TOKENS ){
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

/* The full key of a text, 0 if it has no token. */
uint64_t zb_gz_text_key(const char *z, ZbBuf *tmp){
  TokenKeys tk;
  uint64_t h = ZB_KEY_SEED;
  int i;
  if( token_keys((const unsigned char*)z, (int32_t)strlen(z), &tk, tmp) || tk.n==0 ) return 0;
  for(i=0; i<tk.n; i++) h = zb_key_step(h, tk.a[i]);
  return h;
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
    if( add_pairs(pa, pn, pCap, tk->a, tk->n, rec | ZB_GZR_WITH_CLITICS(nLetters>3 ? 3 : nLetters)) ){
      tk->a[0] = first;
      return -1;
    }
    tk->a[0] = first;
  }
  return 0;
}

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
/* True if a one-token key is one of azCldrStop. */
static int is_cldr_stop_key(uint64_t key){
  int i;
  for(i=0; azCldrStop[i]; i++){
    if( key==zb_token_key(azCldrStop[i], strlen(azCldrStop[i])) ) return 1;
  }
  return 0;
}

int zb_gz_common_word(const char *zFolded){
  int i;
  for(i=0; azCldrStop[i]; i++) if( strcmp(azCldrStop[i], zFolded)==0 ) return 1;
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
    if( rc || tk.n==0 || tk.n>=ALIAS_TOKENS ) continue;
    a->nTok = (unsigned char)tk.n;
    if( tk.hasUpper ) a->flags |= ZB_GZA_CAPITAL;
    if( tk.hasUpper && tk.allUpper && tk.nLetter<=3 ) a->flags |= ZB_GZA_ALLCAPS;
    rc = add_pairs(paPair, pnPair, &capPair, tk.a, tk.n, ZB_GZR_RECORD(ZB_GZR_ALIAS, i));
    /* Le Caire is also Caire (au Caire, du Caire); La Réunion is not
    ** réunion */
    if( rc==0 && tk.n>=2 && tk.aChars[1]>=4 && is_french_article(tk.a[0])
     && !(tk.n==2 && is_cldr_stop_key(tk.a[1])) ){
      rc = add_pairs(paPair, pnPair, &capPair, tk.a + 1, tk.n - 1, ZB_GZR_RECORD(ZB_GZR_ALIAS, i));
    }
    if( rc==0 && tk.arabicFirst ){
      rc = add_clitic_pairs(paPair, pnPair, &capPair, a, &tk, ZB_GZR_RECORD(ZB_GZR_ALIAS, i), &tmp);
    }
  }
  for(i=0; i<b->nLex && rc==0; i++){
    rc = token_keys((const unsigned char*)b->aLex[i].z, (int32_t)strlen(b->aLex[i].z), &tk, &tmp);
    if( rc==0 && tk.n>0 && tk.n<ALIAS_TOKENS ) rc = add_pairs(paPair, pnPair, &capPair, tk.a, tk.n, b->aLex[i].rec);
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
