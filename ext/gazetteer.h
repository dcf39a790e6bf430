/*
** gazetteer.h — the gazetteer entities() matches text against: entities
** (people, organizations, places, facilities, events, countries with their
** demonyms), each with a canonical id and English name, and the aliases
** they take in text, plus the lexicons of the name rules (given names,
** titles).  Pure C (ICU for CLDR names); the SQL part (the `gazetteer`
** table and the cache of the user table zaban_gazetteer) is in
** gazetteer_user.c and declared at the end of this file.
**
** Matching is on token sequences: an alias is cut by the one tokenizer
** (tokenize.h, with punctuation), each token folded (fold()), and the
** sequence hashed token by token.  Hyphens, apostrophes and periods are
** not tokens here (Amir-Abdollahian = Amir Abdollahian, U.N. = U N).  A
** hash table (private: gazetteer_int.h) keeps every alias and every proper
** prefix of one: a walk along the text token by token (ZbGzWalk) ends
** where no alias goes on, and tells at each step what ends there.  Text
** and aliases are keyed with the same functions (zb_token_key and
** zb_key_step of util.h), so they meet.
** Besides its own key, an Arabic-script alias is keyed with the Arabic
** proclitics glued to its first word (والقدس), and a French one that
** starts with an article without it (Le Caire: au Caire).
**
** The default gazetteer (zb_gazetteer_default, gazetteer_default.c) is
** built once per process: the curated data compiled in (gazetteer_data.c,
** generated from the TSV
** files of sql/gazetteer/), the country names of the CLDR locales used and
** the cities CLDR names (time-zone exemplar cities) in fa, ar, fr, en, read
** from ICU.  It is immutable and shared by all threads.  A user gazetteer
** (the rows of a zaban_gazetteer table) is built the same way, per
** connection.
*/
#ifndef ZABAN_GAZETTEER_H
#define ZABAN_GAZETTEER_H
#include "lang.h"

/* Kinds of entity. */
enum { ZB_GZ_PERSON, ZB_GZ_ORG, ZB_GZ_PLACE, ZB_GZ_FACILITY, ZB_GZ_EVENT, ZB_GZ_DEMONYM,
       ZB_GZ_N_KIND };
const char *zb_gz_kind_name(int kind);
int zb_gz_kind_from_name(const char *z, int n);      /* -1 if unknown */

/* Where an entity comes from, in increasing priority: when aliases of
** different entities share a key, only those of the highest source count. */
enum { ZB_GZ_SRC_CLDR_CITY, ZB_GZ_SRC_CLDR_COUNTRY, ZB_GZ_SRC_CURATED, ZB_GZ_SRC_USER };

/* Alias flags. */
#define ZB_GZA_SHORT     0x0001   /* a short form (a surname alone) */
#define ZB_GZA_ACRONYM   0x0002
#define ZB_GZA_AMBIGUOUS 0x0004   /* the curator says it also names something else */
#define ZB_GZA_ONLY(lang) (0x0008u << (lang))   /* used in text of that ZbLang only */
#define ZB_GZA_ONLY_MASK 0x00F0
#define ZB_GZA_CAPITAL   0x0100   /* Latin with a capital: the text must have one */
#define ZB_GZA_ALLCAPS   0x0200   /* a short all-capitals acronym: the text must be too */

/* Given-name flags (sql/entity_rules/given_names.tsv). */
#define ZB_GZN_WORD      0x01     /* also a common word */
#define ZB_GZN_WORD_AR   0x02     /* folds like a common Arabic word (على) */
#define ZB_GZN_WORD_FA   0x04
#define ZB_GZN_PREFIX    0x08     /* begins a compound name: Abd, Abu */

typedef struct ZbGzEntity {
  const char *zId;             /* 'person:hossein-amir-abdollahian', 'country:IR' */
  const char *zName;           /* 'Hossein Amir-Abdollahian' */
  unsigned char kind;          /* ZB_GZ_PERSON ... */
  unsigned char source;        /* ZB_GZ_SRC_* */
} ZbGzEntity;

typedef struct ZbGzAlias {
  uint32_t iEntity;
  const char *zAlias;          /* as written */
  const char *zLang;           /* 'fa', 'ar', 'fr', 'en', 'und', or a CLDR locale */
  uint16_t flags;              /* ZB_GZA_* */
  unsigned char nTok;          /* its tokens (words and kept punctuation) */
} ZbGzAlias;

typedef struct ZbGazetteer ZbGazetteer;

