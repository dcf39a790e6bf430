/*
** fa_rewrite.c — the rules of fa_normalize() (fa_normalize.c) over a
** segment of items, and its writing:
**
**   SELECT fa_normalize('کتاب ها را می خواهم ...');   -- 'کتاب‌ها را می‌خواهم …'
**
** The scan (fa_normalize.c) cuts the text into items (Persian words, other
** words, numbers, punctuation) separated by gaps, and hands them over a
** segment at a time (fa_normalize_int.h).  Here each Persian word goes
** through the lexicon (fa_lexicon.h: repeated letters, ZWNJ, suffixes),
** words the lexicon says are one are joined, "..." becomes …, quotes
** around Persian «», Latin punctuation after Persian its Persian form, and
** the gaps are spaced as a careful editor spaces Persian; runs of Latin
** text are left as written.  Pure C.
*/
#include "fa_normalize_int.h"
#include "fa_lexicon.h"

#include <stdlib.h>
#include <string.h>

static int is_arabic_letter(int32_t c){
  return zb_char_class(c)==ZB_CLASS_ARABIC;
}

/* Sets an item's text to n bytes appended to the work buffer. */
static void set_item_text(Segment *s, Item *it, const char *z, size_t n){
  size_t off = s->work->n;
  zb_buf_append(s->work, z, n);
  it->off = (uint32_t)off;
  it->len = (uint32_t)n;
}

static int is_closer(int32_t c){
  return c=='.' || c==':' || c=='!' || c==0x060C || c==0x061B || c==0x061F || c==0x00BB
      || c==')' || c==']' || c=='}' || c==',' || c==';' || c=='?' || c==0x2026;
}
static int is_opener(int32_t c){
  return c==0x00AB || c=='(' || c=='[' || c=='{';
}
static int is_wordlike(const Item *it){
  return it->type!=ITEM_PUNCT;
}

/* Marks the items of each run of text that is Latin (is_latin_run()). */
static void mark_latin_runs(Segment *s){
  int i = 0, prevLatin = s->prevLatin;
  while( i<s->n ){
    int j = i, k, latin;
    unsigned types = 0;
    do{ types |= 1u << s->a[j++].type; }while( j<s->n && s->a[j].gap==GAP_NONE );
    latin = is_latin_run((types & 1u<<ITEM_WORD)!=0, (types & 1u<<ITEM_PWORD)!=0,
                         (types & 1u<<ITEM_NUM)!=0, prevLatin && s->a[i].gap==GAP_SPACE);
    for(k=i; k<j; k++) s->a[k].latin = (uint8_t)latin;
    prevLatin = latin;
    i = j;
  }
  s->prevLatin = prevLatin;
}

/* Copies z with every run of a repeated Arabic-script letter cut to keep. */
static void cut_letter_runs(const unsigned char *z, int32_t n, int keep, ZbBuf *b){
  int32_t i = 0, prev = -1, run = 0;
  b->n = 0;
  while( i<n ){
    int32_t c = zb_next_cp(z, n, &i);
    run = (c==prev) ? run + 1 : 1;
    prev = c;
    if( run<=keep || !is_arabic_letter(c) ) zb_buf_put_cp(b, c);
  }
}

/* A letter repeated three or more times (اعلاممممم) is cut to one or two,
** whichever the lexicon knows (two when it knows neither or both). */
static void reduce_repeats(Segment *s, Item *it){
  const unsigned char *z = (const unsigned char*)item_text(s, it);
  ZbBuf one, two;
  zb_buf_init(&one);
  zb_buf_init(&two);
  cut_letter_runs(z, (int32_t)it->len, 1, &one);
  cut_letter_runs(z, (int32_t)it->len, 2, &two);
  if( zb_fa_is_word(one.z, (int)one.n) && !zb_fa_is_word(two.z, (int)two.n) ){
    set_item_text(s, it, one.z, one.n);
  }else{
    set_item_text(s, it, two.z, two.n);
  }
  zb_buf_free(&one);
  zb_buf_free(&two);
}

