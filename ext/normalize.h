/*
** normalize.h — the normalization layer every other module folds text with.
** Pure C (ICU, no SQLite types).  The SQL functions fold(), digits(),
** ar_normalize() and fa_normalize() are thin bindings over these.
**
** All functions read n bytes of UTF-8 at z (ill-formed subsequences are read
** as U+FFFD), append valid UTF-8 to out, and return 0, or -1 when out ran
** out of memory.
*/
#ifndef ZABAN_NORMALIZE_H
#define ZABAN_NORMALIZE_H
#include "util.h"

/* The language-independent matching key: NFKC, full case folding, combining
** marks removed, Arabic/Persian letter variants unified (to ی ک ه ا و), all
** decimal digits to ASCII, typographic quotes and dashes to ASCII, ZWNJ,
** ZWJ, kashida and bidi controls removed, whitespace collapsed and trimmed. */
int zb_fold(const unsigned char *z, int32_t n, ZbBuf *out);

/* The fold of a single code point, appended to out (no whitespace
** collapsing: a whitespace code point gives one space).  For callers that
** fold token by token and must map offsets back to the original. */
int zb_fold_cp(int32_t c, ZbBuf *out);

/* Byte b's fold when b is an ASCII character whose fold is one ASCII byte
** (letters in lower case, ` as '): the fold of a text whose every byte is
** one is those bytes, mapped one by one.  0x80 or more otherwise (white
** space, the bytes of longer characters).  256 entries, or NULL if memory
** ran out. */
const unsigned char *zb_fold_bytes(void);

typedef enum ZbDigits { ZB_DIGITS_LATIN, ZB_DIGITS_PERSIAN, ZB_DIGITS_ARABIC, ZB_DIGITS_KEEP } ZbDigits;

/* Every decimal digit (any script) converted to the given system. */
int zb_digits(const unsigned char *z, int32_t n, ZbDigits system, ZbBuf *out);

/* Builds the shared tables now (they are otherwise built on first use);
** returns -1 if memory ran out.  Called when the extension loads. */
int zb_normalize_init(void);

/* Character classes, for the tokenizers (one byte per BMP code point). */
enum ZbClass {
  ZB_CLASS_OTHER,     /* punctuation, symbols, controls */
  ZB_CLASS_SPACE,     /* White_Space */
  ZB_CLASS_DIGIT,     /* decimal digits of any script */
  ZB_CLASS_ARABIC,    /* letters of the Arabic script (Persian, Arabic, Urdu …) */
  ZB_CLASS_LETTER,    /* letters of every other script */
  ZB_CLASS_MARK,      /* combining marks */
  ZB_CLASS_JOINER     /* ZWNJ, ZWJ */
};

/* The class table: entry c is the enum ZbClass of BMP code point c.  NULL
** if memory ran out.  For c > 0xFFFF use zb_char_class(). */
const unsigned char *zb_class_table(void);
int zb_char_class(int32_t c);

/* Harakat, shadda, sukun, superscript alef, honorific and Quranic marks:
** the Arabic marks that ar_normalize() and fa_normalize() remove. */
int zb_is_arabic_mark(int32_t c);

/* The decimal digit value of c (any script), or -1. */
int zb_digit_value(int32_t c);

/* If c is an Arabic presentation form (U+FB50..U+FDFF, U+FE70..U+FEFF) with
** a compatibility decomposition, points *pz at its NFKC expansion (UTF-8,
** not NUL-terminated) and returns its length; otherwise returns 0. */
int zb_presentation_form(int32_t c, const char **pz);

/* What ar_normalize() folds; each flag 1 = fold/remove, 0 = keep. */
typedef struct ZbArOptions {
  int alef;        /* أ إ آ ٱ ٲ ٳ → ا */
  int yeh;         /* ى ی ې → ي */
  int tehMarbuta;  /* ة → ه */
  int kaf;         /* ک ڪ → ك */
  int diacritics;  /* harakat, shadda, sukun, superscript alef, Quranic marks */
  int tatweel;     /* ـ */
  ZbDigits digits; /* ZB_DIGITS_KEEP by default */
} ZbArOptions;

/* Arabic normalized for matching (Lucene's ArabicNormalizer, and more). */
int zb_ar_normalize(const unsigned char *z, int32_t n, const ZbArOptions *opt, ZbBuf *out);

#endif
