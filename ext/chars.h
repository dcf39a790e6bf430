/*
** chars.h — the character tests every module asks the same way: what is a
** dash, an apostrophe, a line break, an invisible joiner or a bidi control.
** fold() writes each dash as '-' and each apostrophe as '\'', and the
** tokenizer, dates(), entities() and name_key() ask these same questions,
** so that what one module takes for a dash the others do too.
**
**   zb_is_dash(0x2013)       1   – (and every other Dash_Punctuation, and −)
**   zb_is_apostrophe(0x2019) 1   ’ (and ‘ ‚ ‛ ′ ‵ ʼ ʻ ` ´)
**   zb_is_line_break('\r')   1
*/
#ifndef ZABAN_CHARS_H
#define ZABAN_CHARS_H
#include <stdint.h>
#include <unicode/uchar.h>

/* Dashes and hyphens (Unicode's Dash_Punctuation) and the minus sign. */
static inline int zb_is_dash(int32_t c){
  return c=='-' || (c>=0x80 && (u_charType(c)==U_DASH_PUNCTUATION || c==0x2212));
}

/* The apostrophes and the characters written for one: ' ‘ ’ ‚ ‛ ′ ‵ ʼ ʻ ` ´. */
static inline int zb_is_apostrophe(int32_t c){
  switch( c ){
    case '\'': case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
    case 0x2035: case 0x02BC: case 0x02BB: case 0x0060: case 0x00B4:
      return 1;
  }
  return 0;
}

/* Characters that end a line: LF, CR, VT, FF, NEL, LINE and PARAGRAPH
** SEPARATOR. */
static inline int zb_is_line_break(int32_t c){
  return c=='\n' || c=='\r' || c==0x0B || c==0x0C || c==0x85 || c==0x2028 || c==0x2029;
}

/* Bidi controls (LRM, RLM, ALM, the embeddings, overrides and isolates):
** invisible, they are neither tokens nor spaces. */
static inline int zb_is_bidi_control(int32_t c){
  return c==0x200E || c==0x200F || c==0x061C || (c>=0x202A && c<=0x202E)
      || (c>=0x2066 && c<=0x2069);
}

/* The invisible characters that may sit inside a word without breaking it:
** ZWNJ, ZWJ, kashida, soft hyphen, word joiner, zero-width no-break space. */
static inline int zb_is_joiner(int32_t c){
  return c==0x200C || c==0x200D || c==0x0640 || c==0x00AD || c==0x2060 || c==0xFEFF;
}

/* Non-spacing and enclosing marks (harakat, accents): what fold() removes;
** spacing marks (Mc) stay. */
static inline int zb_is_nonspacing_mark(int32_t c){
  int8_t t = u_charType(c);
  return t==U_NON_SPACING_MARK || t==U_ENCLOSING_MARK;
}

#endif