/* True if the n bytes at z contain a ZWNJ. */
static int has_zwnj(const char *z, size_t n){
  const char *p = z, *zEnd = z + n;
  while( (p = memchr(p, 0xE2, (size_t)(zEnd - p)))!=0 && zEnd - p>=3 ){
    if( p[1]=='\x80' && p[2]=='\x8C' ) return 1;
    p++;
  }
  return 0;
}

/* True if the work buffer has the ZB_FA_WORD_READ bytes from the item's
** text on that zb_fa_word_init_letters() reads: all but the last words of
** a text, given the room scan() leaves. */
static int can_read_word(const Segment *s, const Item *it){
  return s->work->cap - it->off >= ZB_FA_WORD_READ;
}

/* A Persian word through the lexicon: ZWNJ restored and cleaned.  Returns
** 1 if w now holds the word, prepared for joining with its neighbours. */
static int fix_word(Segment *s, Item *it, ZbFaWord *w){
  const char *z = item_text(s, it);
  int isWord = ((it->flags & ITEM_LETTERS) && can_read_word(s, it))
             ? zb_fa_word_init_letters(w, z, (int)it->len) : zb_fa_word_init(w, z, (int)it->len);
  if( !isWord ){
    /* not all Persian letters: only its void ZWNJs go, if it has any */
    if( !has_zwnj(z, it->len) ) return 0;
    s->tmp.n = 0;
    zb_fa_fix_word(z, (int)it->len, &s->tmp);
    if( s->tmp.n!=it->len || memcmp(s->tmp.z, z, s->tmp.n)!=0 ){
      set_item_text(s, it, s->tmp.z, s->tmp.n);
    }
    return 0;
  }
  if( zb_fa_word_fix(w) ){
    s->tmp.n = 0;
    zb_fa_word_put(w, &s->tmp);
    set_item_text(s, it, s->tmp.z, s->tmp.n);
  }
  return 1;
}

/* The word before joins the one after (how: enum ZB_FA_JOIN_*). */
static void join_texts(Segment *s, Item *before, const Item *after, int how){
  s->tmp.n = 0;
  zb_buf_append(&s->tmp, item_text(s, before), before->len);
  if( how==ZB_FA_JOIN_ZWNJ ) zb_buf_put_cp(&s->tmp, ZWNJ);
  zb_buf_append(&s->tmp, item_text(s, after), after->len);
  set_item_text(s, before, s->tmp.z, s->tmp.n);
}

/* Each Persian word through the lexicon: repeated letters cut, ZWNJ
** restored and cleaned (zwnj=on), and with spacing=on words the lexicon
** says are one joined (کتاب ها, می رود, زمین لرزه ای), left to right, each
** join seeing the previous result.  Each word is prepared for the lexicon
** once, and kept for the join with the next. */
static void fix_words(Segment *s){
  ZbFaWord aWord[2];
  ZbFaWord *prev = &aWord[0], *cur = &aWord[1], *tmp;
  int i, nOut = 0;
  int iPrev = -1;                 /* the item whose word prev holds */
  int join = s->o->zwnj && s->o->spacing;
  for(i=0; i<s->n; i++){
    Item *it = &s->a[i];
    if( it->type==ITEM_PWORD ){
      if( it->flags & ITEM_REPEATS ) reduce_repeats(s, it);
      if( s->o->zwnj && fix_word(s, it, cur) ){
        int how = ZB_FA_JOIN_NONE;
        if( join && nOut>0 && iPrev==nOut-1 && it->gap==GAP_SPACE ) how = zb_fa_word_join(prev, cur);
        if( how!=ZB_FA_JOIN_NONE ){
          join_texts(s, &s->a[nOut-1], it, how);
          continue;               /* prev now holds the joined word */
        }
        tmp = prev;               /* cur now holds the word before the next */
        prev = cur;
        cur = tmp;
        iPrev = nOut;
      }
    }
    if( nOut<i ) s->a[nOut] = *it;
    nOut++;
  }
  s->n = nOut;
}

