/*
** ent_person.c — the person finder of entities() (entities_int.h): names
** of people no gazetteer needs to know, after a title (وزیر امور خارجه,
** Foreign Minister, M., آقای) or a given name (sql/entity_rules/).
**
**   SELECT surface, entity FROM entities('Le ministre, Karim Benali, a parlé');
**   -- Karim Benali|name:krymbnly
**   SELECT surface FROM entities('آقای کمالوندی گفت');      -- کمالوندی
**
** In Latin script: capitalized words and the particles between them (al-,
** bin, Abu).  In Arabic script: given names and particles, then at most one
** surname (a word with the article, a word the Persian lexicon does not
** know, a nisba, a word with زاده, پور … written apart).  A name no
** gazetteer knows gets 'name:' + name_key; one whose name_key is a known
** person's gets that person's id (ent_gazetteer.c).
*/
#include "entities_int.h"
#include "fa_lexicon.h"
#include "fa_stem.h"

/* A personal name in Latin script at token i: capitalized words and the
** particles between them (al-, bin, Abu ...).  Returns the number of
** capitalized words (0: none) and the last token in *piLast. */
static int latin_name_span(ZbEntities *p, int64_t i, int64_t *piLast){
  int64_t j = i, k;
  int nCap = 0, nWord = 0;
  *piLast = -1;
  while( nWord<ZB_ENT_NAME_WORDS ){
    Tok *t = zb_ent_tok(p, j);
    uint32_t f;
    if( t==0 || t->t.kind!=ZB_TOK_LATIN ) break;
    f = zb_ent_wflags(p, t);
    if( t->capital && !t->allCaps && !(f & (GW_STOP|GW_CALENDAR|GW_GENERIC|GW_ORG_KW|GW_FAC_KW|GW_PLACE_KW))
     && (nWord==0 || !zb_ent_is_title_at(p, j)) && !zb_ent_names_non_person(p, t) ){
      nCap++;
      *piLast = j;
    }else if( !(nWord>0 && (f & GW_PARTICLE)) ){
      break;
    }
    nWord++;
    k = zb_ent_next_unsoft(p, j);
    if( k<0 || !zb_ent_joined_by_soft(p, j, k) ) break;
    j = k;
  }
  return nCap;
}

/* A person named in Latin script at the step's token: after a title, any
** name; else a given name and at least one more capitalized word (a given
** name that is a common word not at the start of a sentence, or with two
** more).  The last token of the name, or -1. */
static int64_t latin_person(ZbEntities *p, const ZbStep *s){
  const Tok *t = s->t;
  int64_t iLast;
  int nCap;
  if( zb_ent_is_title_at(p, s->i) ) return -1;
  nCap = latin_name_span(p, s->i, &iLast);
  if( nCap==0 ) return -1;
  if( !s->nameCtx ){
    if( !zb_ent_is_given_name(p, t) || nCap<2 ) return -1;
    if( (zb_ent_given_name_flags(p, t) & ZB_GZN_WORD) && t->sentenceStart && nCap<3 ) return -1;
  }
  return iLast;
}

/* True if a given name is also a common word in this text's language. */
static int name_is_word(unsigned nf, ZbEntities *p){
  return (nf & ZB_GZN_WORD) || ((nf & ZB_GZN_WORD_AR) && zb_ent_lang(p)==ZB_LANG_AR)
      || ((nf & ZB_GZN_WORD_FA) && zb_ent_lang(p)==ZB_LANG_FA);
}

static int is_surname_end(ZbEntities *p, const Tok *t){
  return t && t->t.kind==ZB_TOK_ARABIC && (zb_ent_wflags(p, t) & GW_SURNAME_END);
}

/* Whether an Arabic-script word can be a surname here: a family name with
** the article (الصباح); in a text that is not Arabic, also a word the
** Persian lexicon does not know, even without a suffix (همتای is همتا +
** ی) unless it follows an honorific (آقای) or a given name that is not a
** word, a nisba, or a word followed by زاده, پور ... written apart.
** (After an office, معاون اقتصادی, an adjective is likelier.) */
static int surname_candidate(ZbEntities *p, int64_t j, int afterName){
  Tok *t = zb_ent_tok(p, j);
  Fold fold;
  if( t==0 || t->t.kind!=ZB_TOK_ARABIC || t->t.iCharEnd - t->t.iChar < 2 ) return 0;
  if( zb_ent_wflags(p, t) & (GW_STOP|GW_NUM|GW_CURRENCY|GW_CALENDAR|GW_PERCENT) ) return 0;
  if( zb_ent_is_title_at(p, j) || zb_ent_names_non_person(p, t) ) return 0;
  if( zb_ent_fold(p, t, &fold) ) return 0;
  if( zb_ent_has_article(&fold) ) return 1;
  if( zb_ent_lang(p)==ZB_LANG_AR ) return 0;
  if( zb_ent_is_nisba(p, &fold) ) return 1;
  if( !zb_fa_is_word(fold.z, (int)fold.n) ){
    int nStem = zb_fa_stem(fold.z, (int)fold.n);
    if( afterName || nStem==(int)fold.n || !zb_fa_is_word(fold.z, nStem) ) return 1;
  }
  return is_surname_end(p, zb_ent_tok(p, j+1));
}

