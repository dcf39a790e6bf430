/*
** ent_gazetteer.c — the gazetteer finder of entities() (entities_int.h):
** the aliases of the default and the user's gazetteers that start at a
** token, the longest whose conditions hold, and the titles after which a
** name may follow; and what the other finders ask of the gazetteer (is
** this a title, a given name, a place; which known person has this
** name_key).
**
**   SELECT surface, entity FROM entities('والقدس و Téhéran');
**   -- القدس|place:ZZ:jerusalem    Téhéran|place:IR:tehran
**   SELECT surface FROM entities('وزیر امور خارجه عراقچی گفت');
**   -- عراقچی  (وزیر امور خارجه: a title; a name follows)
**
** One walk of each gazetteer per token (gazetteer.h: ZbGzWalk), begun when
** the token entered the window (EntTok.aStart), gives both the aliases and
** the titles that end at each token after it.
*/
#include "entities_int.h"
#include "name_key.h"

static int alias_fits_lang(unsigned flags, ZbEntities *p){
  unsigned only = flags & ZB_GZA_ONLY_MASK;
  return only==0 || only==ZB_GZA_ONLY(zb_ent_lang(p));
}

/* Chooses the entity the aliases that end where walk w stands name for
** tokens [i, j]: the aliases whose conditions hold (language, capitals);
** among several entities, the one the text has already mentioned;
** otherwise none (ambiguous). */
#define GZ_ENTITIES 8     /* entities one span may name that are told apart */
static int gz_resolve(ZbEntities *p, int g, const ZbGzWalk *w, int64_t i, int64_t j,
                      ZbCandidate *pOut){
  const ZbGzEntity *aEntity[GZ_ENTITIES];
  int aClitic[GZ_ENTITIES];
  int nEntity = 0, hasUpper, allUpper, k, l, iPick = -1;
  ZbGzHit hit;
  zb_ent_span_case(p, i, j, &hasUpper, &allUpper);
  for(k=0; zb_gz_walk_alias(w, k, &hit); k++){
    const ZbGzAlias *a = hit.pAlias;
    if( !alias_fits_lang(a->flags, p) ) continue;
    if( (a->flags & ZB_GZA_CAPITAL) && !hasUpper ) continue;
    if( (a->flags & ZB_GZA_ALLCAPS) && !allUpper ) continue;
    if( hit.nClitic && zb_ent_lang(p)==ZB_LANG_FA ) continue;
    /* one id with two kinds (سورية: Syria, or the Arabic demonym): the place */
    for(l=0; l<nEntity && strcmp(aEntity[l]->zId, hit.pEntity->zId)!=0; l++){}
    if( l<nEntity && aEntity[l]->kind==ZB_GZ_DEMONYM ){
      aEntity[l] = hit.pEntity;
      aClitic[l] = hit.nClitic;
      continue;
    }
    if( l==nEntity && nEntity<GZ_ENTITIES ){
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
      if( zb_ent_seen(p, aEntity[l]->zId) ){
        if( iPick>=0 ) return 0;       /* several were mentioned */
        iPick = l;
      }
    }
    if( iPick<0 ) return 0;
  }
  memset(pOut, 0, sizeof(*pOut));
  pOut->type = ZB_CAND_MENTION;
  pOut->iFirst = i;
  pOut->iLast = j;
  pOut->kind = aEntity[iPick]->kind;
  pOut->source = g==1 ? ZB_ENT_SRC_USER : ZB_ENT_SRC_GAZETTEER;
  pOut->zEntity = aEntity[iPick]->zId;
  pOut->zName = aEntity[iPick]->zName;
  pOut->nSkipChars = aClitic[iPick];
  return 1;
}

/* What a walk of the gazetteers from one token finds: the longest alias
** match (the user's gazetteer wins a tie) and the longest title. */
typedef struct GzFound {
  int g;                       /* the gazetteer being walked */
  ZbCandidate *pBest;          /* may be NULL: titles only */
  Title *pTitle;               /* may be NULL: aliases only */
} GzFound;

