/*
** entities_int.h — what the files of entities() share, as FTS5 shares
** fts5Int.h: the tokens as the finders read them, the candidates they
** propose, and the contract of a finder.
**
** The pipeline of one text:
**
**   text → lang (lang.h) → tokenizer (tokenize.h) → token window
**   (token_window.h) → finders → entities.c chooses → rows
**
** entities.c walks the window token by token with a cursor.  At each token
** the date finder (ent_date.c) goes first: a date that covers the token is
** a mention.  Otherwise every finder of aFinder (entities.c) proposes the
** candidates that start at the token:
**
**   ent_gazetteer.c   aliases of the gazetteers, and titles
**   ent_memory.c      the text's short forms of names met before (Taha, OIC)
**   ent_org.c         capitalized organization, facility and place names
**   ent_person.c      people after a title or a given name
**   ent_number.c      numbers, amounts of money, percentages
**
** and zb_ent_choose() picks one by fixed rules, from the candidates alone.
** A finder reads the window, the gazetteers, the text's language and its
** memory; it writes its candidates and the strings they point to (in
** buffers of its own), nothing else.  A new finder (a trained tagger) is
** one more row of aFinder: its candidates compete by length, then by its
** place in the table.
*/
#ifndef ZABAN_ENTITIES_INT_H
#define ZABAN_ENTITIES_INT_H
#include "dates.h"
#include "entities.h"
#include "gazetteer.h"
#include "token_window.h"

/* ======================================================================
** Grammar words (ent_words.c): the closed classes the rules need, in one
** table keyed like the text's tokens.
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
  uint32_t flags;              /* GW_* */
  unsigned char numType;
  double value;
  char code[4];                /* ISO 4217, for currencies and their adjectives */
} Word;

/* The table (built once per process), or NULL if memory ran out. */
const ZbTable *zb_ent_words(void);

/* ======================================================================
** Tokens, as the finders read them
*/

#define ZB_ENT_LOOKAHEAD 96      /* tokens the rules may look ahead of the cursor */
#define ZB_ENT_LOOKBACK 16       /* tokens the window keeps before a step's first (the rules look two back: F-35) */
#define ZB_ENT_NAME_WORDS 5      /* words of a name the rules read */
_Static_assert(ZB_ENT_LOOKBACK + 2*ZB_ENT_LOOKAHEAD < ZB_WIN_RING,
               "a step's reach fits in the window without growing it");

typedef ZbWinTok Tok;

/* What entities() keeps with each token of the window. */
typedef struct EntTok {
  ZbGzWalk aStart[2];          /* walks begun at it: default, user gazetteer */
  const Word *w;               /* its grammar word, or NULL */
  unsigned char soft;          /* - ' . · skipped by the gazetteer walk */
} EntTok;

/* A folded token: fold() without spaces. */
typedef struct Fold { const char *z; int32_t n; } Fold;

/* ======================================================================
** Candidates and finders
*/

typedef enum ZbCandType {
  ZB_CAND_MENTION,             /* a person, organization, place ... (kind, entity, name) */
  ZB_CAND_NUMBER,              /* a number, amount of money or percentage (num) */
  ZB_CAND_TITLE,               /* a title: a name may follow it */
  ZB_CAND_NOT_NUMBERS          /* digits that are a time, a date or a range: passed over */
} ZbCandType;

typedef struct ZbCandNumber {
  double value;
  int isInt;
  char code[4];                /* money: ISO 4217 code, or "" */
} ZbCandNumber;

typedef struct ZbCandidate {
  ZbCandType type;
  int iFinder;                 /* its finder's row in aFinder: ties go to the lower */
  int64_t iFirst, iLast;       /* its tokens */
  int kind, source;            /* ZB_ENT_*, ZB_ENT_SRC_* */
  const char *zEntity, *zName; /* valid until the next step */
  int nSkipChars;              /* characters of its first token before it: a proclitic (والقدس), a و (وثلاثمائة) */
  int honorific;               /* a title: آقای, Dr, Sheikh (not an office) */
  ZbCandNumber num;
} ZbCandidate;

#define ZB_CAND_MAX 8            /* candidates at one token */
typedef struct ZbCandidates {
  ZbCandidate a[ZB_CAND_MAX];
  int n;
  int iFinder;                 /* the finder proposing now */
} ZbCandidates;

/* The token a step looks at, and the cursor's state there. */
typedef struct ZbStep {
  int64_t i;
  const Tok *t;
  int nameCtx;                 /* a name may start here (after a title) */
  int honorific;               /* ... and the title was an honorific */
} ZbStep;

