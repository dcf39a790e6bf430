/*
** fa_stem.c — a light Persian stemmer, checked by the lexicon.
**
** No SQL function of its own: the FTS5 tokenizer and tokens() use it when
** stemming is on (tokenize.c), so that
**     SELECT normalized FROM tokens('رایزنیهای کتاب‌ها ایران', 'stem=1');
**     -- رایزنیهای, رایزنی, کتابها, کتاب, ایران
** (each word's form, then its stem where it has one).
**
** A suffix is removed only when the word itself is not a word of the
** lexicon (fa_lexicon.h) and what remains is: ایران, باران, تنها, دختر stay
** whole although they end like ان, ها, تر.  Shorter suffixes are tried
** first, so the longest stem the lexicon knows wins (دریای → دریا, not دری).
** One suffix is removed at most; the plural with a pronoun (هایشان) is a
** suffix of its own in the list.
*/
#include "fa_stem.h"
#include "fa_lexicon.h"

#include <string.h>

/* Longer words are not stemmed (no Persian word is near this long). */
#define FA_STEM_MAX_BYTES 96

/* Suffixes, shortest first (all letters are two bytes of UTF-8). */
static const char *const azFaSuffix[] = {
  "ی", "ان", "ات", "ای", "یی", "ام", "اش", "تر", "ها",
  "مان", "تان", "شان", "های", "تری", "ترین", "هایی", "هایم", "هایت", "هایش",
  "هایمان", "هایتان", "هایشان",
};

/* Letters in z[0..n), a ZWNJ (E2 80 8C) not counting. */
static int fa_letter_count(const char *z, int n){
  int i, nLetter = 0;
  for(i=0; i<n; i++){
    unsigned char c = (unsigned char)z[i];
    if( (c & 0xC0)!=0x80 && c!=0xE2 ) nLetter++;
  }
  return nLetter;
}

static int ends_with_zwnj(const char *z, int n){
  return n>=3 && memcmp(z + n - 3, "\xE2\x80\x8C", 3)==0;
}

int zb_fa_stem(const char *z, int n){
  size_t i;
  if( n>FA_STEM_MAX_BYTES || zb_fa_is_word(z, n) ) return n;
  for(i=0; i<sizeof(azFaSuffix)/sizeof(azFaSuffix[0]); i++){
    int nSuffix = (int)strlen(azFaSuffix[i]);
    int nBase = n - nSuffix;
    if( nBase<=0 || memcmp(z + nBase, azFaSuffix[i], (size_t)nSuffix)!=0 ) continue;
    if( ends_with_zwnj(z, nBase) ) nBase -= 3;
    if( fa_letter_count(z, nBase)>=2 && zb_fa_is_word(z, nBase) ) return nBase;
  }
  return n;
}
