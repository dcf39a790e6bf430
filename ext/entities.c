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
** This file runs the pipeline of entities_int.h: it walks the token window
** with a cursor, asks the date finder and the finders of aFinder at each
** token, chooses among their candidates (zb_ent_choose, a pure function of
** the candidates), queues the mentions, moves the cursor by the rules
** stated below, and binds it all to SQL (a table-valued function planned
** like series.c, so that FROM docs, entities(docs.body) is a correlated
** join).  How mentions are found is in entities.h and the finders' files.
*/
#include "entities_int.h"
#include "normalize.h"
#include "zaban.h"
SQLITE_EXTENSION_INIT3

#include <stdlib.h>

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
** Tokens: what entities() keeps with each, and how the finders walk them
*/

/* What a token is to entities() (xEnter of the window): the walks of the
** gazetteers begun at it, its grammar word, whether walks skip it. */
static void enter_token(void *pArg, ZbWindow *w, ZbWinTok *t, void *pExtra){
  ZbEntities *p = pArg;
  EntTok *e = pExtra;
  zb_gz_walk_begin(&e->aStart[0], p->aG[0], t->key);
  zb_gz_walk_begin(&e->aStart[1], p->aG[1], t->key);
  e->w = zb_table_find(p->words, t->key);
  e->soft = t->t.kind==ZB_TOK_PUNCT && t->nFold!=ZB_WIN_FOLD_LONG
         && zb_gz_skipped_punct(t->zFold, t->nFold);
}

int64_t zb_ent_next_unsoft(ZbEntities *p, int64_t i){
  Tok *t;
  for(i=i+1; (t = zb_ent_tok(p, i))!=0; i++) if( !zb_ent_note(p, t)->soft ) return i;
  return -1;
}

int zb_ent_joined_by_soft(ZbEntities *p, int64_t i, int64_t j){
  int64_t k;
  for(k=i+1; k<j; k++){
    Tok *t = zb_ent_tok(p, k);
    if( t==0 || !(zb_win_punct(t)=='-' || zb_win_punct(t)=='\'') ) return 0;
  }
  return 1;
}

void zb_ent_span_case(ZbEntities *p, int64_t i, int64_t j, int *pHasUpper, int *pAllUpper){
  int64_t k;
  *pHasUpper = 0;
  *pAllUpper = 1;
  for(k=i; k<=j; k++){
    Tok *t = zb_ent_tok(p, k);
    if( t==0 || t->t.kind!=ZB_TOK_LATIN ) continue;
    if( t->capital ) *pHasUpper = 1;
    if( !t->allCaps && t->nLetter>0 ) *pAllUpper = 0;
  }
}

int zb_ent_touching(ZbEntities *p, int64_t i, int64_t j){
  Tok *a = zb_ent_tok(p, i), *b = zb_ent_tok(p, j);
  return a && b && b->gap==ZB_GAP_TOUCH;
}

/* ======================================================================
** Finders and the choice among their candidates
*/

/* The finders of mentions at a word or a number, in the order that breaks
** ties between candidates of one length: the gazetteers before the text's
** memory, and both before the rules. */
static const ZbFinder aFinder[] = {
  { "gazetteer", ZB_FINDS_GAZETTEER, zb_ent_gazetteer_propose, zb_ent_gazetteer_chosen },
  { "memory",    ZB_FINDS_MEMORY,    zb_ent_memory_propose,    0 },
  { "org",       ZB_FINDS_RULE,      zb_ent_org_propose,       0 },
  { "person",    ZB_FINDS_RULE,      zb_ent_person_propose,    0 },
  { "number",    ZB_FINDS_NUMBERS,   zb_ent_number_propose,    0 },
};
#define N_FINDER ((int)(sizeof(aFinder)/sizeof(aFinder[0])))

ZbCandidate *zb_ent_cand_new(ZbCandidates *pOut, ZbCandType type, int64_t iFirst, int64_t iLast){
  ZbCandidate *c;
  if( pOut->n>=ZB_CAND_MAX ) return 0;
  c = &pOut->a[pOut->n++];
  memset(c, 0, sizeof(*c));
  c->type = type;
  c->iFinder = pOut->iFinder;
  c->iFirst = iFirst;
  c->iLast = iLast;
  return c;
}

void zb_ent_cand_mention(ZbCandidates *pOut, int64_t iFirst, int64_t iLast, int kind,
                         const char *zEntity, const char *zName){
  ZbCandidate *c = zb_ent_cand_new(pOut, ZB_CAND_MENTION, iFirst, iLast);
  if( c==0 ) return;
  c->kind = kind;
  c->source = ZB_ENT_SRC_RULE;
  c->zEntity = zEntity;
  c->zName = zName;
}

