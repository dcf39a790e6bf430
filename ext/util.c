/*
** util.c — implementation of the shared helpers declared in util.h:
** the growable buffer, UTF-8 character counting and option parsing.
** Nothing here knows about SQLite.
*/
#include "util.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>

void zb_buf_init(ZbBuf *b){
  memset(b, 0, sizeof(*b));
}

void zb_buf_init_with(ZbBuf *b, char *z, size_t n){
  zb_buf_init(b);
  b->z = z;
  b->cap = n;
  b->borrowed = 1;
}

void zb_buf_free(ZbBuf *b){
  if( !b->borrowed ) free(b->z);
  zb_buf_init(b);
}

int zb_buf_grow(ZbBuf *b, size_t extra){
  size_t need, cap;
  char *z;
  if( b->oom ) return -1;
  need = b->n + extra;
  if( need < b->n ){ b->oom = 1; return -1; }
  cap = b->cap ? b->cap : 64;
  while( cap < need ){
    if( cap > SIZE_MAX/2 ){ cap = need; break; }
    cap *= 2;
  }
  z = realloc(b->borrowed ? 0 : b->z, cap);
  if( z==0 ){ b->oom = 1; return -1; }
  if( b->borrowed ) memcpy(z, b->z, b->n);
  b->borrowed = 0;
  b->z = z;
  b->cap = cap;
  return 0;
}

char *zb_buf_detach(ZbBuf *b){
  char *z;
  if( b->borrowed && zb_buf_grow(b, b->cap - b->n + 1) ) return 0;   /* to the heap */
  if( zb_buf_reserve(b, 1) ) return 0;
  b->z[b->n] = 0;            /* keep results usable as C strings */
  z = b->z;
  zb_buf_init(b);
  return z;
}

/* Mixes 64 bits into h (multiply and xor-shift, as splitmix64 does). */
static uint64_t key_mix(uint64_t h, uint64_t v){
  h = (h ^ v) * 0xBF58476D1CE4E5B9ull;
  return h ^ (h >> 31);
}

static uint64_t read64(const char *z){ uint64_t v; memcpy(&v, z, 8); return v; }
static uint64_t read32(const char *z){ uint32_t v; memcpy(&v, z, 4); return v; }

/* Eight bytes at a time; the last (up to) eight read as one number, with
** overlapping reads (as wyhash does), so that every byte counts once the
** length is mixed in. */
uint64_t zb_token_key(const char *z, size_t n){
  uint64_t h = key_mix(0xCBF29CE484222325ull, n), v;   /* the length first, mixed */
  size_t i = 0;
  for(; i+8<n; i+=8) h = key_mix(h, read64(z + i));
  if( n>=8 ){
    v = read64(z + n - 8);
  }else if( n>=4 ){
    v = read32(z) | (read32(z + n - 4) << 32);
  }else if( n>0 ){
    v = (uint64_t)(unsigned char)z[0] | (uint64_t)(unsigned char)z[n/2] << 8
      | (uint64_t)(unsigned char)z[n-1] << 16;
  }else{
    v = 0;
  }
  h = key_mix(h, v);
  h ^= h >> 33; h *= 0xFF51AFD7ED558CCDull; h ^= h >> 33;
  return h ? h : 1;            /* 0 marks an empty slot */
}

void zb_table_init(ZbTable *t, size_t szEntry){
  memset(t, 0, sizeof(*t));
  t->szEntry = szEntry;
}

void zb_table_free(ZbTable *t){
  free(t->a);
  zb_table_init(t, t->szEntry);
}

/* The empty slot where an entry of key goes in a (mask+1 entries). */
static unsigned char *table_hole(unsigned char *a, uint32_t mask, size_t sz, uint64_t key){
  uint32_t i = (uint32_t)key & mask;
  for(;;){
    uint64_t k;
    memcpy(&k, a + (size_t)i*sz, sizeof(k));
    if( k==0 ) return a + (size_t)i*sz;
    i = (i+1) & mask;
  }
}

