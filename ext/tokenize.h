/*
** tokenize.h — zaban's one tokenizer: the words, numbers and (on request)
** punctuation of a text, with their spans in the original text, and the
** forms a search index stores for them.  Pure C (ICU, libstemmer), no
** SQLite types.  tokens(), the FTS5 tokenizer `zaban`, dates() and
** entities() are all built on it.
**
** Three layers, each usable alone, and a helper for queries:
**
**   1. Segmentation (zb_tok_init / zb_tok_next): streams the tokens of the
**      ORIGINAL text; nothing is normalized and nothing is allocated.
**   2. Normalization (zb_tok_normalize): the index form of one token, the
**      fold() of its text, optionally stemmed (ZbStemmers).
**   3. Index terms (zb_terms_*): what the FTS5 tokenizer emits for a
**      document or a query: forms, stems, and Persian words written apart
**      that are one word (گفت وگو) joined, with FTS5's colocation flags.
**   4. Queries (zb_fts_query): what a user typed, as a safe FTS5 query.
**
**   ZbTokenizer t;  ZbToken k;
**   zb_tok_init(&t, z, n, ZB_TOK_WITH_PUNCT);
**   while( zb_tok_next(&t, &k) ){ ... z + k.iByte, k.iByteEnd - k.iByte ... }
*/
#ifndef ZABAN_TOKENIZE_H
#define ZABAN_TOKENIZE_H
#include "lang.h"

/* ======================================================================
** 1. Segmentation
**
** A word is a run of letters of one script family (Arabic script, or any
** other), with the combining marks that follow them; ZWNJ, ZWJ, kashida,
** soft hyphen and word joiner inside a word keep it whole (می‌دهد,
** ســلام, organi­sation), at its edges they belong to no token.  Space,
** punctuation, apostrophes and hyphens separate words (Abdollahian's →
** Abdollahian, s; l'Organisation → l, Organisation; cessez-le-feu → three
** words).  A change between Arabic and other letters, or between letters
** and digits, ends a token (G7 → G, 7; ۱۴۰۰ام → ۱۴۰۰, ام).
**
** A number is a run of decimal digits of any script (1400, ۱۴۰۰, ١٤٠٠);
** separators inside numbers are punctuation: 10.5 is 10 . 5 and
** ۱۴۰۰/۰۹/۰۴ is ۱۴۰۰ / ۰۹ / ۰۴.  Punctuation tokens (one character each,
** with its marks) are only returned with ZB_TOK_WITH_PUNCT; whitespace never.
** Whether two tokens touch is iByteEnd of one == iByte of the next.
**
** Ill-formed UTF-8 reads as U+FFFD (zb_next_cp), a punctuation character;
** nothing is read outside z[0..n).
*/

typedef enum ZbTokKind {
  ZB_TOK_ARABIC = 1,   /* a word in the Arabic script (Persian, Arabic, Urdu …) */
  ZB_TOK_LATIN,        /* a word whose first letter is Latin */
  ZB_TOK_LETTER,       /* a word in any other script (Cyrillic, Greek, Han …) */
  ZB_TOK_NUMBER,       /* a run of decimal digits */
  ZB_TOK_PUNCT         /* any other character (only with ZB_TOK_WITH_PUNCT) */
} ZbTokKind;

/* Flags of zb_tok_init(). */
#define ZB_TOK_WITH_PUNCT 0x01   /* also return punctuation and symbols */

typedef struct ZbToken {
  int32_t iByte, iByteEnd;   /* the token is bytes [iByte, iByteEnd) of z */
  int32_t iChar, iCharEnd;   /* the same span in characters, 0-based, as
                             ** SQLite counts them: substr(text, iChar+1,
                             ** iCharEnd-iChar) is the token */
  ZbTokKind kind;
} ZbToken;

typedef struct ZbTokenizer {
  const unsigned char *z;
  int32_t n;
  int32_t i;                 /* the next byte to read */
  int32_t iChar;             /* characters before z[i] */
  int inChar;                /* SQLite counts a continuation byte at z[i]
                             ** into the character before it */
  unsigned flags;
  const unsigned char *aClass;   /* zb_class_table() */
} ZbTokenizer;

/* Starts tokenizing the n bytes at z (which must stay valid).  Returns 0,
** or -1 if the shared character tables could not be built (OOM). */
int zb_tok_init(ZbTokenizer *t, const unsigned char *z, int32_t n, unsigned flags);

/* Fills *pTok with the next token and returns 1, or returns 0 at the end. */
int zb_tok_next(ZbTokenizer *t, ZbToken *pTok);

/* ======================================================================
** 2. Normalization and stemming
*/

/* The stemmer a token of this kind gets in a text of language lang:
** Latin words English, or French in French text; Arabic-script words the
** light Persian stemmer (fa_stem.h), or Snowball's Arabic in Arabic text;
** ZB_LANG_AUTO for numbers, punctuation and other scripts (no stemmer). */
ZbLang zb_tok_stem_lang(ZbTokKind kind, ZbLang lang);

/* The Snowball stemmers (libstemmer), created on first use.  They are not
** thread-safe: one ZbStemmers per connection (or per FTS5 table), never
** shared between threads. */
typedef struct ZbStemmers ZbStemmers;
ZbStemmers *zb_stemmers_new(void);          /* NULL on OOM */
void zb_stemmers_free(ZbStemmers *s);

/* Appends the index form of token k of text z to out: its fold() (case,
** accents, Arabic letter variants, digits unified; ZWNJ, kashida and marks
** removed), without any space.  With a stemmer set s, the form is then
** stemmed with the stemmer zb_tok_stem_lang(k->kind, lang) (nothing happens
** for ZB_LANG_AUTO).  Returns 0, or -1 on OOM. */
int zb_tok_normalize(const unsigned char *z, const ZbToken *k, ZbStemmers *s,
                     ZbLang lang, ZbBuf *out);

