/*
** test_util.c — unit tests of the shared helpers of ext/util.c: the
** growable buffer, in particular one that starts in the caller's memory
** (zb_buf_init_with), and UTF-8 character counting.
*/
#include "util.h"
#include "unit.h"

#include <stdlib.h>

/* A buffer in the caller's array stays there while it fits, moves to the
** heap with its bytes when it outgrows it, and never frees the array. */
static void test_borrowed_buffer(void){
  char aStack[8];
  ZbBuf b;
  char *z;
  zb_buf_init_with(&b, aStack, sizeof(aStack));
  zb_buf_append(&b, "abcdef", 6);
  CHECK(b.z==aStack && b.n==6 && !b.oom);
  zb_buf_append(&b, "ghijkl", 6);                 /* outgrows the array */
  CHECK(b.z!=aStack && b.n==12 && !b.borrowed && !b.oom);
  CHECK(memcmp(b.z, "abcdefghijkl", 12)==0);
  zb_buf_free(&b);

  zb_buf_init_with(&b, aStack, sizeof(aStack));
  zb_buf_append(&b, "abc", 3);
  z = zb_buf_detach(&b);                          /* a heap copy, the caller's */
  CHECK(z!=0 && z!=aStack);
  CHECK_STR(z, "abc");
  free(z);

  zb_buf_init_with(&b, aStack, sizeof(aStack));   /* full to the last byte */
  zb_buf_append(&b, "12345678", 8);
  z = zb_buf_detach(&b);
  CHECK_STR(z, "12345678");
  free(z);

  zb_buf_init_with(&b, aStack, sizeof(aStack));
  zb_buf_free(&b);                                /* frees nothing */
  CHECK(b.z==0 && b.n==0 && !b.borrowed);
}

static void test_utf8_chars(void){
  CHECK(zb_utf8_chars((const unsigned char*)"", 0)==0);
  CHECK(zb_utf8_chars((const unsigned char*)"abc", 3)==3);
  CHECK(zb_utf8_chars((const unsigned char*)"\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85", 8)==4);  /* سلام */
  CHECK(zb_utf8_chars((const unsigned char*)"a\xFF" "b", 3)==3);   /* ill-formed: one */
  CHECK(zb_utf8_chars((const unsigned char*)"\xD8", 1)==1);        /* cut short: one */
}

int main(void){
  test_borrowed_buffer();
  test_utf8_chars();
  return unit_done("util");
}
