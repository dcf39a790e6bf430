/*
** util.h — small helpers shared by every zaban module.
**
** Plain C on byte buffers, no SQLite types, so that each module's algorithm
** can be unit-tested and benchmarked on its own:
**   ZbBuf        a growable output buffer of bytes (malloc-based);
**   zb_next_cp   UTF-8 decoding that never over-reads and turns every
**                ill-formed subsequence into U+FFFD (ICU's U8_NEXT_OR_FFFD);
**   zb_token_key, ZbTable  the 64-bit keys of folded tokens and the one
**                hash table type keyed by them;
**   zb_choice, zb_parse_options  the enumerated arguments and the
**                "key=value,key=value" option strings that functions such
**                as digits() and fa_normalize() take.
*/
#ifndef ZABAN_UTIL_H
#define ZABAN_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <unicode/utf8.h>

/* A growable byte buffer.  After an allocation failure, oom is set and all
** further appends are ignored, so callers check once, at the end. */
typedef struct ZbBuf {
  char *z;
  size_t n;      /* bytes used */
  size_t cap;    /* bytes allocated */
  int oom;       /* set after an allocation failure */
  int borrowed;  /* z is the caller's memory (zb_buf_init_with): never freed */
} ZbBuf;

void zb_buf_init(ZbBuf *b);
/* A buffer that starts in the caller's n bytes at z (an array on the
** stack, say) and moves to the heap only if it outgrows them. */
void zb_buf_init_with(ZbBuf *b, char *z, size_t n);
void zb_buf_free(ZbBuf *b);
int zb_buf_grow(ZbBuf *b, size_t extra);   /* 0 on success, -1 on OOM */
char *zb_buf_detach(ZbBuf *b);             /* caller frees with free() */

static inline int zb_buf_reserve(ZbBuf *b, size_t extra){
  return (b->cap - b->n >= extra) ? 0 : zb_buf_grow(b, extra);
}
static inline void zb_buf_putc(ZbBuf *b, char c){
  if( zb_buf_reserve(b, 1)==0 ) b->z[b->n++] = c;
}
static inline void zb_buf_append(ZbBuf *b, const void *p, size_t n){
  if( n && zb_buf_reserve(b, n)==0 ){ memcpy(b->z + b->n, p, n); b->n += n; }
}
static inline void zb_buf_put_cp(ZbBuf *b, int32_t c){
  if( zb_buf_reserve(b, 4)==0 ){
    size_t i = b->n;
    U8_APPEND_UNSAFE(b->z, i, c);
    b->n = i;
  }
}

/* Decodes the code point at z[*pi], advancing *pi.  An ill-formed
** subsequence yields U+FFFD and is consumed as ICU does it. */
static inline int32_t zb_next_cp(const unsigned char *z, int32_t n, int32_t *pi){
  int32_t c;
  U8_NEXT_OR_FFFD(z, *pi, n, c);
  return c;
}

/* A well-formed two-byte UTF-8 sequence at z[i] (U+0080..U+07FF: Latin
** with accents, Greek, Cyrillic, Arabic, Persian), and its code point:
** the fast path of loops over Persian and Arabic text. */
static inline int zb_is_two_byte(const unsigned char *z, int32_t i, int32_t n){
  return i+1<n && z[i]>=0xC2 && z[i]<0xE0 && (z[i+1]&0xC0)==0x80;
}
static inline int32_t zb_two_byte_cp(const unsigned char *z, int32_t i){
  return (int32_t)(((z[i]&0x1F)<<6) | (z[i+1]&0x3F));
}

/* Sets of code points as 64-bit masks, for tables of the characters that
** share all but the last byte of their UTF-8 (64 code points): ZB_CP_BIT(c)
** is the bit of c, ZB_CP_BITS(a, b) those of a..b in the same block. */
#define ZB_CP_BIT(c)         ((uint64_t)1 << ((c) & 0x3F))
#define ZB_CP_BITS(from, to) ((ZB_CP_BIT(to) << 1) - ZB_CP_BIT(from))