/* A person a rule found that is longer than the person the gazetteer found
** at the same token, and another one: it would stretch a known person's
** name into another's. */
static int stretches_known_person(const ZbFinder *aFinder, const ZbCandidates *p,
                                  const ZbCandidate *c){
  int k;
  if( aFinder[c->iFinder].role!=ZB_FINDS_RULE || c->kind!=ZB_ENT_PERSON ) return 0;
  for(k=0; k<p->n; k++){
    const ZbCandidate *g = &p->a[k];
    if( g->type==ZB_CAND_MENTION && aFinder[g->iFinder].role==ZB_FINDS_GAZETTEER
     && g->kind==ZB_ENT_PERSON && c->iLast>g->iLast && strcmp(c->zEntity, g->zEntity)!=0 ){
      return 1;
    }
  }
  return 0;
}

/* The choice at a token, from its candidates alone:
**
**   1. Digits that are a time, a date or a range (the date finder did not
**      take them) are passed over.
**   2. Of the mentions, the longest; on a tie, the one whose finder comes
**      first in aFinder.  A person a rule found does not stretch a person
**      of the gazetteer into another one (it is not a candidate then).
**   3. A number longer than that mention is chosen.
**   4. Else a title as long as that mention at least is chosen: a name may
**      follow it.
**   5. Else the mention; else nothing starts at the token. */
ZbChoice zb_ent_choose(const ZbFinder *aFinder, const ZbCandidates *p){
  int iBest = -1, iNum = -1, iTitle = -1, k;
  ZbChoice choice;
  for(k=0; k<p->n; k++){
    const ZbCandidate *c = &p->a[k];
    switch( c->type ){
      case ZB_CAND_NOT_NUMBERS:
        choice.what = ZB_CAND_NOT_NUMBERS;
        choice.iCand = k;
        return choice;
      case ZB_CAND_NUMBER: iNum = k; break;
      case ZB_CAND_TITLE:  iTitle = k; break;
      default:
        if( stretches_known_person(aFinder, p, c) ) break;
        if( iBest<0 || c->iLast>p->a[iBest].iLast ) iBest = k;
        break;
    }
  }
  if( iNum>=0 && (iBest<0 || p->a[iNum].iLast>p->a[iBest].iLast) ){
    choice.what = ZB_CAND_NUMBER;
    choice.iCand = iNum;
  }else if( iTitle>=0 && (iBest<0 || p->a[iTitle].iLast>=p->a[iBest].iLast) ){
    choice.what = ZB_CAND_TITLE;
    choice.iCand = iTitle;
  }else{
    choice.what = ZB_CAND_MENTION;
    choice.iCand = iBest;
  }
  return choice;
}

/* ======================================================================
** The mentions to return, and their strings
*/

/* A new queued mention covering tokens [iFirst, iLast] (skip leading
** characters of the first token when nSkipChars > 0: a proclitic). */
static Pending *queue_push(ZbEntities *p, int kind, int source, int64_t iFirst, int64_t iLast,
                           int nSkipChars){
  Pending *q;
  Tok *a = zb_ent_tok(p, iFirst), *b = zb_ent_tok(p, iLast);
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
  q->iEntity = zEntity ? zb_ent_str_add(&p->aStr, zEntity) : -1;
  q->iName = zName ? zb_ent_str_add(&p->aStr, zName) : -1;
}

/* Queues a named entity (the text now has mentioned it).  Returns the
** queued mention, or NULL on OOM. */
static const Pending *emit_mention(ZbEntities *p, const ZbCandidate *c){
  Pending *q = queue_push(p, c->kind, c->source, c->iFirst, c->iLast, c->nSkipChars);
  if( q==0 ) return 0;
  queue_strings(p, q, c->zEntity, c->zName);
  if( p->aStr.oom ) return 0;
  if( q->iEntity>=0 ) zb_ent_seen_add(p, p->aStr.z + q->iEntity);
  return q;
}

static int emit_number(ZbEntities *p, const ZbCandidate *c){
  Pending *q = queue_push(p, c->kind, ZB_ENT_SRC_RULE, c->iFirst, c->iLast, c->nSkipChars);
  if( q==0 ) return -1;
  if( c->num.isInt ){ q->m.valueType = ZB_VALUE_INT; q->m.iValue = (int64_t)c->num.value; }
  else{ q->m.valueType = ZB_VALUE_REAL; q->m.rValue = c->num.value; }
  if( c->kind==ZB_ENT_MONEY && c->num.code[0] ){
    char zId[16];
    memcpy(zId, "currency:", 9);
    memcpy(zId + 9, c->num.code, 4);
    queue_strings(p, q, zId, c->num.code);
  }
  return p->aStr.oom ? -1 : 0;
}