/* ---------------------------------------------------------------------
** Keys: a sequence of tokens is keyed as util.h keys them (zb_token_key()
** of each folded token, stepped from ZB_KEY_SEED with zb_key_step()).
*/

/* True if a (folded) token is punctuation that aliases and text both skip:
** hyphen, apostrophe, period. */
int zb_gz_skipped_punct(const char *zFolded, size_t n);

/* ---------------------------------------------------------------------
** Walking the gazetteer along a text: begin at a token with its key, step
** with the key of each next token while longer sequences go on, and ask
** at each step what ends there (aliases, given names, titles).
**
**   ZbGzWalk w;
**   if( zb_gz_walk_begin(&w, g, key0) ) do{
**     if( zb_gz_walk_ends(&w) & ZB_GZ_ENDS_ALIAS ){ ... zb_gz_walk_alias(&w, i, &hit) ... }
**   }while( zb_gz_walk_goes_on(&w) && zb_gz_walk_step(&w, keyOfNextToken) );
*/
struct ZbGzSlot;                 /* private to the gazetteer */
typedef struct ZbGzWalk {
  const ZbGazetteer *g;
  const struct ZbGzSlot *pSlot;  /* where the walk stands, or NULL */
  uint64_t key;                  /* the key of the tokens walked */
} ZbGzWalk;

/* What ends where a walk stands (bits of zb_gz_walk_ends()). */
#define ZB_GZ_ENDS_ALIAS     0x02   /* aliases */
#define ZB_GZ_ENDS_NAME      0x04   /* a given name (of one or more tokens) */
#define ZB_GZ_ENDS_TITLE     0x08   /* a title */
#define ZB_GZ_ENDS_HONORIFIC 0x10   /* a title a name follows at once: آقای, Dr, Sheikh */

/* Begins a walk at a token; g may be NULL (then nothing is there).
** Returns 1 if some alias, given name or title begins with the token. */
int zb_gz_walk_begin(ZbGzWalk *w, const ZbGazetteer *g, uint64_t tokenKey);
/* Steps on to the next token: 1 if some sequence goes on with it. */
int zb_gz_walk_step(ZbGzWalk *w, uint64_t tokenKey);
/* 1 if some longer sequence begins with the tokens walked. */
int zb_gz_walk_goes_on(const ZbGzWalk *w);
/* ZB_GZ_ENDS_* of what ends where the walk stands (0 if nothing). */
unsigned zb_gz_walk_ends(const ZbGzWalk *w);
/* The ZB_GZN_* flags of the given names that end there (or 0). */
unsigned zb_gz_walk_name_flags(const ZbGzWalk *w);

/* An alias that ends where a walk stands. */
typedef struct ZbGzHit {
  const ZbGzAlias *pAlias;
  const ZbGzEntity *pEntity;
  int nClitic;                   /* letters of an Arabic proclitic glued to it in the text (والقدس) */
} ZbGzHit;
/* The i-th (from 0) alias that ends there: 1, or 0 if there are fewer. */
int zb_gz_walk_alias(const ZbGzWalk *w, int i, ZbGzHit *pHit);

const ZbGzAlias *zb_gz_alias(const ZbGazetteer *g, uint32_t i);
const ZbGzEntity *zb_gz_entity(const ZbGazetteer *g, uint32_t i);
int zb_gz_alias_count(const ZbGazetteer *g);
/* The index of the entity with this id and kind (kind < 0: any), or -1. */
int zb_gz_entity_find(const ZbGazetteer *g, const char *zId, int kind);
/* The person one of whose aliases of two words or more has this name_key
** (name_key.h), or -1 if there is none or more than one. */
int zb_gz_person_by_name_key(const ZbGazetteer *g, const char *zKey, size_t n);

/* The default gazetteer, built on first use (thread-safe, once per
** process).  NULL on OOM or if ICU failed; *pzErr (if not NULL) then
** points to a static message. */
const ZbGazetteer *zb_gazetteer_default(const char **pzErr);

/* ---------------------------------------------------------------------
** Building a gazetteer (the user gazetteer; the default one is built with
** the same functions).
*/
typedef struct ZbGzBuilder ZbGzBuilder;
ZbGzBuilder *zb_gz_builder_new(void);
/* Adds one alias of an entity.  zName may be NULL (then the name of the
** entity in zb_gz_builder_base, if any, or the alias).  Strings are
** copied.  zLang may be NULL ('und').  Returns 0, or -1 on OOM. */
int zb_gz_builder_add(ZbGzBuilder *b, const char *zId, int kind, const char *zName,
                      const char *zAlias, const char *zLang, int source, unsigned flags);