/* What a finder does (its role in zb_ent_choose()). */
typedef enum ZbFinderRole {
  ZB_FINDS_GAZETTEER,          /* aliases and titles of the gazetteers */
  ZB_FINDS_MEMORY,             /* names the text has named before */
  ZB_FINDS_RULE,               /* names by rules: a person found so does not stretch a known one */
  ZB_FINDS_NUMBERS
} ZbFinderRole;

typedef struct ZbEntities ZbEntities;

/* A finder proposes the candidates that start at the step's token (none,
** one, or a few: an alias and a title), with zb_ent_cand_new().  Returns
** 0, or -1 if memory ran out. */
typedef struct ZbFinder {
  const char *zName;
  ZbFinderRole role;
  int (*xPropose)(ZbEntities *p, const ZbStep *s, ZbCandidates *pOut);
  /* Its mention was chosen (may be NULL): a last look before it is queued
  ** (the gazetteer stretches a person over the family names after it). */
  void (*xChosen)(ZbEntities *p, ZbCandidate *c);
} ZbFinder;

/* A new candidate of type type for tokens [iFirst, iLast], or NULL if
** ZB_CAND_MAX are there already. */
ZbCandidate *zb_ent_cand_new(ZbCandidates *pOut, ZbCandType type, int64_t iFirst, int64_t iLast);
/* A new mention a rule found (source 'rule'). */
void zb_ent_cand_mention(ZbCandidates *pOut, int64_t iFirst, int64_t iLast, int kind,
                         const char *zEntity, const char *zName);

/* What a step does: the choice among its candidates (zb_ent_choose). */
typedef struct ZbChoice {
  ZbCandType what;             /* ZB_CAND_MENTION, _NUMBER, _TITLE, _NOT_NUMBERS */
  int iCand;                   /* the candidate chosen; -1: nothing starts here */
} ZbChoice;
ZbChoice zb_ent_choose(const ZbFinder *aFinder, const ZbCandidates *p);

/* ======================================================================
** The state of one text
*/

/* A mention waiting to be returned; strings are offsets into aStr. */
typedef struct Pending {
  ZbMention m;
  int64_t iEntity, iName, iValue;   /* offsets, or -1 */
} Pending;

/* The text's memory (ent_memory.c): entities met, and short forms. */
typedef struct ZbEntMemory {
  ZbTable memo;                /* Memo by key: short forms of names */
  ZbBuf aMemoStr;              /* their ids and names */
  ZbTable seen;                /* SeenId: entity ids met in the text */
} ZbEntMemory;

/* The date finder (ent_date.c): the dates of the window, and the next. */
typedef struct ZbEntDates {
  ZbDates *dates;
  ZbDateMatch date;
  int hasDate;                 /* date is the next match, not yet passed */
} ZbEntDates;

struct ZbEntities {
  const unsigned char *z;
  int32_t n;
  const ZbGazetteer *aG[2];    /* default, user (may be NULL) */
  const ZbTable *words;        /* Word by key */
  ZbWindow *w;                 /* the tokens */
  int iReader;                 /* entities()' reader number in w */
  /* the cursor (entities.c) */
  int64_t iStep;               /* the token the current step started at */
  int64_t iCur;                /* the next token to look at */
  int nameCtx;                 /* a name may start at iCur (after a title) */
  int honorific;               /* ... and the title was an honorific */
  /* the finders' own */
  ZbBuf personStr, orgStr;     /* ids and names of the rules' candidates */
  ZbEntMemory mem;
  ZbEntDates dates;
  /* the mentions to return */
  Pending aQueue[4];
  int nQueue, iQueue;
  ZbBuf aStr;                  /* strings of queued mentions */
};

/* ----------------------------------------------------------------------
** Reading tokens (the finders read no other way)
*/

static inline const EntTok *zb_ent_note(const ZbEntities *p, const Tok *t){
  return zb_win_extra(p->w, p->iReader, t);
}

/* Token i (absolute), reading ahead as needed; NULL past the end or more
** than ZB_ENT_LOOKAHEAD tokens ahead of the cursor. */
static inline Tok *zb_ent_tok(ZbEntities *p, int64_t i){
  if( i - p->iCur >= ZB_ENT_LOOKAHEAD ) return 0;
  return zb_win_tok(p->w, i);
}

static inline int zb_ent_is_word(const Tok *t){
  return t->t.kind==ZB_TOK_LATIN || t->t.kind==ZB_TOK_ARABIC || t->t.kind==ZB_TOK_LETTER;
}

static inline const Word *zb_ent_word(const ZbEntities *p, const Tok *t){
  return zb_ent_note(p, t)->w;
}
static inline uint32_t zb_ent_wflags(const ZbEntities *p, const Tok *t){
  const Word *w = zb_ent_word(p, t);
  return w ? w->flags : 0;
}