/* Queues a date or a time of the date finder, found at token i. */
static int emit_date(ZbEntities *p, const ZbDateMatch *d, int64_t i){
  char zValue[ZB_DATES_VALUE_MAX];
  Pending *q = queue_push(p, d->precision==ZB_DATE_TIME ? ZB_ENT_TIME : ZB_ENT_DATE,
                          ZB_ENT_SRC_RULE, i, i, 0);
  if( q==0 ) return -1;
  q->m.iByte = d->iByte; q->m.iByteEnd = d->iByteEnd;
  q->m.iChar = d->iChar; q->m.iCharEnd = d->iCharEnd;
  if( d->hasValue && zb_dates_format(d, ZB_GREGORIAN, zValue)>0 ){
    q->iValue = zb_ent_str_add(&p->aStr, zValue);
    q->m.valueType = ZB_VALUE_TEXT;
  }
  return p->aStr.oom ? -1 : 0;
}

/* ======================================================================
** The cursor
**
** The cursor is the next token to look at (iCur) and whether a name may
** start there (nameCtx: a name context, opened by a title, with the
** title's honorific).  Each step moves it on by these rules, and only
** these functions write it:
**
**   after a title ........................ to the token after it; a name
**                                          context opens there
**   a punctuation mark that may stand      one token on, the name context
**   between a title and a name (, " ( ،    kept
**   and the skipped - ' . ·), in a name
**   context
**   a word that may stand between a title  one token on, the name context
**   and a name (former, جدید, of the …)    kept
**   with no mention, in a name context
**   a mention that is not a person, in a   past it (and past an acronym in
**   name context (… وزیر امور خارجه ایران)  parentheses after it), the name
**                                          context kept
**   anything else: a person, a number, a   past it, the name context
**   date, a word, a punctuation mark       closed
*/

static void cursor_to(ZbEntities *p, int64_t iNext, int keepNameCtx){
  p->iCur = iNext;
  p->nameCtx = p->nameCtx && keepNameCtx;
}

static void cursor_after_title(ZbEntities *p, const ZbCandidate *title){
  p->iCur = title->iLast + 1;
  p->nameCtx = 1;
  p->honorific = title->honorific;
}

/* ======================================================================
** One step
*/

/* The date that covers token t, if any: queued, and the tokens it covers
** passed over.  A gazetteer match that starts with the date and goes
** beyond it (an event: 22 Bahman ...) wins over it.  Returns 1 (a date was
** queued), 0, or -1 on OOM. */
static int date_step(ZbEntities *p, const Tok *t){
  const ZbDateMatch *d;
  const Tok *u;
  int rc = zb_ent_date_at(p, t, p->iCur, &d);
  if( rc<=0 ) return rc;
  if( d->iByte==t->t.iByte ){
    ZbCandidate g;
    zb_ent_gz_match(p, p->iCur, &g, 0);
    if( g.iLast>=g.iFirst && zb_ent_tok(p, g.iLast)->t.iByteEnd > d->iByteEnd ){
      zb_ent_date_done(p);             /* dropped */
      return 0;
    }
  }
  if( emit_date(p, d, p->iCur) ) return -1;
  while( (u = zb_ent_tok(p, p->iCur))!=0 && u->t.iByte < d->iByteEnd ) p->iCur++;
  cursor_to(p, p->iCur, 0);
  zb_ent_date_done(p);
  return 1;
}

/* Money written with a sign before the number ($5, € 10), or the name
** context passing over a punctuation mark. */
static int punct_step(ZbEntities *p, const Tok *t){
  char c = zb_win_punct(t);
  if( zb_ent_wflags(p, t) & GW_CURRENCY ){
    ZbCandidate n;
    if( zb_ent_number_at(p, p->iCur, &n)>0 ){
      cursor_to(p, n.iLast + 1, 0);
      return emit_number(p, &n);
    }
  }
  cursor_to(p, p->iCur + 1, zb_ent_note(p, t)->soft || c==',' || c=='"' || c=='('
                            || (t->t.iByteEnd - t->t.iByte==2 && t->cp==0x060C));   /* ، */
  return 0;
}