/* Will this number be written in Persian digits? */
static int persian_digits(const Segment *s, const Item *it){
  return s->o->digits==ZB_DIGITS_PERSIAN && !it->latin;
}

/* Is item i a separator inside a number (۱۶:۱۲, ۲٫۵, 1,000)? */
static int inside_number(const Segment *s, int i){
  return i>0 && i+1<s->n && s->a[i-1].type==ITEM_NUM && s->a[i+1].type==ITEM_NUM
      && s->a[i].gap==GAP_NONE && s->a[i+1].gap==GAP_NONE;
}

/* "..." → "…": drops the second and third dots. */
static void merge_ellipses(Segment *s){
  int i, nOut = 0;
  for(i=0; i<s->n; i++){
    Item *it = &s->a[i];
    if( i+2<s->n && is_punct(it, '.') && is_punct(&s->a[i+1], '.') && is_punct(&s->a[i+2], '.')
     && s->a[i+1].gap==GAP_NONE && s->a[i+2].gap==GAP_NONE && !it->latin ){
      it->cp = 0x2026;
      s->a[nOut++] = *it;
      i += 2;
      continue;
    }
    s->a[nOut++] = *it;
  }
  s->n = nOut;
}

/* "…" pairs around Persian text → « ». */
static void persian_quotes(Segment *s){
  int i, open = -1, hasPersian = 0;
  for(i=0; i<s->n; i++){
    Item *it = &s->a[i];
    if( it->gap>=GAP_NEWLINE ){ open = -1; }
    if( is_punct(it, '"') ){
      if( open<0 ){ open = i; hasPersian = 0; continue; }
      if( hasPersian ){ s->a[open].cp = 0x00AB; it->cp = 0x00BB; }
      open = -1;
    }else if( it->type==ITEM_PWORD ){
      hasPersian = 1;
    }
  }
}

/* The Persian form of the punctuation item i (not in Latin text) where a
** Latin stand-in is written after a Persian word or number; w is the
** nearest word-like item before it, or NULL. */
static int32_t persian_punct(const Segment *s, int i, const Item *w){
  const Item *it = &s->a[i];
  if( inside_number(s, i) ){
    if( persian_digits(s, &s->a[i-1]) ){
      if( it->cp=='.' ) return 0x066B;            /* ٫ decimal separator */
      if( it->cp==',' ) return 0x066C;            /* ٬ thousands separator */
    }
    return it->cp;
  }
  if( it->cp=='%' && i>0 && s->a[i-1].type==ITEM_NUM && it->gap==GAP_NONE
   && persian_digits(s, &s->a[i-1]) ){
    return 0x066A;                                /* ٪ */
  }
  if( w==0 || !(w->type==ITEM_PWORD || (w->type==ITEM_NUM && persian_digits(s, w))) ) return it->cp;
  if( it->cp==',' ) return 0x060C;                /* ، */
  if( it->cp==';' ) return 0x061B;                /* ؛ */
  if( it->cp=='?' ) return 0x061F;                /* ؟ */
  return it->cp;
}

/* The gap before item i (i > 0), as a careful editor spaces Persian.  It
** reads the gaps as written, which writing the segment leaves as they are. */
static uint8_t gap_before(const Segment *s, int i){
  const Item *it = &s->a[i], *prev = &s->a[i-1];
  if( it->gap>=GAP_NEWLINE ) return it->gap;
  if( it->latin && prev->latin ) return it->gap;      /* inside Latin text */
  if( it->type==ITEM_PUNCT && it->cp==0x2026 ) return is_wordlike(prev) ? GAP_SPACE : it->gap;
  if( it->type==ITEM_PUNCT && is_closer(it->cp) ){
    return inside_number(s, i) ? it->gap : GAP_NONE;
  }
  if( prev->type==ITEM_PUNCT && is_opener(prev->cp) ) return GAP_NONE;
  if( it->type==ITEM_PUNCT && is_opener(it->cp) ){
    return (prev->type==ITEM_PUNCT && is_opener(prev->cp)) ? GAP_NONE : GAP_SPACE;
  }
  if( prev->type==ITEM_PUNCT && is_closer(prev->cp) ){
    if( inside_number(s, i-1) ) return it->gap;
    return GAP_SPACE;
  }
  if( (it->type==ITEM_NUM && prev->type==ITEM_PWORD)
   || (it->type==ITEM_PWORD && prev->type==ITEM_NUM) ) return GAP_SPACE;
  return it->gap;
}