static int next_is_particle(ZbEntities *p, int64_t j){
  Tok *t = zb_ent_tok(p, j+1);
  return t && t->t.kind==ZB_TOK_ARABIC && (zb_ent_wflags(p, t) & GW_PARTICLE)
      && !(zb_ent_wflags(p, t) & GW_STOP);
}

/* A person named in Arabic script at the step's token: given names and
** particles, then at most one surname (and the زاده, پور written apart
** after it).  Without a title it needs two words and a first given name
** that is not a common word (or a second given name after one that is).
** The last token of the name, or -1. */
static int64_t arabic_person(ZbEntities *p, const ZbStep *s){
  int64_t i = s->i, j = i, iLast = -1;
  int n = 0, nGiven = 0, firstWord = 0, secondStrong = 0, firstSurname = 0, lastStrong = 0;
  if( zb_ent_is_title_at(p, i) ) return -1;
  while( n<ZB_ENT_NAME_WORDS ){
    Tok *t = zb_ent_tok(p, j);
    unsigned nf;
    uint32_t f;
    if( t==0 || t->t.kind!=ZB_TOK_ARABIC ) break;
    if( n>0 && zb_ent_is_title_at(p, j) ) break;
    nf = zb_ent_given_name_flags(p, t);
    f = zb_ent_wflags(p, t);
    /* علی folds like Arabic على (on): in Arabic text it is the stop word,
    ** unless بن follows (علي بن أحمد) */
    if( zb_ent_is_given_name(p, t)
     && !((f & GW_STOP) && zb_ent_lang(p)==ZB_LANG_AR && !next_is_particle(p, j)) ){
      int weak = name_is_word(nf, p);
      if( n==0 ) firstWord = weak;
      if( n==1 && !weak ) secondStrong = 1;
      lastStrong = !weak && !(nf & ZB_GZN_PREFIX);
      nGiven++;
      iLast = (nf & ZB_GZN_PREFIX) ? iLast : j;
    }else if( (f & GW_PARTICLE) && n>0 ){
      if( n==1 ) secondStrong = 1;
      lastStrong = 0;
    }else if( surname_candidate(p, j, (s->nameCtx && n==0 && s->honorific) || lastStrong)
           && (n>0 || s->nameCtx) ){
      if( n==0 ) firstSurname = 1;
      iLast = j;
      n++;
      if( is_surname_end(p, zb_ent_tok(p, j+1)) ){ iLast = j+1; n++; }
      break;
    }else{
      break;
    }
    n++;
    j++;
    if( zb_ent_tok(p, j)==0 || zb_ent_tok(p, j)->t.kind!=ZB_TOK_ARABIC ) break;
  }
  if( iLast<i ) return -1;
  if( s->nameCtx ){
    if( firstSurname && zb_ent_lang(p)==ZB_LANG_AR ) return -1;
  }else{
    if( iLast==i || nGiven==0 || !zb_ent_is_given_name(p, s->t) ) return -1;
    if( firstWord && !secondStrong ) return -1;
  }
  return iLast;
}

/* The person the rules find at the step's token: in Latin script at a
** capital; in Arabic script after a title or at a given name. */
int zb_ent_person_propose(ZbEntities *p, const ZbStep *s, ZbCandidates *pOut){
  const Tok *t = s->t;
  const char *zEntity, *zName;
  int64_t iLast;
  int rc;
  if( t->t.kind==ZB_TOK_LATIN && t->capital ){
    iLast = latin_person(p, s);
  }else if( t->t.kind==ZB_TOK_ARABIC && (s->nameCtx || zb_ent_is_given_name(p, t)) ){
    iLast = arabic_person(p, s);
  }else{
    return 0;
  }
  if( iLast<0 ) return 0;
  if( (rc = zb_ent_rule_entity(p, s->i, iLast, 1, &p->personStr, &zEntity, &zName))<=0 ) return rc;
  zb_ent_cand_mention(pOut, s->i, iLast, ZB_ENT_PERSON, zEntity, zName);
  return 0;
}
