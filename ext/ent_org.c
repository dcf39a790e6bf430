/*
** ent_org.c — the organization finder of entities() (entities_int.h):
** capitalized spans in Latin script with an organization, facility or
** place keyword (Agency, Council, Mosque, Province ...) and at least one
** word that is not generic (Foreign, National, Islamic ...), and, since
** French writes only the first word with a capital, a span that an acronym
** in parentheses after it spells.
**
**   SELECT kind, surface, entity FROM entities('a report of the Atlantic Council');
**   -- org|Atlantic Council|name:tlntykvnsyl
**   SELECT surface, entity FROM entities('le Conseil arabe de l''énergie (CAE)');
**   -- Conseil arabe de l'énergie|name:knsylrbdlnrgy    CAE|name:knsylrbdlnrgy
**
** Entities not in the gazetteer get 'name:' + name_key (ent_gazetteer.c).
*/
#include "entities_int.h"

#define ORG_MAX_WORDS    8       /* words of an organization's name read */
#define ACRONYM_REACH    12      /* tokens from a keyword to the parenthesis of its acronym */
#define ACRONYM_MAX      16      /* letters of an acronym, and one */

/* The initials of the capitalized Latin words of [iFirst, iLast] match the
** acronym token: Organization of Islamic Cooperation → OIC. */
int zb_ent_initials_match(ZbEntities *p, int64_t iFirst, int64_t iLast, const Tok *acronym){
  char zInit[ACRONYM_MAX];
  int n = 0;
  int64_t k;
  Fold fold;
  for(k=iFirst; k<=iLast; k++){
    Tok *t = zb_ent_tok(p, k);
    if( t==0 || t->t.kind!=ZB_TOK_LATIN || (zb_ent_wflags(p, t) & (GW_CONNECTOR|GW_ARTICLE|GW_PARTICLE)) ){
      continue;
    }
    if( n>=ACRONYM_MAX-1 || zb_ent_fold(p, t, &fold) || fold.n==0 ) return 0;
    zInit[n++] = fold.z[0];
  }
  if( zb_ent_fold(p, acronym, &fold) || fold.n>=ACRONYM_MAX ) return 0;
  return n==fold.n && memcmp(zInit, fold.z, (size_t)n)==0;
}

/* The last token of a span that starts with an organization keyword and
** runs, in lower case, to an acronym in parentheses that spells it
** (Conseil arabe de l'énergie (CAE)); -1 if there is none. */
static int64_t defined_by_acronym(ZbEntities *p, int64_t i){
  int64_t j;
  Tok *t = zb_ent_tok(p, i);
  if( t==0 || !(zb_ent_wflags(p, t) & GW_ORG_KW) ) return -1;
  for(j=i+1; j<i+ACRONYM_REACH; j++){
    Tok *u = zb_ent_tok(p, j), *acro = zb_ent_tok(p, j+1), *close = zb_ent_tok(p, j+2);
    uint32_t f;
    if( u==0 ) return -1;
    if( zb_win_punct(u)=='(' ){
      if( acro && close && zb_win_punct(close)==')' && acro->t.kind==ZB_TOK_LATIN && acro->allCaps
       && zb_ent_initials_match(p, i, j-1, acro) ) return j-1;
      return -1;
    }
    if( u->t.kind!=ZB_TOK_LATIN && !zb_ent_note(p, u)->soft ) return -1;
    f = zb_ent_wflags(p, u);
    if( (f & GW_STOP) && !(f & (GW_CONNECTOR|GW_ARTICLE)) ) return -1;   /* a verb */
  }
  return -1;
}

/* The capitalized span at token i: its last token and, in *pKind, the kind
** its keyword gives (-1: none); returns how many of its words are not
** generic, keywords or demonyms, or -1 if it has fewer than two capitals. */
static int capitalized_span(ZbEntities *p, int64_t i, int64_t *piLast, int *pKind){
  int64_t j = i, k;
  int nCap = 0, nSpecific = 0, nWord = 0;
  *piLast = -1;
  *pKind = -1;
  while( nWord<ORG_MAX_WORDS ){
    Tok *t = zb_ent_tok(p, j);
    uint32_t f;
    if( t==0 || t->t.kind!=ZB_TOK_LATIN ) break;
    f = zb_ent_wflags(p, t);
    if( t->capital && !(f & (GW_STOP|GW_CALENDAR)) ){
      nCap++;
      *piLast = j;
      if( f & GW_ORG_KW ) *pKind = ZB_ENT_ORG;
      else if( (f & GW_FAC_KW) && *pKind<0 ) *pKind = ZB_ENT_FACILITY;
      else if( (f & GW_PLACE_KW) && *pKind<0 ) *pKind = ZB_ENT_PLACE;
      if( !(f & (GW_GENERIC|GW_ORG_KW|GW_FAC_KW|GW_PLACE_KW)) && !zb_ent_is_demonym(p, t) ){
        nSpecific++;
      }
    }else if( !(f & GW_CONNECTOR) ){
      break;
    }
    nWord++;
    k = zb_ent_next_unsoft(p, j);
    if( k<0 || !zb_ent_joined_by_soft(p, j, k) ) break;
    j = k;
  }
  return nCap<2 ? -1 : nSpecific;
}

/* An organization, facility or place named by a capitalized Latin span at
** the step's token: Mehr News Agency, Sultan Qaboos University. */
int zb_ent_org_propose(ZbEntities *p, const ZbStep *s, ZbCandidates *pOut){
  const Tok *t = s->t;
  int64_t iLast;
  int kind, nSpecific, rc;
  const char *zEntity, *zName;
  if( t->t.kind!=ZB_TOK_LATIN || !t->capital || (zb_ent_wflags(p, t) & (GW_ARTICLE|GW_STOP)) ) return 0;
  if( zb_ent_is_title_at(p, s->i) ) return 0;
  nSpecific = capitalized_span(p, s->i, &iLast, &kind);
  if( nSpecific<=0 || kind<0 ){
    /* French writes only the first word with a capital: Conseil arabe de
    ** l'énergie (CAE) counts when the acronym that follows spells it */
    if( (iLast = defined_by_acronym(p, s->i))<0 ) return 0;
    kind = ZB_ENT_ORG;
  }
  if( (rc = zb_ent_rule_entity(p, s->i, iLast, 0, &p->orgStr, &zEntity, &zName))<=0 ) return rc;
  zb_ent_cand_mention(pOut, s->i, iLast, kind, zEntity, zName);
  return 0;
}