static void gz_found(ZbEntities *p, GzFound *f, const ZbGzWalk *w, int64_t i, int64_t j){
  unsigned ends = zb_gz_walk_ends(w);
  if( f->pBest && (ends & ZB_GZ_ENDS_ALIAS)
   && (j > f->pBest->iLast || (j==f->pBest->iLast && f->g==1)) ){
    ZbCandidate c;
    if( gz_resolve(p, f->g, w, i, j, &c) ) *f->pBest = c;
  }
  if( f->pTitle && f->g==0 && (ends & ZB_GZ_ENDS_TITLE) ){
    f->pTitle->iLast = j;
    f->pTitle->honorific = (ends & ZB_GZ_ENDS_HONORIFIC)!=0;
  }
}

/* Walks gazetteer f->g along the tokens from i (skipped punctuation
** passed over), telling gz_found() of each sequence that ends something. */
static void gz_walk(ZbEntities *p, int64_t i, GzFound *f){
  Tok *t = zb_ent_tok(p, i);
  ZbGzWalk w;
  int64_t j = i;
  if( t==0 ) return;
  w = zb_ent_note(p, t)->aStart[f->g];
  while( w.pSlot ){
    gz_found(p, f, &w, i, j);
    if( !zb_gz_walk_goes_on(&w) ) break;
    if( (j = zb_ent_next_unsoft(p, j))<0 || (t = zb_ent_tok(p, j))==0 ) break;
    zb_gz_walk_step(&w, t->key);
  }
}

/* Short Latin titles (Mr, Dr, M., Gen.) need their capital. */
static int may_be_title(const Tok *t){
  return !(t->t.kind==ZB_TOK_LATIN && t->nLetter<=3 && !t->capital);
}

/* The longest gazetteer match starting at token i, in *pBest (iLast < i:
** none), and, if pTitle is not NULL, the longest title there (iLast -1:
** none): one walk of each gazetteer. */
void zb_ent_gz_match(ZbEntities *p, int64_t i, ZbCandidate *pBest, Title *pTitle){
  Tok *t = zb_ent_tok(p, i);
  GzFound f;
  pBest->iFirst = i;
  pBest->iLast = i - 1;                /* none, until gz_resolve() fills it */
  if( pTitle ) pTitle->iLast = -1;
  f.pBest = pBest;
  f.pTitle = (t && may_be_title(t)) ? pTitle : 0;
  for(f.g=0; f.g<2; f.g++) gz_walk(p, i, &f);
}

int zb_ent_is_title_at(ZbEntities *p, int64_t i){
  Tok *t = zb_ent_tok(p, i);
  Title title;
  GzFound f;
  title.iLast = -1;
  if( t==0 || !may_be_title(t) ) return 0;
  f.g = 0;
  f.pBest = 0;
  f.pTitle = &title;
  gz_walk(p, i, &f);
  return title.iLast>=0;
}

int zb_ent_is_given_name(const ZbEntities *p, const Tok *t){
  return (zb_gz_walk_ends(&zb_ent_note(p, t)->aStart[0]) & ZB_GZ_ENDS_NAME)!=0;
}

/* The ZB_GZN_* flags of a given name (0 for a word that is none). */
unsigned zb_ent_given_name_flags(const ZbEntities *p, const Tok *t){
  return zb_ent_is_given_name(p, t) ? zb_gz_walk_name_flags(&zb_ent_note(p, t)->aStart[0]) : 0;
}

/* True if the token alone is an alias of something that is not a person
** (a place, a demonym, an organization ...). */
int zb_ent_names_non_person(const ZbEntities *p, const Tok *t){
  ZbGzHit hit;
  int g, k;
  for(g=0; g<2; g++){
    for(k=0; zb_gz_walk_alias(&zb_ent_note(p, t)->aStart[g], k, &hit); k++){
      if( hit.pEntity->kind!=ZB_GZ_PERSON ) return 1;
    }
  }
  return 0;
}

/* True if the token alone is first of all a demonym (Iranian, French). */
int zb_ent_is_demonym(const ZbEntities *p, const Tok *t){
  ZbGzHit hit;
  return zb_gz_walk_alias(&zb_ent_note(p, t)->aStart[0], 0, &hit)
      && hit.pEntity->kind==ZB_GZ_DEMONYM;
}

