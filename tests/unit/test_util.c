/*
** test_util.c — unit tests of the shared helpers of ext/util.c: the
** growable buffer, in particular one that starts in the caller's memory
** (zb_buf_init_with), UTF-8 character counting, and the readers of
** enumerated arguments and option strings.
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

static const char *const azColour[] = { "red", "green", 0 };
static const char *const azZeroOne[] = { "0", "1", 0 };
static const ZbOption aOption[] = { { "colour", azColour }, { "stem", azZeroOne } };

/* Parses zOptions (n bytes); returns the error message (freed by the next
** call) or "" on success, with the values in aValue. */
static const char *parse(const char *z, size_t n, int *aValue){
  static char *zErr = 0;
  free(zErr);
  zErr = 0;
  aValue[0] = aValue[1] = -1;
  return zb_parse_options("f", z, n, aOption, 2, aValue, &zErr) ? zErr : "";
}

static void test_options(void){
  int a[2];
  unsigned seen = 0;
  char *zErr = 0;
  CHECK(zb_choice("GREEN", 5, azColour)==1);
  CHECK(zb_choice("green\0", 6, azColour)==-1);           /* a NUL inside: no match */
  CHECK(zb_choice("gree", 4, azColour)==-1);
  CHECK_STR(parse(" colour = Red , stem=1 ", 23, a), "");
  CHECK(a[0]==0 && a[1]==1);
  CHECK_STR(parse("stem=1,,", 8, a), "");
  CHECK(a[0]==-1 && a[1]==1);                              /* not named: kept */
  CHECK_STR(parse("stem=1,stem=1", 13, a), "f: option 'stem' is given twice");
  CHECK_STR(parse("stem=1\0", 7, a), "f: unknown value for option 'stem': '1\\x00'; valid: 0, 1");
  CHECK_STR(parse("stem=1", 5, a), "f: unknown value for option 'stem': ''; valid: 0, 1");
  CHECK_STR(parse("size=2", 6, a), "f: unknown option 'size'; valid: colour, stem");
  CHECK_STR(parse("stem", 4, a), "f: option 'stem' needs a value (stem=...)");
  /* pair by pair, as the FTS5 tokenizer reads its arguments */
  CHECK(zb_option_set("f", aOption, 2, "stem", 4, "0", 1, a, &seen, &zErr)==0);
  CHECK(zb_option_set("f", aOption, 2, "colour", 6, "green", 5, a, &seen, &zErr)==0);
  CHECK(a[0]==1 && a[1]==0 && seen==3);
  CHECK(zb_option_set("f", aOption, 2, "stem", 4, "1", 1, a, &seen, &zErr)==-1);
  CHECK_STR(zErr, "f: option 'stem' is given twice");
  free(zErr);
  zErr = zb_choice_error("digits", "digit system", "x\ty", 3, azColour);
  CHECK_STR(zErr, "digits: unknown digit system 'x\\x09y'; valid: red, green");
  free(zErr);
}

int main(void){
  test_borrowed_buffer();
  test_utf8_chars();
  test_options();
  return unit_done("util");
}
