/*
** ent_memory.c — the text's memory, a finder of entities()
** (entities_int.h): the entities a text has mentioned (they settle an
** alias two entities share), and the short forms it has given names:
** after a person's full name its last words (Taha, Ibrahim Taha, Al Thani)
** and a middle word that is not a given name (Bagheri of Ali Bagheri
** Kani); after an organization, place or facility the acronym in
** parentheses that spells it (OIC).  A short form found again is a mention
** of the same entity, source 'rule'.
**
**   SELECT surface, entity, source FROM entities(
**     'Hussein Ibrahim Taha met the Organization of Islamic Cooperation (OIC). Taha said the OIC ...');
**   -- ... Taha|person:hissein-brahim-taha|rule   OIC|org:oic|gazetteer ...
**
** A short form two entities of the text share names neither.
*/
#include "entities_int.h"

/* An entity id the text has mentioned, by its key. */
typedef struct SeenId { uint64_t key; } SeenId;

/* What a text says about a name it has given: a short form and what it
** stands for. */
typedef struct Memo {
  uint64_t key;                /* sequence key (util.h) */
  int prefix;                  /* a longer short form starts with this */
  int64_t iEntity, iName;      /* offsets into aMemoStr; -1: none (a prefix only), -2: ambiguous */
  int kind;
  int needCapital;             /* written in Latin letters: the text must have a capital */
} Memo;
#define MEMO_NONE      (-1)
#define MEMO_AMBIGUOUS (-2)

int zb_ent_memory_init(ZbEntMemory *m){
  zb_table_init(&m->memo, sizeof(Memo));
  zb_table_init(&m->seen, sizeof(SeenId));
  zb_buf_init(&m->aMemoStr);
  return 0;
}

void zb_ent_memory_free(ZbEntMemory *m){
  zb_table_free(&m->memo);
  zb_table_free(&m->seen);
  zb_buf_free(&m->aMemoStr);
}

static uint64_t str_key(const char *z){
  return zb_token_key(z, strlen(z));
}

void zb_ent_seen_add(ZbEntities *p, const char *zEntity){
  zb_table_insert(&p->mem.seen, str_key(zEntity), 0);   /* only a hint: no harm if lost */
}

int zb_ent_seen(const ZbEntities *p, const char *zEntity){
  return zb_table_find(&p->mem.seen, str_key(zEntity))!=0;
}

/* The memo of a key: the one there, or a new one; NULL on OOM. */
static Memo *memo_insert(ZbEntMemory *mem, uint64_t key){
  int isNew;
  Memo *m = zb_table_insert(&mem->memo, key, &isNew);
  if( m && isNew ) m->iEntity = m->iName = MEMO_NONE;
  return m;
}

/* Remembers that the tokens aTok[0..n) (word tokens) name an entity.  A
** short form already linked to another entity becomes ambiguous. */
static void memo_add(ZbEntities *p, const int64_t *aTok, int n, const char *zEntity,
                     const char *zName, int kind){
  ZbEntMemory *mem = &p->mem;
  uint64_t h = ZB_KEY_SEED;
  int k, needCapital = 0;
  Memo *m = 0;
  for(k=0; k<n; k++){
    Tok *t = zb_ent_tok(p, aTok[k]);
    if( t==0 ) return;
    if( t->t.kind==ZB_TOK_LATIN ) needCapital = 1;
    h = zb_key_step(h, t->key);
    if( (m = memo_insert(mem, h))==0 ) return;
    if( k<n-1 ) m->prefix = 1;
  }
  if( m->iEntity>=0 ){
    if( strcmp(mem->aMemoStr.z + m->iEntity, zEntity)!=0 ) m->iEntity = MEMO_AMBIGUOUS;
    return;
  }
  if( m->iEntity==MEMO_AMBIGUOUS ) return;
  m->iEntity = zb_ent_str_add(&mem->aMemoStr, zEntity);
  m->iName = zb_ent_str_add(&mem->aMemoStr, zName);
  m->kind = kind;
  m->needCapital = needCapital;
}

