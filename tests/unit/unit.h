/*
** unit.h — a minimal harness for zaban's C unit tests.
**
**   CHECK(cond)                  counts a pass or prints FAIL with the line
**   CHECK_STR(got, expected)     compares two C strings
**   return unit_done("name");    prints "unit name: P passed, F failed"
*/
#ifndef ZABAN_UNIT_H
#define ZABAN_UNIT_H
#include <stdio.h>
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

static int unit_done(const char *zName){
  printf("unit %s: %d passed, %d failed\n", zName, unit_passed, unit_failed);
  return 0;
}
#endif