/* The text's language (lang.h), as the window has it. */
static inline ZbLang zb_ent_lang(ZbEntities *p){
  return zb_win_lang(p->w);
}

/* Appends a NUL-terminated copy of z to b: its offset, or -1 (z NULL, OOM). */
static inline int64_t zb_ent_str_add(ZbBuf *b, const char *z){
  int64_t off = (int64_t)b->n;
  if( z==0 ) return -1;
  zb_buf_append(b, z, strlen(z));
  zb_buf_putc(b, 0);
  return b->oom ? -1 : off;
}

/* The fold of a token: 0, or -1 on OOM. */
static inline int zb_ent_fold(ZbEntities *p, const Tok *t, Fold *f){
  f->z = zb_win_fold(p->w, t, &f->n);
  return f->z ? 0 : -1;
}

/* True if a folded word begins with the Arabic article ال. */
static inline int zb_ent_has_article(const Fold *f){
  return f->n>=6 && memcmp(f->z, "\xD8\xA7\xD9\x84", 4)==0;
}

/* The next token after i that is not skipped punctuation, or -1. */
int64_t zb_ent_next_unsoft(ZbEntities *p, int64_t i);
/* True if only hyphens and apostrophes stand between tokens i and j. */
int zb_ent_joined_by_soft(ZbEntities *p, int64_t i, int64_t j);
/* Capitals in the Latin words of tokens [i, j]: one at least; all
** capitals (words without letters aside). */
void zb_ent_span_case(ZbEntities *p, int64_t i, int64_t j, int *pHasUpper, int *pAllUpper);
/* True if tokens i and j = i+1 touch: nothing visible between them (the
** window's gap; a joiner or a bidi control may stand there). */
int zb_ent_touching(ZbEntities *p, int64_t i, int64_t j);

/* ----------------------------------------------------------------------
** What the finders ask of each other
*/

/* ent_gazetteer.c */
typedef struct Title { int64_t iLast; int honorific; } Title;
void zb_ent_gz_match(ZbEntities *p, int64_t i, ZbCandidate *pBest, Title *pTitle);
int zb_ent_is_title_at(ZbEntities *p, int64_t i);
int zb_ent_is_given_name(const ZbEntities *p, const Tok *t);
unsigned zb_ent_given_name_flags(const ZbEntities *p, const Tok *t);
int zb_ent_names_non_person(const ZbEntities *p, const Tok *t);
int zb_ent_is_demonym(const ZbEntities *p, const Tok *t);
int zb_ent_is_nisba(ZbEntities *p, const Fold *f);
int zb_ent_rule_entity(ZbEntities *p, int64_t iFirst, int64_t iLast, int person, ZbBuf *b,
                       const char **pzEntity, const char **pzName);
int zb_ent_gazetteer_propose(ZbEntities *p, const ZbStep *s, ZbCandidates *pOut);
void zb_ent_gazetteer_chosen(ZbEntities *p, ZbCandidate *c);

/* ent_memory.c */
int zb_ent_memory_init(ZbEntMemory *m);
void zb_ent_memory_free(ZbEntMemory *m);
int zb_ent_seen(const ZbEntities *p, const char *zEntity);
void zb_ent_seen_add(ZbEntities *p, const char *zEntity);
void zb_ent_remember_person(ZbEntities *p, const char *zEntity, const char *zName,
                            int64_t iFirst, int64_t iLast, int fromRule);
void zb_ent_remember_short_form(ZbEntities *p, int64_t i, const ZbCandidate *c);
int zb_ent_acronym_after(ZbEntities *p, const ZbCandidate *c, ZbCandidate *pAcronym);
int zb_ent_memory_propose(ZbEntities *p, const ZbStep *s, ZbCandidates *pOut);

/* ent_org.c */
int zb_ent_initials_match(ZbEntities *p, int64_t iFirst, int64_t iLast, const Tok *acronym);
int zb_ent_org_propose(ZbEntities *p, const ZbStep *s, ZbCandidates *pOut);

/* ent_person.c */
int zb_ent_person_propose(ZbEntities *p, const ZbStep *s, ZbCandidates *pOut);

/* ent_number.c */
int zb_ent_number_at(ZbEntities *p, int64_t i, ZbCandidate *c);
int zb_ent_number_propose(ZbEntities *p, const ZbStep *s, ZbCandidates *pOut);

/* ent_date.c */
int zb_ent_dates_open(ZbEntities *p);
void zb_ent_dates_close(ZbEntities *p);
int zb_ent_date_at(ZbEntities *p, const Tok *t, int64_t i, const ZbDateMatch **ppDate);
void zb_ent_date_done(ZbEntities *p);

#endif