/* The longest short form of the text's memory starting at the step's
** token. */
int zb_ent_memory_propose(ZbEntities *p, const ZbStep *s, ZbCandidates *pOut){
  const ZbEntMemory *mem = &p->mem;
  uint64_t h = ZB_KEY_SEED;
  int64_t j = s->i, iLast = -1;
  const Memo *best = 0;
  int n = 0;
  Tok *t;
  if( mem->memo.n==0 ) return 0;
  while( (t = zb_ent_tok(p, j))!=0 && zb_ent_is_word(t) && n<ZB_ENT_NAME_WORDS ){
    const Memo *m;
    h = zb_key_step(h, t->key);
    if( (m = zb_table_find(&mem->memo, h))==0 ) break;
    if( m->iEntity>=0 ){
      int hasUpper, allUpper;
      zb_ent_span_case(p, s->i, j, &hasUpper, &allUpper);
      if( !m->needCapital || hasUpper ){
        best = m;
        iLast = j;
      }
    }
    if( !m->prefix ) break;
    n++;
    if( (j = zb_ent_next_unsoft(p, j))<0 ) break;
  }
  if( best ){
    ZbCandidate *c = zb_ent_cand_new(pOut, ZB_CAND_MENTION, s->i, iLast);
    if( c ){
      c->kind = best->kind;
      c->source = ZB_ENT_SRC_RULE;
      c->zEntity = mem->aMemoStr.z + best->iEntity;
      c->zName = mem->aMemoStr.z + best->iName;
    }
  }
  return 0;
}

/* The word tokens of [iFirst, iLast], at most NAME_WORDS. */
#define NAME_WORDS 8
static int span_words(ZbEntities *p, int64_t iFirst, int64_t iLast, int64_t *aWord){
  int64_t k;
  int n = 0;
  for(k=iFirst; k<=iLast && n<NAME_WORDS; k++){
    Tok *t = zb_ent_tok(p, k);
    if( t && zb_ent_is_word(t) ) aWord[n++] = k;
  }
  return n;
}

/* After a person's full name (tokens [iFirst, iLast]), its last word, last
** two and last three (Abdollahian, Ibrahim Taha, Al Thani) name the same
** person in the rest of the text, and so does a middle word that is not a
** given name (Bagheri of Ali Bagheri Kani); a rule's name also keeps its
** full form. */
void zb_ent_remember_person(ZbEntities *p, const char *zEntity, const char *zName,
                            int64_t iFirst, int64_t iLast, int fromRule){
  int64_t aWord[NAME_WORDS];
  int n = span_words(p, iFirst, iLast, aWord), len;
  for(len=1; len<n && len<=3; len++){
    Tok *t = zb_ent_tok(p, aWord[n-len]);
    if( t==0 || (zb_ent_wflags(p, t) & (GW_PARTICLE|GW_STOP)) ) continue;
    if( len==1 && t->t.iCharEnd - t->t.iChar < (t->t.kind==ZB_TOK_ARABIC ? 2 : 3) ) continue;
    memo_add(p, aWord + n - len, len, zEntity, zName, ZB_ENT_PERSON);
  }
  for(len=1; len<n-1; len++){
    Tok *t = zb_ent_tok(p, aWord[len]);
    if( t==0 || (zb_ent_wflags(p, t) & (GW_PARTICLE|GW_STOP)) || zb_ent_is_given_name(p, t) ) continue;
    if( t->t.iCharEnd - t->t.iChar < 4 || zb_ent_is_title_at(p, aWord[len]) ) continue;
    memo_add(p, aWord + len, 1, zEntity, zName, ZB_ENT_PERSON);
  }
  if( fromRule && n>=2 ) memo_add(p, aWord, n, zEntity, zName, ZB_ENT_PERSON);
}

/* The one-token short form at token i (an acronym) names what c names. */
void zb_ent_remember_short_form(ZbEntities *p, int64_t i, const ZbCandidate *c){
  memo_add(p, &i, 1, c->zEntity, c->zName, c->kind);
}

/* After a named entity c that is not a person, an acronym in parentheses
** that spells its words (or that the gazetteer gives it) is a mention of it
** too: 1 with it in *pAcronym (its tokens: the parentheses included), or 0. */
int zb_ent_acronym_after(ZbEntities *p, const ZbCandidate *c, ZbCandidate *pAcronym){
  int64_t iAcro = c->iLast + 2;
  Tok *open = zb_ent_tok(p, c->iLast+1), *acro = zb_ent_tok(p, iAcro), *close = zb_ent_tok(p, iAcro+1);
  ZbCandidate known;
  int source = ZB_ENT_SRC_RULE;
  if( open==0 || acro==0 || close==0 || zb_win_punct(open)!='(' || zb_win_punct(close)!=')' ) return 0;
  if( acro->t.kind!=ZB_TOK_LATIN || !acro->allCaps || acro->nLetter>10 ) return 0;
  if( c->kind==ZB_ENT_PERSON || c->kind>ZB_ENT_DEMONYM ) return 0;
  zb_ent_gz_match(p, iAcro, &known, 0);
  if( known.iLast==iAcro && strcmp(known.zEntity, c->zEntity)==0 ){
    source = known.source;
  }else if( !zb_ent_initials_match(p, c->iFirst, c->iLast, acro) ){
    return 0;
  }
  *pAcronym = *c;
  pAcronym->iFirst = pAcronym->iLast = iAcro;
  pAcronym->source = source;
  pAcronym->nSkipChars = 0;
  return 1;
}
