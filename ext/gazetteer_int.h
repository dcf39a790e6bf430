/*
** gazetteer_int.h — the gazetteer's storage, shared by the files of the
** gazetteer module and by no other module (which walk it through
** gazetteer.h): a hash table of slots, one per key of an alias, a given
** name or a title and of every proper prefix of one, each slot with the
** records of what ends there.
*/
#ifndef ZABAN_GAZETTEER_INT_H
#define ZABAN_GAZETTEER_INT_H
#include "gazetteer.h"

/* What a slot's records are.  A record is a 32-bit word: type in the top
** two bits; for an alias, the number of letters of the Arabic proclitics
** (و ب ل ف, 0-3) glued to the alias in the text in the next two bits (only
** for Arabic-script aliases; Persian does not write them),
** then the alias index; for a given name, its ZB_GZN_* flags; for a title,
** its language. */
#define ZB_GZR_ALIAS 0u
#define ZB_GZR_NAME  1u
#define ZB_GZR_TITLE 2u
#define ZB_GZR_TYPE(r)      ((r) >> 30)
#define ZB_GZR_CLITICS(r)   (((r) >> 28) & 3u)
#define ZB_GZR_INDEX(r)     ((r) & 0x0FFFFFFFu)
#define ZB_GZR_RECORD(type, index)   ((uint32_t)(type) << 30 | (uint32_t)(index))
#define ZB_GZR_WITH_CLITICS(nLetters) ((uint32_t)(nLetters) << 28)

#define ZB_GZT_HONORIFIC 1u   /* a title a name follows at once: آقای, Dr, Sheikh */

/* Slot flags: what ends at the slot's key (the ZB_GZ_ENDS_* of a walk),
** and whether longer sequences go on. */
#define ZB_GZS_PREFIX    0x01                   /* a longer alias, name or title starts with this sequence */
#define ZB_GZS_ALIAS     ZB_GZ_ENDS_ALIAS
#define ZB_GZS_NAME      ZB_GZ_ENDS_NAME
#define ZB_GZS_TITLE     ZB_GZ_ENDS_TITLE
#define ZB_GZS_HONORIFIC ZB_GZ_ENDS_HONORIFIC
#define ZB_GZS_ENDS      (ZB_GZS_ALIAS|ZB_GZS_NAME|ZB_GZS_TITLE|ZB_GZS_HONORIFIC)

/* A slot: the records of one key, its alias records first (aliases are
** added before given names and titles, and grouping keeps the order). */
struct ZbGzSlot {
  uint64_t key;                /* 0: empty */
  uint32_t iRec;               /* its records are aRec[iRec .. iRec+nRec) */
  uint16_t nRec;
  unsigned char flags;         /* ZB_GZS_* */
  unsigned char nameFlags;     /* the union of the ZB_GZN_* of its given names */
};
typedef struct ZbGzSlot ZbGzSlot;

/* The slot of a key, or NULL. */
const ZbGzSlot *zb_gz_find(const ZbGazetteer *g, uint64_t key);

/* An entry of a map from a key to an index (entity ids, name keys, places). */
typedef struct IdEntry { uint64_t key; uint32_t val; } IdEntry;
static inline int idmap_get(const ZbTable *m, uint64_t h){
  const IdEntry *e = zb_table_find(m, h);
  return e ? (int)e->val : -1;
}
static inline int idmap_put(ZbTable *m, uint64_t h, uint32_t v){
  IdEntry *e = zb_table_insert(m, h, 0);
  if( e==0 ) return -1;
  e->val = v;
  return 0;
}

/* For the builders of gazetteer_default.c: */

/* Adds a given name or a title (text, copied or static, and its record). */
int zb_gz_builder_lex(ZbGzBuilder *b, const char *z, uint32_t rec);
/* The entities and aliases added so far. */
const ZbGazetteer *zb_gz_builder_so_far(const ZbGzBuilder *b);
/* The key of a whole text as a walk sees it (0 if it has no token). */
uint64_t zb_gz_text_key(const char *z, ZbBuf *tmp);
/* True for a folded name that is an ordinary word in our four languages
** (Mali: مالی "financial", Réunion: "meeting"): no alias on its own. */
int zb_gz_common_word(const char *zFolded);

#endif