/* Moves the entries into a table of cap slots (a power of two). */
static int table_resize(ZbTable *t, uint32_t cap){
  unsigned char *a = calloc(cap, t->szEntry);
  uint32_t i;
  if( a==0 ) return -1;
  for(i=0; t->a && i<=t->mask; i++){
    unsigned char *e = t->a + (size_t)i*t->szEntry;
    uint64_t k;
    memcpy(&k, e, sizeof(k));
    if( k ) memcpy(table_hole(a, cap-1, t->szEntry, k), e, t->szEntry);
  }
  free(t->a);
  t->a = a;
  t->mask = cap - 1;
  return 0;
}

/* The smallest capacity (a power of two, 16 at least) that holds n entries
** at most half full. */
static uint32_t table_capacity(uint32_t n){
  uint32_t cap = 16;
  while( cap < 2*n ) cap *= 2;
  return cap;
}

int zb_table_reserve(ZbTable *t, uint32_t n){
  uint32_t cap = table_capacity(n);
  if( t->a && cap<=t->mask+1 ) return 0;
  return table_resize(t, cap);
}

size_t zb_table_bytes(const ZbTable *t){
  return t->a ? ((size_t)t->mask + 1)*t->szEntry : 0;
}

void *zb_table_insert(ZbTable *t, uint64_t key, int *pIsNew){
  unsigned char *e = zb_table_find(t, key);
  if( pIsNew ) *pIsNew = (e==0);
  if( e ) return e;
  if( (t->a==0 || 2*(t->n+1) > t->mask+1) && zb_table_reserve(t, t->n+1) ) return 0;
  e = table_hole(t->a, t->mask, t->szEntry, key);
  memcpy(e, &key, sizeof(key));
  t->n++;
  return e;
}

int64_t zb_utf8_chars(const unsigned char *z, int32_t n){
  int64_t nChar = 0;
  int32_t i = 0;
  while( i<n ){
    if( z[i]<0x80 ){ i++; }else{ (void)zb_next_cp(z, n, &i); }
    nChar++;
  }
  return nChar;
}

char *zb_mprintf(const char *zFormat, ...){
  va_list ap;
  int n;
  char *z;
  va_start(ap, zFormat);
  n = vsnprintf(0, 0, zFormat, ap);
  va_end(ap);
  if( n<0 ) return 0;
  z = malloc((size_t)n + 1);
  if( z==0 ) return 0;
  va_start(ap, zFormat);
  vsnprintf(z, (size_t)n + 1, zFormat, ap);
  va_end(ap);
  return z;
}

/* Appends "a, b, c" (the names or the values of a list) to a buffer. */
static void list_names(ZbBuf *b, const char *const *az, int n, size_t stride){
  int i;
  for(i=0; i<n; i++){
    const char *zName = *(const char *const*)((const char*)az + i*stride);
    if( i ) zb_buf_append(b, ", ", 2);
    zb_buf_append(b, zName, strlen(zName));
  }
}

/* Appends the n bytes at z, quoted, with control bytes (an embedded NUL)
** written \xHH so that the message shows why the word did not match. */
static void append_quoted(ZbBuf *b, const char *z, size_t n){
  size_t i;
  zb_buf_putc(b, '\'');
  for(i=0; i<n; i++){
    unsigned char c = (unsigned char)z[i];
    if( c<0x20 || c==0x7F ){
      char zHex[5];
      snprintf(zHex, sizeof(zHex), "\\x%02X", c);
      zb_buf_append(b, zHex, 4);
    }else{
      zb_buf_putc(b, (char)c);
    }
  }
  zb_buf_putc(b, '\'');
}

/* "zFunc: zWhat 'token'; valid: a, b, c" */
static char *list_error(const char *zFunc, const char *zWhat, const char *zTok, size_t nTok,
                        const char *const *az, int n, size_t stride){
  ZbBuf b;
  zb_buf_init(&b);
  zb_buf_append(&b, zFunc, strlen(zFunc));
  zb_buf_append(&b, ": ", 2);
  zb_buf_append(&b, zWhat, strlen(zWhat));
  zb_buf_putc(&b, ' ');
  append_quoted(&b, zTok, nTok);
  zb_buf_append(&b, "; valid: ", 9);
  list_names(&b, az, n, stride);
  return zb_buf_detach(&b);
}

static int count_values(const char *const *az){
  int n = 0;
  while( az[n] ) n++;
  return n;
}

