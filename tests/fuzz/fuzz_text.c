/*
** fuzz_text.c — a libFuzzer target for every text-taking function of the
** normalization layer.  The first byte picks the function, the rest is its
** input (tokenizer, dates, entities and name keys included).  Besides "no crash, no over-read, no leak" it checks properties:
** every output is valid UTF-8, fold() is idempotent, and fa_normalize()'s
** quick path agrees with its rules.
**
**   make fuzz                     # clang -fsanitize=fuzzer, 60 s a target
**   build/fuzz/fuzz_text -max_total_time=600 tests/fuzz/corpus
**
** tests/fuzz/smoke.c drives the same function from `make test` without
** libFuzzer, on generated inputs.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "normalize.h"
#include "fa_normalize.h"
#include "tokenize.h"
#include "dates.h"
#include "entities.h"
#include "name_key.h"

static void must(int cond, const char *zWhat){
  if( !cond ){ fprintf(stderr, "fuzz_text: %s\n", zWhat); abort(); }
}

static int valid_utf8(const char *z, size_t n){
  int32_t i = 0;
  while( (size_t)i<n ){
    int32_t c;
    U8_NEXT(z, i, (int32_t)n, c);
    if( c<0 ) return 0;
  }
  return 1;
}

static void check_fold(const unsigned char *z, int32_t n){
  ZbBuf once, twice;
  zb_buf_init(&once);
  zb_buf_init(&twice);
  must(zb_fold(z, n, &once)==0, "fold failed");
  must(valid_utf8(once.z, once.n), "fold: invalid UTF-8 out");
  must(zb_fold((const unsigned char*)once.z, (int32_t)once.n, &twice)==0, "fold failed");
  must(once.n==twice.n && (once.n==0 || memcmp(once.z, twice.z, once.n)==0), "fold not idempotent");
  zb_buf_free(&once);
  zb_buf_free(&twice);
}

/* fa_normalize() succeeds, and a space before the text changes nothing:
** the rules drop it, and the quick path for text that comes out as it
** went in never takes a text that starts with one. */
static void check_fa_normalize(const unsigned char *z, int32_t n, const ZbFaOptions *o, ZbBuf *out){
  ZbBuf spaced, rules;
  zb_buf_init(&spaced);
  zb_buf_init(&rules);
  zb_buf_putc(&spaced, ' ');
  zb_buf_append(&spaced, z, (size_t)n);
  must(zb_fa_normalize(z, n, o, out)==0, "fa_normalize failed");
  must(zb_fa_normalize((const unsigned char*)spaced.z, (int32_t)spaced.n, o, &rules)==0,
       "fa_normalize failed");
  must(out->n==rules.n && (out->n==0 || memcmp(out->z, rules.z, out->n)==0),
       "fa_normalize: a space before the text changes it");
  zb_buf_free(&spaced);
  zb_buf_free(&rules);
}

/* Tokens come in order, inside the text, with consistent character spans. */
static void check_tokens(const unsigned char *z, int32_t n, unsigned flags){
  ZbTokenizer t;
  ZbToken k;
  int32_t lastEnd = 0, lastCharEnd = 0;
  must(zb_tok_init(&t, z, n, flags)==0, "tok_init failed");
  while( zb_tok_next(&t, &k) ){
    must(k.iByte>=lastEnd && k.iByte<k.iByteEnd && k.iByteEnd<=n, "token bytes out of order");
    must(k.iChar>=lastCharEnd && k.iChar<k.iCharEnd, "token chars out of order");
    lastEnd = k.iByteEnd;
    lastCharEnd = k.iCharEnd;
  }
}