/* Appends the index form of token k of text z without stemming: its fold()
** without any space (what zb_tok_normalize() appends without stemmers).
** Returns 0, or -1 on OOM. */
int zb_tok_fold(const unsigned char *z, const ZbToken *k, ZbBuf *out);

/* ======================================================================
** 3. Index terms, as the FTS5 tokenizer emits them
**
** Document mode: each token's form at its own position, its stem (if
** stemming is on and it differs) colocated.  Persian words written apart
** that are one word (zb_fa_join: گفت وگو, کتاب ها, می رود; up to
** ZB_JOIN_MAX words) take ONE position: the joined form first (its span
** covers the words and the space), then, colocated, the forms of the
** partial compounds and of each word.  So گفت‌وگو, گفتوگو and گفت وگو all
** find each other, and so do the words alone.
** Spelling variants and the parts of names written as one word: see
** ZbSpellingVariant below.
** Query mode: the same, but a joined compound replaces its words; with
** stemming, a Latin word of a query whose language zb_lang() cannot tell
** gets both its English and its French stem.
** Prefix mode (a query string followed by *): forms only, neither joined
** nor stemmed.
*/
#define ZB_JOIN_MAX 4
/* Terms queued for one position, at most: the compound, its partial
** compounds and its words, each with a stem. */
#define ZB_TERMS_MAX (2*(2*ZB_JOIN_MAX - 1))

typedef enum ZbTermMode { ZB_TERMS_DOCUMENT, ZB_TERMS_QUERY, ZB_TERMS_PREFIX } ZbTermMode;

/* Persian words written two ways (گفتگو, گفت‌وگو; اطاق, اتاق), from
** sql/search/spelling_variants.tsv (spelling_variants_data.c, generated):
** a document's variant is also indexed, colocated, under the standard
** spelling's form, and a query's variant is replaced by it, so that either
** spelling finds both. */
typedef struct ZbSpellingVariant { const char *zVariant, *zStandard; } ZbSpellingVariant;
extern const ZbSpellingVariant zb_spelling_variants[];   /* ends with { 0, 0 } */

/* Names written as one word (AmirAbdollahian, امیرعبداللهیان): in a
** document, the parts of a Latin word whose capitals show where its parts
** begin, and of an Arabic-script word that starts with a name prefix
** (امیر، میر، غلام، ابو، سید، شیخ) followed by three letters or more, are
** indexed too, colocated: Abdollahian finds AmirAbdollahian. */

typedef struct ZbTermOptions {
  int stem;                  /* 1: stems are added (needs a ZbStemmers) */
  int join;                  /* 1: Persian words written apart are joined */
  ZbLang lang;               /* the language of every text, or AUTO */
  unsigned tokFlags;         /* flags for zb_tok_init (ZB_TOK_WITH_PUNCT) */
} ZbTermOptions;

typedef struct ZbTerm {
  ZbToken tok;               /* the span of the original text it stands for */
  const char *z;             /* the term (valid until the next call) */
  int n;
  int colocated;             /* 1: same position as the term before */
} ZbTerm;

/* The state of zb_terms_*: callers only allocate it. */
typedef struct ZbTermQueued {
  ZbToken tok;
  size_t off;                /* the term is pool[off .. off+n) */
  int n;
  int colocated;
} ZbTermQueued;

typedef struct ZbTerms {
  ZbTokenizer tz;
  ZbTermOptions opt;
  ZbTermMode mode;
  ZbStemmers *stemmers;
  ZbLang textLang;           /* the language stems are chosen by */
  ZbToken ahead;             /* a token read ahead, if hasAhead */
  int hasAhead;
  ZbTermQueued aQueue[ZB_TERMS_MAX];
  int nQueue, iQueue;
  ZbBuf pool;                /* text of queued terms */
  ZbBuf scratch;             /* Persian lexicon forms of the words read */
} ZbTerms;

/* Starts the terms of the n bytes at z.  stemmers may be NULL when
** opt->stem is 0.  Returns 0 or -1 (OOM).  Call zb_terms_free() after,
** even on failure. */
int zb_terms_init(ZbTerms *p, const unsigned char *z, int32_t n, ZbTermMode mode,
                  const ZbTermOptions *opt, ZbStemmers *stemmers);

/* The next term: 1, 0 at the end, -1 on OOM. */
int zb_terms_next(ZbTerms *p, ZbTerm *pTerm);

void zb_terms_free(ZbTerms *p);

/* ======================================================================
** 4. Queries from what users type
**
** An FTS5 query that searches the words of a text as they are written:
** each run of characters between spaces becomes an FTS5 string ("…", a "
** inside doubled), so that hyphens, colons, parentheses, quotes and the
** words AND, OR, NOT, NEAR are searched, never read as query syntax
** (Al-Aqsa → "Al-Aqsa", the phrase al aqsa).  A * at the end of a word stays
** outside its string: a prefix query ("گفت"*).  A text with no word gives
** "" (a phrase of no token: it matches nothing, without an error).
*/
typedef enum ZbFtsQueryMode {
  ZB_FTS_ALL,                /* every word (FTS5's implicit AND) */
  ZB_FTS_ANY,                /* any word (OR) */
  ZB_FTS_PHRASE              /* the words in this order, as one phrase */
} ZbFtsQueryMode;

/* Appends the query for the n bytes at z to out.  Returns 0, or -1 on OOM. */
int zb_fts_query(const unsigned char *z, int32_t n, ZbFtsQueryMode mode, ZbBuf *out);

#endif
