/*
** fa_normalize.h — Persian display normalization (see fa_normalize.c).
** Pure C: no SQLite types.
*/
#ifndef ZABAN_FA_NORMALIZE_H
#define ZABAN_FA_NORMALIZE_H
#include "normalize.h"

typedef struct ZbFaOptions {
  ZbDigits digits;   /* ZB_DIGITS_PERSIAN (default), _LATIN, _ARABIC, _KEEP */
  int zwnj;          /* 1: restore missing ZWNJ, remove wrong ones */
  int diacritics;    /* 1: remove harakat and other Arabic marks */
  int spacing;       /* 1: fix spaces around punctuation, digits, affixes */
  int punctuation;   /* 1: ، ؛ ؟ « » … ٫ for their Latin stand-ins */
} ZbFaOptions;

/* Appends the normalized form of n bytes of UTF-8 at z; 0, or -1 on OOM. */
int zb_fa_normalize(const unsigned char *z, int32_t n, const ZbFaOptions *o, ZbBuf *out);

#endif