/* A mention chosen at the step's token: queued; the text's memory learns
** from it (a person's short forms, an acronym after it). */
static int mention_step(ZbEntities *p, ZbCandidate *c){
  const Pending *q;
  ZbCandidate acronym;
  if( aFinder[c->iFinder].xChosen ) aFinder[c->iFinder].xChosen(p, c);
  if( (q = emit_mention(p, c))==0 ) return -1;
  cursor_to(p, c->iLast + 1, c->kind!=ZB_ENT_PERSON);
  if( c->kind==ZB_ENT_PERSON ){
    const char *zEntity = p->aStr.z + q->iEntity;
    zb_ent_remember_person(p, zEntity, q->iName>=0 ? p->aStr.z + q->iName : zEntity,
                           c->iFirst, c->iLast, aFinder[c->iFinder].role==ZB_FINDS_RULE);
  }else if( zb_ent_acronym_after(p, c, &acronym) ){
    if( (q = emit_mention(p, &acronym))==0 ) return -1;
    acronym.zEntity = p->aStr.z + q->iEntity;
    acronym.zName = q->iName>=0 ? p->aStr.z + q->iName : 0;
    zb_ent_remember_short_form(p, acronym.iFirst, &acronym);
    cursor_to(p, acronym.iLast + 2, 1);   /* past its closing parenthesis */
  }
  return 0;
}

/* Looks at the word or number at the cursor: the finders' candidates, the
** choice among them, what it does.  Returns 0 or -1 (OOM). */
static int word_step(ZbEntities *p, const Tok *t){
  ZbCandidates cands;
  ZbCandidate *c;
  ZbChoice choice;
  ZbStep s;
  int k;
  s.i = p->iCur;
  s.t = t;
  s.nameCtx = p->nameCtx;
  s.honorific = p->honorific;
  cands.n = 0;
  for(k=0; k<N_FINDER; k++){
    cands.iFinder = k;
    if( aFinder[k].xPropose(p, &s, &cands) ) return -1;
  }
  choice = zb_ent_choose(aFinder, &cands);
  c = choice.iCand>=0 ? &cands.a[choice.iCand] : 0;
  switch( choice.what ){
    case ZB_CAND_NOT_NUMBERS:
      cursor_to(p, c->iLast + 1, 0);
      return 0;
    case ZB_CAND_NUMBER:
      cursor_to(p, c->iLast + 1, 0);
      return emit_number(p, c);
    case ZB_CAND_TITLE:
      cursor_after_title(p, c);
      return 0;
    default:
      if( c==0 ){
        cursor_to(p, s.i + 1, (zb_ent_wflags(p, t) & GW_TITLE_GAP)!=0);
        return 0;
      }
      return mention_step(p, c);
  }
}

/* Advances over one token (or a match); returns 1, 0 at the end, -1 OOM. */
static int step(ZbEntities *p){
  Tok *t;
  int rc;
  p->iStep = p->iCur;
  if( (t = zb_ent_tok(p, p->iCur))==0 ) return 0;
  if( (rc = date_step(p, t))!=0 ) return rc<0 ? -1 : 1;
  rc = t->t.kind==ZB_TOK_PUNCT ? punct_step(p, t) : word_step(p, t);
  return rc<0 ? -1 : 1;
}

/* ======================================================================
** The extractor's API (entities.h)
*/

