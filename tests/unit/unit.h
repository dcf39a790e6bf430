/*
** unit.h — a minimal harness for zaban's C unit tests.
**
**   CHECK(cond)                  counts a pass or prints FAIL with the line
**   CHECK_STR(got, expected)     compares two C strings
**   return unit_done("name");    prints "unit name: P passed, F failed"
**   unit_open_shared("data/kabise.txt")    a file of ../shared, the project's
**   unit_read_shared("seeds/x.txt", &n)    test material (present in CI, absent
**                                          from a user's clone: NULL, and the
**                                          test must say SKIPPED)
*/
#ifndef ZABAN_UNIT_H
#define ZABAN_UNIT_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int unit_passed, unit_failed;

#define CHECK(cond) do{ \
  if( cond ){ unit_passed++; } \
  else{ unit_failed++; printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); } \
}while(0)

#define CHECK_STR(got, expected) do{ \
  const char *zGot_ = (got), *zExp_ = (expected); \
  if( zGot_ && strcmp(zGot_, zExp_)==0 ){ unit_passed++; } \
  else{ unit_failed++; printf("FAIL %s:%d: got '%s', expected '%s'\n", \
        __FILE__, __LINE__, zGot_ ? zGot_ : "(null)", zExp_); } \
}while(0)

static inline FILE *unit_open_shared(const char *zRel){
  char zPath[512];
  snprintf(zPath, sizeof(zPath), "../shared/%s", zRel);
  return fopen(zPath, "rb");
}

/* The whole file, NUL-terminated, its length in *pn; NULL if absent. */
static inline char *unit_read_shared(const char *zRel, int *pn){
  FILE *f = unit_open_shared(zRel);
  char *z = 0;
  long n;
  if( f==0 ) return 0;
  if( fseek(f, 0, SEEK_END)==0 && (n = ftell(f))>=0 && fseek(f, 0, SEEK_SET)==0
   && (z = malloc((size_t)n + 1))!=0 ){
    if( fread(z, 1, (size_t)n, f)==(size_t)n ){ z[n] = 0; *pn = (int)n; }
    else{ free(z); z = 0; }
  }
  fclose(f);
  return z;
}

static int unit_done(const char *zName){
  printf("unit %s: %d passed, %d failed\n", zName, unit_passed, unit_failed);
  return 0;
}
#endif