/* A gazetteer whose entity names fill missing names (may be NULL). */
void zb_gz_builder_base(ZbGzBuilder *b, const ZbGazetteer *base);
/* Builds the gazetteer and frees the builder.  NULL on OOM. */
ZbGazetteer *zb_gz_builder_finish(ZbGzBuilder *b);
void zb_gz_builder_free(ZbGzBuilder *b);       /* without finishing */
void zb_gazetteer_free(ZbGazetteer *g);
size_t zb_gazetteer_bytes(const ZbGazetteer *g);

/* ---------------------------------------------------------------------
** The embedded data (gazetteer_data.c, generated by tools/gen_gazetteer.py):
** offsets into zb_gz_pool.
*/
typedef struct ZbGzEntityRow { uint32_t id, name; unsigned char kind; } ZbGzEntityRow;
typedef struct ZbGzAliasRow { uint32_t entity, alias; unsigned char lang; unsigned char flags; } ZbGzAliasRow;
typedef struct ZbGzNameRow { uint32_t name; unsigned char lang, flags; } ZbGzNameRow;
typedef struct ZbGzTitleRow { uint32_t title; unsigned char lang, honorific; } ZbGzTitleRow;
extern const char zb_gz_pool[];
extern const ZbGzEntityRow zb_gz_entity_rows[];
extern const ZbGzAliasRow zb_gz_alias_rows[];
extern const ZbGzNameRow zb_gz_name_rows[];
extern const ZbGzTitleRow zb_gz_title_rows[];
extern const int zb_gz_n_entity_rows, zb_gz_n_alias_rows, zb_gz_n_name_rows, zb_gz_n_title_rows;

/* ---------------------------------------------------------------------
** SQL side (gazetteer_user.c): the user table zaban_gazetteer, and the
** eponymous tables that read it (gazetteer() here, entities() in
** entities.c), which share their connection's cache of it.
**
** Each connection keeps the gazetteer of the rows of main.zaban_gazetteer
** (a table or a view): none if there is no such table or it is empty.  The
** rows are read again only when the database may have changed since the
** last query: the pager's data version moved (SQLITE_FCNTL_DATA_VERSION: a
** commit, by any connection, DDL included), or the connection's
** total_changes() did (its own inserts, updates, deletes, committed or
** not), or a transaction is or was open (a rollback moves neither
** counter).  Read again, the rows are hashed, and the gazetteer is rebuilt
** only if the hash differs.  A malformed row is an error naming it.
**
** A cursor takes the user gazetteer at its first xFilter and holds it until
** it closes: one statement reads the table once (a correlated join over
** many rows included), and a rebuild never frees what an open cursor
** reads.  A view named zaban_gazetteer that reads entities() or gazetteer
** is an error, not a recursion.
*/
struct sqlite3;
struct sqlite3_vtab;
struct sqlite3_module;

/* A cursor's hold on the user gazetteer: all zero when not taken yet. */
typedef struct ZbGzHold {
  int held;                    /* taken (g may still be NULL: no rows) */
  const ZbGazetteer *g;        /* the user gazetteer, or NULL */
  void *pOwner;                /* the reference that keeps g alive */
} ZbGzHold;

/* Registers the n eponymous tables azName[i] (their xConnect and
** xDisconnect are the two below) with one cache for the connection. */
int zb_gz_register_tables(struct sqlite3 *db, const char *const *azName,
                          const struct sqlite3_module *const *apModule, int n,
                          char **pzErrMsg);
/* The `gazetteer` table's module. */
const struct sqlite3_module *zb_gazetteer_module(void);
/* Declares the table (zSchema: its CREATE TABLE) and keeps the cache. */
int zb_gz_vtab_connect(struct sqlite3 *db, void *pAux, const char *zSchema,
                       struct sqlite3_vtab **ppVtab);
int zb_gz_vtab_disconnect(struct sqlite3_vtab *pVtab);
/* Takes the user gazetteer as it is now into *pHold, unless pHold holds it
** already; on error returns an SQLite code with the message in
** pVtab->zErrMsg.  zb_gz_release_user() lets it go (and zeroes *pHold). */
int zb_gz_hold_user(struct sqlite3_vtab *pVtab, ZbGzHold *pHold);
void zb_gz_release_user(ZbGzHold *pHold);

#endif