static const char *skip_space(const char *z, const char *zEnd){
  while( z<zEnd && isspace((unsigned char)*z) ) z++;
  return z;
}

static const char *trim_end(const char *z, const char *zEnd){
  while( zEnd>z && isspace((unsigned char)zEnd[-1]) ) zEnd--;
  return zEnd;
}

/* Finds the n-byte token z in a list of names (every stride bytes), or -1.
** The whole token must match: one with a NUL inside matches nothing. */
static int find_token(const char *z, size_t n, const char *const *az, size_t stride, int nList){
  int i;
  for(i=0; i<nList; i++){
    const char *zName = *(const char *const*)((const char*)az + i*stride);
    if( strlen(zName)==n && strncasecmp(zName, z, n)==0 ) return i;
  }
  return -1;
}

int zb_choice(const char *z, size_t n, const char *const *az){
  return find_token(z, n, az, sizeof(char*), count_values(az));
}

char *zb_choice_error(const char *zFunc, const char *zWhat, const char *z, size_t n,
                      const char *const *az){
  char *zHead = zb_mprintf("unknown %s", zWhat);
  char *zErr = zHead ? list_error(zFunc, zHead, z, n, az, count_values(az), sizeof(char*)) : 0;
  free(zHead);
  return zErr;
}

int zb_option_set(const char *zFunc, const ZbOption *a, int nOption, const char *zName,
                  size_t nName, const char *zVal, size_t nVal, int *aValue, unsigned *pSeen,
                  char **pzErr){
  int iOpt = find_token(zName, nName, &a[0].zName, sizeof(ZbOption), nOption), iVal;
  *pzErr = 0;
  if( iOpt<0 ){
    *pzErr = list_error(zFunc, "unknown option", zName, nName, &a[0].zName, nOption,
                        sizeof(ZbOption));
    return -1;
  }
  if( *pSeen & (1u << iOpt) ){
    *pzErr = zb_mprintf("%s: option '%s' is given twice", zFunc, a[iOpt].zName);
    return -1;
  }
  iVal = zb_choice(zVal, nVal, a[iOpt].azValue);
  if( iVal<0 ){
    char *zWhat = zb_mprintf("value for option '%s':", a[iOpt].zName);
    *pzErr = zWhat ? zb_choice_error(zFunc, zWhat, zVal, nVal, a[iOpt].azValue) : 0;
    free(zWhat);
    return -1;
  }
  *pSeen |= 1u << iOpt;
  aValue[iOpt] = iVal;
  return 0;
}

int zb_parse_options(const char *zFunc, const char *zOptions, size_t nOptions,
                     const ZbOption *a, int nOption, int *aValue, char **pzErr){
  const char *z = zOptions;
  const char *zEnd = zOptions + nOptions;
  unsigned seen = 0;
  *pzErr = 0;
  while( z<zEnd ){
    const char *zItemEnd = memchr(z, ',', (size_t)(zEnd - z));
    const char *zEq, *zName, *zNameEnd, *zVal;
    if( zItemEnd==0 ) zItemEnd = zEnd;
    zName = skip_space(z, zItemEnd);
    z = zItemEnd + 1;
    if( zName==zItemEnd ) continue;               /* empty item: "a=b,,c=d" */
    zEq = memchr(zName, '=', (size_t)(zItemEnd - zName));
    zNameEnd = trim_end(zName, zEq ? zEq : zItemEnd);
    if( zEq==0 ){
      int iOpt = find_token(zName, (size_t)(zNameEnd - zName), &a[0].zName, sizeof(ZbOption), nOption);
      if( iOpt>=0 ){
        *pzErr = zb_mprintf("%s: option '%s' needs a value (%s=...)", zFunc, a[iOpt].zName,
                            a[iOpt].zName);
        return -1;
      }
      zEq = zItemEnd;                             /* reported as an unknown option */
    }
    zVal = skip_space(zEq + (zEq<zItemEnd), zItemEnd);
    if( zb_option_set(zFunc, a, nOption, zName, (size_t)(zNameEnd - zName), zVal,
                      (size_t)(trim_end(zVal, zItemEnd) - zVal), aValue, &seen, pzErr) ){
      return -1;
    }
  }
  return 0;
}