int zb_entities_open(ZbEntities **pp, const unsigned char *z, int32_t n, ZbLang lang,
                     const ZbGazetteer *gUser, const char **pzErr){
  ZbEntities *p;
  ZbWinReader reader;
  const char *zErr = 0;
  *pp = 0;
  p = calloc(1, sizeof(*p));
  if( p==0 ){ *pzErr = "out of memory"; return -1; }
  p->z = z;
  p->n = n;
  p->aG[0] = zb_gazetteer_default(&zErr);
  p->aG[1] = gUser;
  p->words = zb_ent_words();
  zb_ent_memory_init(&p->mem);
  if( p->aG[0]==0 || p->words==0 ){
    *pzErr = zErr ? zErr : "out of memory";
    free(p);
    return -1;
  }
  reader.szExtra = sizeof(EntTok);
  reader.xEnter = enter_token;
  reader.pArg = p;
  reader.piAnchor = &p->iStep;
  reader.nLookback = ZB_ENT_LOOKBACK;
  p->w = zb_win_open(z, n, lang);
  p->iReader = p->w ? zb_win_attach(p->w, &reader) : -1;
  if( p->iReader<0 || zb_ent_dates_open(p) ){
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
      if( zb_win_oom(p->w) || p->mem.aMemoStr.oom || p->personStr.oom || p->orgStr.oom ) return -1;
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
  zb_ent_dates_close(p);
  zb_win_close(p->w);
  zb_buf_free(&p->personStr);
  zb_buf_free(&p->orgStr);
  zb_buf_free(&p->aStr);
  zb_ent_memory_free(&p->mem);
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

typedef struct EntitiesCursor {
  sqlite3_vtab_cursor base;
  char *zText;                 /* a copy of the text argument */
  int nText;
  ZbEntities *x;
  ZbGzHold user;               /* the user gazetteer, taken at the first xFilter */
  ZbMention m;                 /* the current row */
  int eof;
  sqlite3_int64 iRowid;
} EntitiesCursor;

static int entitiesConnect(sqlite3 *db, void *pAux, int argc, const char *const *argv,
                      sqlite3_vtab **ppVtab, char **pzErr){
  return zb_gz_vtab_connect(db, pAux,
      "CREATE TABLE x(kind TEXT, start INTEGER, end INTEGER, surface TEXT, entity TEXT, "
      "name TEXT, value, source TEXT, text HIDDEN, lang HIDDEN)", ppVtab);
}

static int entitiesOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCursor){
  EntitiesCursor *c = sqlite3_malloc(sizeof(*c));
  if( c==0 ) return SQLITE_NOMEM;
  memset(c, 0, sizeof(*c));
  c->eof = 1;
  *ppCursor = &c->base;
  return SQLITE_OK;
}

static void entities_reset(EntitiesCursor *c){
  zb_entities_close(c->x);
  c->x = 0;
  sqlite3_free(c->zText);
  c->zText = 0;
  c->eof = 1;
}

static int entitiesClose(sqlite3_vtab_cursor *cur){
  entities_reset((EntitiesCursor*)cur);
  zb_gz_release_user(&((EntitiesCursor*)cur)->user);
  sqlite3_free(cur);
  return SQLITE_OK;
}

static int entitiesNext(sqlite3_vtab_cursor *cur){
  EntitiesCursor *c = (EntitiesCursor*)cur;
  int rc = zb_entities_next(c->x, &c->m);
  if( rc<0 ) return SQLITE_NOMEM;
  c->eof = (rc==0);
  c->iRowid++;
  return SQLITE_OK;
}

static int entitiesFilter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr,
                     int argc, sqlite3_value **argv){
  EntitiesCursor *c = (EntitiesCursor*)cur;
  sqlite3_vtab *tab = cur->pVtab;
  const unsigned char *z;
  const char *zErr = 0;
  ZbLang lang = ZB_LANG_AUTO;
  int rc;
  entities_reset(c);
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
  return entitiesNext(cur);
}

static int entitiesEof(sqlite3_vtab_cursor *cur){
  return ((EntitiesCursor*)cur)->eof;
}

/* The surface as written, with U+FFFD for ill-formed bytes. */
static void result_surface(sqlite3_context *ctx, const EntitiesCursor *c){
  const unsigned char *z = (const unsigned char*)c->zText + c->m.iByte;
  int32_t i = 0, n = c->m.iByteEnd - c->m.iByte;
  ZbBuf b;
  zb_buf_init(&b);
  while( i<n ) zb_buf_put_cp(&b, zb_next_cp(z, n, &i));
  zb_result_buf(ctx, &b);
}

static int entitiesColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int i){
  EntitiesCursor *c = (EntitiesCursor*)cur;
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

static int entitiesRowid(sqlite3_vtab_cursor *cur, sqlite_int64 *pRowid){
  *pRowid = ((EntitiesCursor*)cur)->iRowid;
  return SQLITE_OK;
}

/* text (required) and lang are arguments: see zb_tvf_best_index(). */
static int entitiesBestIndex(sqlite3_vtab *tab, sqlite3_index_info *p){
  return zb_tvf_best_index(p, ENT_TEXT, 2, ENT_HAS_TEXT, 1000, 20);
}

static sqlite3_module entitiesModule = {
  0,                  /* iVersion */
  0,                  /* xCreate: eponymous only */
  entitiesConnect, entitiesBestIndex, zb_gz_vtab_disconnect, 0,
  entitiesOpen, entitiesClose, entitiesFilter, entitiesNext, entitiesEof,
  entitiesColumn, entitiesRowid,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
};

/* entities() and gazetteer read the same user table: one cache for both. */
int zb_entities_register(sqlite3 *db, char **pzErrMsg){
  static const char *const azName[] = { "entities", "gazetteer" };
  const sqlite3_module *apModule[] = { &entitiesModule, zb_gazetteer_module() };
  return zb_gz_register_tables(db, azName, apModule, 2, pzErrMsg);
}