/* ======================================================================
** Keys and the hash table they index
**
** A token's key is a 64-bit hash of its folded text; a sequence of tokens
** (an alias, a short form of a name) has the key made by stepping
** ZB_KEY_SEED with each token's key.  The gazetteer, the word tables of
** dates() and entities() and the token window all key tokens this way, so
** a token read once is looked up everywhere with the same number.
*/
#define ZB_KEY_SEED 0x6A09E667F3BCC909ull
uint64_t zb_token_key(const char *z, size_t n);      /* never 0 */
static inline uint64_t zb_key_step(uint64_t h, uint64_t tokenKey){
  h ^= tokenKey + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
  h ^= h >> 31; h *= 0xD6E8FEB86659FD93ull; h ^= h >> 32;
  return h ? h : 1;            /* 0 marks an empty slot */
}

/* An open-addressing hash table of entries of szEntry bytes, each of which
** begins with its uint64_t key (0: an empty slot).  Keys are hashes
** already: an entry's first slot is its key's low bits, and collisions
** take the next slot.  The table grows when it is half full; entries are
** found by key, never by position, since growing moves them. */
typedef struct ZbTable {
  unsigned char *a;            /* (mask+1)*szEntry bytes, or NULL before the first insert */
  size_t szEntry;
  uint32_t mask;
  uint32_t n;                  /* entries in use */
} ZbTable;

void zb_table_init(ZbTable *t, size_t szEntry);
void zb_table_free(ZbTable *t);
/* Makes room for n entries in all without growing again: -1 on OOM. */
int zb_table_reserve(ZbTable *t, uint32_t n);
/* The entry of key (non-zero), or NULL. */
static inline void *zb_table_find(const ZbTable *t, uint64_t key){
  uint32_t i;
  if( t->a==0 ) return 0;
  for(i=(uint32_t)key & t->mask; ; i=(i+1) & t->mask){
    unsigned char *e = t->a + (size_t)i*t->szEntry;
    uint64_t k;
    memcpy(&k, e, sizeof(k));
    if( k==key ) return e;
    if( k==0 ) return 0;
  }
}
/* The entry of key (non-zero): the one there, or a new one, zeroed but for
** its key (*pIsNew tells which; pIsNew may be NULL).  NULL on OOM. */
void *zb_table_insert(ZbTable *t, uint64_t key, int *pIsNew);
/* The memory the table takes. */
size_t zb_table_bytes(const ZbTable *t);

/* Number of code points in the n bytes at z, counting as zb_next_cp does
** (each ill-formed subsequence counts one). */
int64_t zb_utf8_chars(const unsigned char *z, int32_t n);

/* The index of the n-byte word z in the NULL-terminated list az, compared
** without regard to ASCII case; -1 if it is none of them.  The whole word
** must match: one with a NUL byte inside matches nothing. */
int zb_choice(const char *z, size_t n, const char *const *az);
/* The malloc'd message "zFunc: unknown zWhat 'z'; valid: a, b, c" (NULL on
** OOM), control bytes in z written \xHH. */
char *zb_choice_error(const char *zFunc, const char *zWhat, const char *z, size_t n,
                      const char *const *az);

/* One recognized option: its name and the values it accepts. */
typedef struct ZbOption {
  const char *zName;
  const char *const *azValue;   /* NULL-terminated */
} ZbOption;

/* Sets one option, named by the nName bytes at zName, to the value in the
** nVal bytes at zVal (names and values compared as zb_choice() does):
** aValue[i] gets the index of the value in a[i].azValue.  Bit i of *pSeen
** marks option i as set: an option given twice is an error.  On error
** returns -1 and *pzErr gets a malloc'd message that starts with zFunc and
** lists what would have been valid (NULL on OOM). */
int zb_option_set(const char *zFunc, const ZbOption *a, int nOption, const char *zName,
                  size_t nName, const char *zVal, size_t nVal, int *aValue, unsigned *pSeen,
                  char **pzErr);

/* Parses the n bytes "name=value,name=value" at zOptions (spaces around
** tokens are ignored) with zb_option_set(); options not named keep the
** value the caller put in aValue. */
int zb_parse_options(const char *zFunc, const char *zOptions, size_t n,
                     const ZbOption *a, int nOption, int *aValue, char **pzErr);

/* malloc'd printf, NULL on OOM. */
char *zb_mprintf(const char *zFormat, ...);

#endif