/* Every index term is valid UTF-8 without spaces. */
static void check_terms(const unsigned char *z, int32_t n, ZbTermMode mode){
  ZbTerms p;
  ZbTerm term;
  ZbTermOptions o = { 0, 1, ZB_LANG_AUTO, 0 };
  int rc;
  must(zb_terms_init(&p, z, n, mode, &o, 0)==0, "terms_init failed");
  while( (rc = zb_terms_next(&p, &term))==1 ){
    must(valid_utf8(term.z, (size_t)term.n), "term: invalid UTF-8");
    must(memchr(term.z, ' ', (size_t)term.n)==0, "term with a space");
  }
  must(rc==0, "terms_next failed");
  zb_terms_free(&p);
}

/* Dates come in order, inside the text, and format within their bound. */
static void check_dates(const unsigned char *z, int32_t n, int withReference){
  ZbDatesOptions o = { withReference, 19640, ZB_LANG_AUTO };
  ZbDates *p = zb_dates_open(z, n, &o);
  ZbDateMatch m;
  int32_t lastEnd = 0;
  int rc;
  char zValue[ZB_DATES_VALUE_MAX];
  must(p!=0, "dates_open failed");
  while( (rc = zb_dates_next(p, &m))==1 ){
    must(m.iByte>=lastEnd && m.iByte<m.iByteEnd && m.iByteEnd<=n, "date span out of order");
    must(zb_dates_format(&m, ZB_JALALI, zValue)<ZB_DATES_VALUE_MAX, "date value too long");
    lastEnd = m.iByteEnd;
  }
  must(rc==0, "dates_next failed");
  zb_dates_close(p);
}

/* Mentions lie inside the text; their strings are valid UTF-8. */
static void check_entities(const unsigned char *z, int32_t n){
  ZbEntities *p;
  ZbMention m;
  const char *zErr;
  int rc;
  must(zb_entities_open(&p, z, n, ZB_LANG_AUTO, 0, &zErr)==0, "entities_open failed");
  while( (rc = zb_entities_next(p, &m))==1 ){
    must(m.iByte>=0 && m.iByte<m.iByteEnd && m.iByteEnd<=n, "mention out of the text");
    must(m.zEntity==0 || valid_utf8(m.zEntity, strlen(m.zEntity)), "entity id: invalid UTF-8");
  }
  must(rc==0, "entities_next failed");
  zb_entities_close(p);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  const unsigned char *z = data + 1;
  int32_t n = (int32_t)(size - 1);
  ZbBuf out;
  if( size==0 || size>1000000 ) return 0;
  zb_buf_init(&out);
  switch( data[0] % 10 ){
    case 0: check_fold(z, n); break;
    case 1: must(zb_digits(z, n, (ZbDigits)(data[0]/5 % 4), &out)==0, "digits failed"); break;
    case 2: must((unsigned)zb_lang(z, n) < ZB_LANG_N, "lang out of range"); break;
    case 3: {
      ZbArOptions o = { 1, 1, 1, 1, data[0]&0x40 ? 1 : 0, 1, ZB_DIGITS_LATIN };
      must(zb_ar_normalize(z, n, &o, &out)==0, "ar_normalize failed");
      break;
    }
    case 4: {
      ZbFaOptions o = { ZB_DIGITS_PERSIAN, 1, 1, 1, 1 };
      o.zwnj = !(data[0] & 0x40);
      o.spacing = !(data[0] & 0x20);
      o.digits = (data[0] & 0x80) ? ZB_DIGITS_KEEP : ZB_DIGITS_PERSIAN;
      check_fa_normalize(z, n, &o, &out);
      break;
    }
    case 5: check_tokens(z, n, (data[0] & 0x80) ? ZB_TOK_WITH_PUNCT : 0); break;
    case 6: check_terms(z, n, (ZbTermMode)(data[0]/7 % 3)); break;
    case 7: check_dates(z, n, data[0] & 0x80); break;
    case 8: check_entities(z, n); break;
    case 9: must(zb_name_key(z, n, &out)==0, "name_key failed"); break;
  }
  must(valid_utf8(out.z, out.n), "invalid UTF-8 out");
  zb_buf_free(&out);
  return 0;
}