/* ======================================================================
** Writing a segment.
*/

/* Writes a number in the digits the options ask for.  A number of ASCII
** digits, the usual case, is written here; others by zb_digits(). */
static void write_number(const Segment *s, const Item *it, ZbBuf *out){
  const unsigned char *z = (const unsigned char*)item_text(s, it);
  ZbDigits system = s->o->digits;
  uint32_t i = 0;
  if( system==ZB_DIGITS_PERSIAN && it->latin ) system = ZB_DIGITS_KEEP;
  while( i<it->len && z[i]<0x80 ) i++;
  if( i<it->len || system==ZB_DIGITS_ARABIC ){
    zb_digits(z, (int32_t)it->len, system, out);
  }else if( system!=ZB_DIGITS_PERSIAN ){
    zb_buf_append(out, z, it->len);                   /* ASCII stays ASCII */
  }else if( zb_buf_reserve(out, 2*(size_t)it->len)==0 ){
    for(i=0; i<it->len; i++){                         /* ۰..۹: U+06F0.. */
      out->z[out->n++] = '\xDB';
      out->z[out->n++] = (char)(0xB0 + z[i] - '0');
    }
  }
}

/* Appends an item's text, the n bytes at z, to out.  A short text is
** copied as COPY_BLOCK bytes, which may read past its end: the work buffer
** has room for that (write_segment()), and out gets it. */
static void write_text(ZbBuf *out, const char *z, size_t n){
  if( zb_buf_reserve(out, n + COPY_BLOCK) ) return;
  if( n<=COPY_BLOCK ){
    memcpy(out->z + out->n, z, COPY_BLOCK);
  }else{
    memcpy(out->z + out->n, z, n);
  }
  out->n += n;
}

/* Writes the items: each punctuation item in its Persian form
** (punctuation=persian), each item spaced as gap_before() says
** (spacing=on; without it, whitespace is only collapsed, never moved).
** Both rules read the items before the one they rewrite, as rewritten. */
static void write_segment(Segment *s, ZbBuf *out, size_t outStart){
  const Item *w = 0;              /* the last word-like item */
  int i;
  if( zb_buf_reserve(s->work, COPY_BLOCK) ) return;    /* for write_text() */
  for(i=0; i<s->n; i++){
    Item *it = &s->a[i];
    if( it->type!=ITEM_PUNCT ){
      w = it;
    }else if( s->o->punctuation && !it->latin ){
      it->cp = persian_punct(s, i, w);
    }
    if( out->n > outStart ){
      switch( (i>0 && s->o->spacing) ? gap_before(s, i) : it->gap ){
        case GAP_SPACE:     zb_buf_putc(out, ' '); break;
        case GAP_NEWLINE:   zb_buf_putc(out, '\n'); break;
        case GAP_PARAGRAPH: zb_buf_append(out, "\n\n", 2); break;
      }
    }
    if( it->type==ITEM_PUNCT ) zb_buf_put_cp(out, it->cp);
    else if( it->type==ITEM_NUM ) write_number(s, it, out);
    else write_text(out, item_text(s, it), it->len);
  }
}

void zb_fa_segment_write(Segment *s, ZbBuf *out, size_t outStart){
  if( s->n==0 ) return;
  if( (s->hasTypes & 1u<<ITEM_WORD) || s->prevLatin ) mark_latin_runs(s);
  if( s->hasTypes & 1u<<ITEM_PWORD ) fix_words(s);
  if( s->o->punctuation && s->hasDots ) merge_ellipses(s);
  if( s->o->punctuation && s->hasQuote ) persian_quotes(s);
  write_segment(s, out, outStart);
  s->n = 0;
  s->hasTypes = 0;
  s->hasQuote = s->hasDots = 0;
}