/* True if a folded word, without its final ی or یی, is a given name or a
** gazetteer alias: the nisba of a name or a place (باقری، رضایی، نجفی،
** تهرانی), as Persian surnames are made; همتای (همتا + ی) is not. */
int zb_ent_is_nisba(ZbEntities *p, const Fold *f){
  int32_t n = f->n;
  ZbGzWalk w;
  if( n<6 || memcmp(f->z + n - 2, "\xDB\x8C", 2)!=0 ) return 0;
  n -= 2;
  if( n>=6 && memcmp(f->z + n - 2, "\xDB\x8C", 2)==0 ) n -= 2;     /* رضایی */
  zb_gz_walk_begin(&w, p->aG[0], zb_token_key(f->z, (size_t)n));
  return (zb_gz_walk_ends(&w) & (ZB_GZ_ENDS_NAME|ZB_GZ_ENDS_ALIAS))!=0;
}

/* The entity of a name the rules found in tokens [iFirst, iLast]: for a
** person, a known one whose alias has the same name_key (user gazetteer
** first); else 'name:' + name_key, named as written (the strings in b).
** Returns 1, 0 (no key: not a name), -1 on OOM. */
int zb_ent_rule_entity(ZbEntities *p, int64_t iFirst, int64_t iLast, int person, ZbBuf *b,
                       const char **pzEntity, const char **pzName){
  Tok *a = zb_ent_tok(p, iFirst), *z = zb_ent_tok(p, iLast);
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
      *pzEntity = zb_gz_entity(p->aG[g], (uint32_t)e)->zId;
      *pzName = zb_gz_entity(p->aG[g], (uint32_t)e)->zName;
      return 1;
    }
  }
  zb_buf_putc(b, 0);
  {
    size_t iName = b->n;
    zb_buf_append(b, p->z + a->t.iByte, (size_t)(z->t.iByteEnd - a->t.iByte));
    zb_buf_putc(b, 0);
    if( b->oom ) return -1;
    *pzEntity = b->z;
    *pzName = b->z + iName;
  }
  return 1;
}

/* The aliases and the title that start at the step's token. */
int zb_ent_gazetteer_propose(ZbEntities *p, const ZbStep *s, ZbCandidates *pOut){
  ZbCandidate best, *c;
  Title title;
  zb_ent_gz_match(p, s->i, &best, &title);
  if( best.iLast>=s->i && (c = zb_ent_cand_new(pOut, ZB_CAND_MENTION, s->i, best.iLast))!=0 ){
    best.iFinder = c->iFinder;
    *c = best;
  }
  if( title.iLast>=0 && (c = zb_ent_cand_new(pOut, ZB_CAND_TITLE, s->i, title.iLast))!=0 ){
    c->honorific = title.honorific;
  }
  return 0;
}

/* True if only white space stands between tokens i and j = i+1. */
static int touching_by_space(ZbEntities *p, int64_t i, int64_t j){
  Tok *a = zb_ent_tok(p, i), *b = zb_ent_tok(p, j);
  int32_t k;
  if( a==0 || b==0 ) return 0;
  for(k=a->t.iByteEnd; k<b->t.iByte; k++) if( p->z[k]!=' ' ) return 0;
  return 1;
}

/* A known person's name, chosen, goes on over the Arabic family names
** written after the gazetteer's form (الشيخ مشعل الأحمد + الجابر الصباح):
** words with the article that are not function words, titles or other
** entities. */
void zb_ent_gazetteer_chosen(ZbEntities *p, ZbCandidate *c){
  Fold fold;
  int n = 0;
  if( c->kind!=ZB_ENT_PERSON ) return;
  while( n<3 ){
    Tok *t = zb_ent_tok(p, c->iLast+1);
    if( t==0 || t->t.kind!=ZB_TOK_ARABIC || !touching_by_space(p, c->iLast, c->iLast+1) ) break;
    if( (zb_ent_wflags(p, t) & (GW_STOP|GW_PARTICLE)) || t->t.iCharEnd - t->t.iChar < 4 ) break;
    if( zb_ent_is_title_at(p, c->iLast+1) || zb_ent_names_non_person(p, t)
     || zb_ent_is_given_name(p, t) ) break;
    if( zb_ent_fold(p, t, &fold) || !zb_ent_has_article(&fold) ) break;
    c->iLast++;
    n++;
  }
}
