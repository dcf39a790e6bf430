/*
** entities.h — entity extraction: people, organizations, places,
** facilities, events, demonyms, dates, times, numbers, money and
** percentages in running text, each person, organization and place linked
** to one canonical id across languages and scripts.  Pure C (ICU), no
** SQLite types; the SQL table entities(text [, lang]) is a thin binding.
**
**   ZbEntities *p;
**   ZbMention m;
**   if( zb_entities_open(&p, z, n, ZB_LANG_AUTO, gUser, &zErr)==0 ){
**     while( zb_entities_next(p, &m)>0 ){ ... m.kind, m.iChar, m.zEntity ... }
**   }
**   zb_entities_close(p);
**
** Mentions come in text order and never overlap.  The text is read once,
** through a token window (token_window.h: the one tokenizer's tokens, each
** folded), which the date finder shares; at each token the finders of
** entities_int.h propose what starts there: aliases of the gazetteers
** (gazetteer.h: the default one and, if given, the user's, which wins
** ties) and titles, short forms of names the text has given, capitalized
** organization names, people after a title or a given name, numbers
** (digits and number words in the four languages) with their percent
** signs and currencies; the longest wins.  Dates and times are those of
** dates.h.
** docs/entities.md describes the rules and what they are measured to do (tests/python/test_entities_annotated.py).
*/
#ifndef ZABAN_ENTITIES_H
#define ZABAN_ENTITIES_H
#include "gazetteer.h"
#include "tokenize.h"

/* Kinds of mention; the first six are the gazetteer's (ZB_GZ_*). */
enum {
  ZB_ENT_PERSON, ZB_ENT_ORG, ZB_ENT_PLACE, ZB_ENT_FACILITY, ZB_ENT_EVENT, ZB_ENT_DEMONYM,
  ZB_ENT_DATE, ZB_ENT_TIME, ZB_ENT_NUMBER, ZB_ENT_MONEY, ZB_ENT_PERCENT, ZB_ENT_N_KIND
};
const char *zb_entity_kind_name(int kind);

/* How a mention was found: an alias of the default gazetteer, an alias of
** the user's, or a rule (which may still link it to a gazetteer entity). */
enum { ZB_ENT_SRC_GAZETTEER, ZB_ENT_SRC_USER, ZB_ENT_SRC_RULE };
const char *zb_entity_source_name(int source);

enum { ZB_VALUE_NONE, ZB_VALUE_INT, ZB_VALUE_REAL, ZB_VALUE_TEXT };

typedef struct ZbMention {
  int kind;                    /* ZB_ENT_* */
  int32_t iByte, iByteEnd;     /* the mention as written: bytes [iByte, iByteEnd) */
  int32_t iChar, iCharEnd;     /* the same in characters, as SQLite's substr() counts */
  const char *zEntity;         /* 'person:…', 'country:IR', 'name:hsyn…', 'currency:USD'; or NULL */
  const char *zName;           /* the canonical (display) name, or NULL */
  int valueType;               /* ZB_VALUE_* */
  int64_t iValue;              /* ZB_VALUE_INT */
  double rValue;               /* ZB_VALUE_REAL */
  const char *zValue;          /* ZB_VALUE_TEXT: ISO date or time */
  int source;                  /* ZB_ENT_SRC_* */
} ZbMention;
/* The strings of a mention stay valid until the next call of
** zb_entities_next() or zb_entities_close(). */

typedef struct ZbEntities ZbEntities;

/* Starts extracting from the n bytes at z (which must stay valid until
** zb_entities_close).  lang is the text's language, or ZB_LANG_AUTO to
** detect it (zb_lang() of the whole text, when a rule needs it; the dates
** found use the same).  gUser (may be NULL) is the
** user's gazetteer.  Returns 0, or -1 with *pzErr set to a static message
** (out of memory, or the default gazetteer could not be built); *pp is
** then NULL. */
int zb_entities_open(ZbEntities **pp, const unsigned char *z, int32_t n, ZbLang lang,
                     const ZbGazetteer *gUser, const char **pzErr);

/* The next mention: 1, 0 at the end, -1 if memory ran out. */
int zb_entities_next(ZbEntities *p, ZbMention *m);

void zb_entities_close(ZbEntities *p);

#endif
