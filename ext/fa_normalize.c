/*
** fa_normalize.c — Persian text as a careful editor would write it.
**
**   SELECT fa_normalize('ميخواهم  كتابها را ببينم ...');
**   -- 'می‌خواهم کتاب‌ها را ببینم …'
**   SELECT fa_normalize('ساعت 18:30 , دوشنبه');      -- 'ساعت ۱۸:۳۰، دوشنبه'
**   SELECT fa_normalize('ساعت 18', 'digits=latin');  -- 'ساعت 18'
**
** Options, a comma-separated string of name=value:
**   digits=persian|latin|keep   digits to ۰–۹ (default), to 0–9, or as written
**   zwnj=on|off                 restore missing ZWNJ and remove wrong ones (on)
**   diacritics=remove|keep      harakat and other Arabic marks (remove)
**   spacing=on|off              spaces around punctuation, digits, affixes (on)
**   punctuation=persian|keep    ، ؛ ؟ « » … ٫ for their Latin stand-ins (persian)
**
** Two passes.  The first works on characters: Arabic letter forms to
** Persian (ي ى → ی, ك → ک, presentation forms via NFKC), kashida and
** harakat removed, hamza and madda composed with their letter, whitespace
** reduced to spaces and newlines.  The second cuts that text into items
** (Persian words, other words, numbers, punctuation) separated by gaps,
** fixes each Persian word with the lexicon (fa_lexicon.h: ZWNJ for
** می‌/نمی‌, suffixes and compounds), joins words the lexicon says belong
** together (کتاب ها → کتاب‌ها), and then rewrites the gaps and punctuation.
** A run of text that contains Latin letters (a name, a URL) is left as it
** was written, digits included.
**
** Very long lines are processed in segments of MAX_ITEMS items, cut at a
** gap; the only effect of a cut is that two words on either side of it are
** never joined.
*/
#include "fa_normalize.h"
#include "fa_lexicon.h"
#include "normalize.h"
#include "zaban.h"
SQLITE_EXTENSION_INIT3

#include <stdlib.h>

#define ZWNJ 0x200C
#define HAMZA_ABOVE 0x0654

/* ======================================================================
** Pass 1: characters.
*/

typedef struct CharWriter {
  ZbBuf *b;
  const ZbFaOptions *o;
  size_t lastAt;        /* where the last letter written starts */
  int32_t last;         /* the last code point written, 0 after a space */
} CharWriter;

static void write_cp(CharWriter *w, int32_t c){
  w->lastAt = w->b->n;
  w->last = c;
  zb_buf_put_cp(w->b, c);
}

/* Replaces the last letter written with c. */
static void rewrite_last(CharWriter *w, int32_t c){
  w->b->n = w->lastAt;
  write_cp(w, c);
}

/* A combining madda or hamza after a letter: composed where Persian has a
** letter for it (ا + ٓ → آ, ا + ٔ → أ, و + ٔ → ؤ, ی + ٔ → ئ), kept after ه
** (هٔ, the ezafe the Academy writes), dropped elsewhere. */
static void write_combining_hamza(CharWriter *w, int32_t mark){
  switch( w->last ){
    case 0x0627:
      if( mark==0x0653 ) rewrite_last(w, 0x0622);
      else if( mark==0x0654 ) rewrite_last(w, 0x0623);
      else rewrite_last(w, 0x0625);
      return;
    case 0x0648: if( mark==HAMZA_ABOVE ) rewrite_last(w, 0x0624); return;
    case 0x06CC: if( mark==HAMZA_ABOVE ) rewrite_last(w, 0x0626); return;
    case 0x0647: if( mark==HAMZA_ABOVE ){ zb_buf_put_cp(w->b, mark); w->last = mark; } return;
  }
}

/* The Persian letter for an Arabic-script letter variant, or c. */
static int32_t persian_letter(int32_t c){
  switch( c ){
    case 0x064A: case 0x0649: case 0x06D2: case 0x06CD: return 0x06CC;  /* ی */
    case 0x0643: case 0x06AA:                           return 0x06A9;  /* ک */
    case 0x06BE: case 0x06C1: case 0x06C3:              return 0x0647;  /* ه */
    case 0x0671:                                        return 0x0627;  /* ا */
    default:                                            return c;
  }
}

static void write_mapped(CharWriter *w, int32_t c);

/* An Arabic presentation form: its NFKC expansion, mapped in turn.  The
** honorific ligatures ﷺ ﷻ are dropped and ﷽ spelled out, as Hazm does. */
static int write_presentation_form(CharWriter *w, int32_t c){
  const char *z;
  int n, i = 0;
  if( c==0xFDFA || c==0xFDFB ) return 1;
  if( c==0xFDFD ){
    const char *zBasmala = "بسم الله الرحمن الرحیم";
    zb_buf_append(w->b, zBasmala, strlen(zBasmala));
    w->last = 0x0645;
    return 1;
  }
  if( (n = zb_presentation_form(c, &z))==0 ) return 0;
  while( i<n ) write_mapped(w, zb_next_cp((const unsigned char*)z, n, &i));
  return 1;
}

static void write_mapped(CharWriter *w, int32_t c){
  if( c<0x80 ){
    if( c=='\r' ) return;
    if( c=='\t' || c=='\v' || c=='\f' ) c = ' ';
    zb_buf_putc(w->b, (char)c);
    w->last = (c=='\n' || c==' ') ? 0 : c;
    return;
  }
  if( c>=0xFB50 && c<=0xFEFF && write_presentation_form(w, c) ) return;
  if( c==0x0653 || c==HAMZA_ABOVE || c==0x0655 ){ write_combining_hamza(w, c); return; }
  if( c==0x0640 ) return;                                     /* kashida */
  if( w->o->diacritics && zb_is_arabic_mark(c) ) return;
  if( c==0x06C0 || c==0x06C2 ){                               /* ۀ → هٔ */
    write_cp(w, 0x0647);
    zb_buf_put_cp(w->b, HAMZA_ABOVE);
    w->last = HAMZA_ABOVE;
    return;
  }
  if( c==0x2028 || c==0x2029 || c==0x0085 ){ zb_buf_putc(w->b, '\n'); w->last = 0; return; }
  if( zb_char_class(c)==ZB_CLASS_SPACE ){ zb_buf_putc(w->b, ' '); w->last = 0; return; }
  write_cp(w, persian_letter(c));
}

/* Letters of Persian text that pass 1 keeps as they are. */
static int is_plain_persian(int32_t c){
  return (c>=0x0621 && c<=0x063A) || (c>=0x0641 && c<=0x0648 && c!=0x0643)
      || c==0x067E || c==0x0686 || c==0x0698 || c==0x06A9 || c==0x06AF || c==0x06CC;
}

/* The length of the character at z[i] if pass 1 copies it unchanged
** (ASCII but CR and TAB, plain Persian letters), else 0. */
static inline int32_t plain_length(const unsigned char *z, int32_t i, int32_t n){
  if( z[i]<0x80 ) return (z[i]!='\r' && z[i]!='\t');
  return (zb_is_two_byte(z, i, n) && is_plain_persian(zb_two_byte_cp(z, i))) ? 2 : 0;
}

/* The code point that ends the n bytes at z (which end a character). */
static int32_t last_cp(const char *z, size_t n){
  int32_t i = (int32_t)n, c;
  U8_PREV_UNSAFE(z, i, c);
  return c;
}

/* Copies runs of characters that stay as they are in one piece; the rest
** goes through write_mapped() one code point at a time. */
static int normalize_chars(const unsigned char *z, int32_t n, const ZbFaOptions *o, ZbBuf *out){
  CharWriter w;
  int32_t i = 0;
  w.b = out; w.o = o; w.lastAt = 0; w.last = 0;
  if( zb_buf_reserve(out, (size_t)n + 16) ) return -1;
  while( i<n ){
    int32_t run = i, k;
    while( i<n && (k = plain_length(z, i, n))>0 ) i += k;
    if( i>run ){
      zb_buf_append(out, z+run, (size_t)(i-run));
      w.last = last_cp((const char*)z, (size_t)i);
      if( w.last==' ' || w.last=='\n' ) w.last = 0;
      w.lastAt = out->n - (size_t)U8_LENGTH(w.last ? w.last : ' ');
    }
    if( i<n ) write_mapped(&w, zb_next_cp(z, n, &i));
  }
  return out->oom ? -1 : 0;
}

/* ======================================================================
** Pass 2: items and gaps.
*/

enum ItemType { ITEM_PWORD, ITEM_WORD, ITEM_NUM, ITEM_PUNCT };
enum Gap { GAP_NONE, GAP_SPACE, GAP_NEWLINE, GAP_PARAGRAPH };

typedef struct Item {
  uint8_t type;       /* enum ItemType */
  uint8_t gap;        /* enum Gap: the whitespace before the item */
  uint8_t latin;      /* in a run of text (between spaces) with Latin letters */
  int32_t cp;         /* ITEM_PUNCT: its code point */
  uint32_t off, len;  /* its text, in the work buffer */
} Item;

#define MAX_ITEMS 4096

typedef struct Segment {
  const ZbFaOptions *o;
  ZbBuf *work;        /* pass-1 text; rewritten item texts are appended */
  Item a[MAX_ITEMS];
  uint8_t newGap[MAX_ITEMS];
  int n;
} Segment;

/* The class (enum ZbClass) of c, from the shared table for the BMP. */
static inline int char_class(const unsigned char *aClass, int32_t c){
  return c<=0xFFFF ? aClass[c] : zb_char_class(c);
}

static int is_arabic_letter(int32_t c){
  return zb_char_class(c)==ZB_CLASS_ARABIC;
}

static const char *item_text(const Segment *s, const Item *it){
  return s->work->z + it->off;
}

/* Sets an item's text to n bytes appended to the work buffer. */
static void set_item_text(Segment *s, Item *it, const char *z, size_t n){
  size_t off = s->work->n;
  zb_buf_append(s->work, z, n);
  it->off = (uint32_t)off;
  it->len = (uint32_t)n;
}

/* Classifies the code point that starts an item. */
static enum ItemType item_type_of(int cls){
  switch( cls ){
    case ZB_CLASS_ARABIC: return ITEM_PWORD;
    case ZB_CLASS_DIGIT:  return ITEM_NUM;
    case ZB_CLASS_LETTER: case ZB_CLASS_MARK: return ITEM_WORD;
    default:              return ITEM_PUNCT;
  }
}

/* Does a code point of class cls continue an item of type t? */
static int continues_item(enum ItemType t, int cls){
  switch( t ){
    case ITEM_PWORD: return cls==ZB_CLASS_ARABIC || cls==ZB_CLASS_JOINER || cls==ZB_CLASS_MARK;
    case ITEM_NUM:   return cls==ZB_CLASS_DIGIT;
    case ITEM_WORD:  return cls==ZB_CLASS_LETTER || cls==ZB_CLASS_MARK;
    default:         return 0;
  }
}

static int is_closer(int32_t c){
  return c=='.' || c==':' || c=='!' || c==0x060C || c==0x061B || c==0x061F || c==0x00BB
      || c==')' || c==']' || c=='}' || c==',' || c==';' || c=='?' || c==0x2026;
}
static int is_opener(int32_t c){
  return c==0x00AB || c=='(' || c=='[' || c=='{';
}
static int is_punct(const Item *it, int32_t c){
  return it->type==ITEM_PUNCT && it->cp==c;
}
static int is_wordlike(const Item *it){
  return it->type!=ITEM_PUNCT;
}

/* Marks the items of each run of text between whitespace that contains
** letters of a non-Arabic script: such runs are left as written.  A run of
** digits alone right after one belongs to it too (iPhone 15, Windows 11). */
static void mark_latin_runs(Segment *s){
  int i = 0, prevLatin = 0;
  while( i<s->n ){
    int j = i + 1, k, latin = (s->a[i].type==ITEM_WORD), digitsOnly = (s->a[i].type==ITEM_NUM);
    while( j<s->n && s->a[j].gap==GAP_NONE ){
      latin |= (s->a[j].type==ITEM_WORD);
      digitsOnly = 0;
      j++;
    }
    if( digitsOnly && prevLatin && s->a[i].gap==GAP_SPACE ) latin = 1;
    for(k=i; k<j; k++) s->a[k].latin = (uint8_t)latin;
    prevLatin = latin;
    i = j;
  }
}

/* True if some Arabic-script letter occurs three or more times in a row. */
static int has_letter_run(const unsigned char *z, int32_t n){
  int32_t i = 0, prev = -1, run = 0;
  while( i<n ){
    int32_t c = zb_next_cp(z, n, &i);
    run = (c==prev) ? run + 1 : 1;
    prev = c;
    if( run>=3 && is_arabic_letter(c) ) return 1;
  }
  return 0;
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
  if( !has_letter_run(z, (int32_t)it->len) ) return;
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

/* Each Persian word through the lexicon (ZWNJ restored and cleaned). */
static void fix_words(Segment *s, ZbBuf *tmp){
  int i;
  for(i=0; i<s->n; i++){
    Item *it = &s->a[i];
    if( it->type!=ITEM_PWORD ) continue;
    reduce_repeats(s, it);
    if( !s->o->zwnj ) continue;
    tmp->n = 0;
    zb_fa_fix_word(item_text(s, it), (int)it->len, tmp);
    if( tmp->n!=it->len || memcmp(tmp->z, item_text(s, it), tmp->n)!=0 ){
      set_item_text(s, it, tmp->z, tmp->n);
    }
  }
}

/* Joins Persian words that the lexicon says are one (کتاب ها, می رود,
** زمین لرزه ای), left to right, each join seeing the previous result. */
static void join_words(Segment *s, ZbBuf *tmp){
  int i, nOut = 0;
  for(i=0; i<s->n; i++){
    Item *it = &s->a[i];
    Item *prev = nOut ? &s->a[nOut-1] : 0;
    if( prev && prev->type==ITEM_PWORD && it->type==ITEM_PWORD && it->gap==GAP_SPACE ){
      int how = zb_fa_join(item_text(s, prev), (int)prev->len, item_text(s, it), (int)it->len);
      if( how!=ZB_FA_JOIN_NONE ){
        tmp->n = 0;
        zb_buf_append(tmp, item_text(s, prev), prev->len);
        if( how==ZB_FA_JOIN_ZWNJ ) zb_buf_put_cp(tmp, ZWNJ);
        zb_buf_append(tmp, item_text(s, it), it->len);
        set_item_text(s, prev, tmp->z, tmp->n);
        continue;
      }
    }
    s->a[nOut++] = *it;
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

/* The nearest word-like item before i, or NULL. */
static const Item *word_before(const Segment *s, int i){
  while( --i>=0 ){
    if( is_wordlike(&s->a[i]) ) return &s->a[i];
  }
  return 0;
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

/* Latin stand-ins for Persian punctuation, after Persian words and numbers. */
static void persian_punctuation(Segment *s){
  int i;
  merge_ellipses(s);
  persian_quotes(s);
  for(i=0; i<s->n; i++){
    Item *it = &s->a[i];
    const Item *w;
    if( it->type!=ITEM_PUNCT || it->latin ) continue;
    if( inside_number(s, i) ){
      if( persian_digits(s, &s->a[i-1]) ){
        if( it->cp=='.' ) it->cp = 0x066B;          /* ٫ decimal separator */
        else if( it->cp==',' ) it->cp = 0x066C;     /* ٬ thousands separator */
      }
      continue;
    }
    if( it->cp=='%' && i>0 && s->a[i-1].type==ITEM_NUM && it->gap==GAP_NONE
     && persian_digits(s, &s->a[i-1]) ){
      it->cp = 0x066A;                              /* ٪ */
      continue;
    }
    w = word_before(s, i);
    if( w==0 || !(w->type==ITEM_PWORD || (w->type==ITEM_NUM && persian_digits(s, w))) ) continue;
    if( it->cp==',' ) it->cp = 0x060C;              /* ، */
    else if( it->cp==';' ) it->cp = 0x061B;         /* ؛ */
    else if( it->cp=='?' ) it->cp = 0x061F;         /* ؟ */
  }
}

/* The gap before item i, as a careful editor spaces Persian. */
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

static void fix_spacing(Segment *s){
  int i;
  for(i=1; i<s->n; i++) s->newGap[i] = gap_before(s, i);   /* reads old gaps */
  for(i=1; i<s->n; i++) s->a[i].gap = s->newGap[i];
}

/* ======================================================================
** Writing a segment, and the driver.
*/

static void write_number(const Segment *s, const Item *it, ZbBuf *out){
  const unsigned char *z = (const unsigned char*)item_text(s, it);
  ZbDigits system = s->o->digits;
  if( system==ZB_DIGITS_PERSIAN && it->latin ) system = ZB_DIGITS_KEEP;
  zb_digits(z, (int32_t)it->len, system, out);
}

static void write_segment(Segment *s, ZbBuf *out, size_t outStart){
  int i;
  for(i=0; i<s->n; i++){
    const Item *it = &s->a[i];
    if( out->n > outStart ){
      switch( it->gap ){
        case GAP_SPACE:     zb_buf_putc(out, ' '); break;
        case GAP_NEWLINE:   zb_buf_putc(out, '\n'); break;
        case GAP_PARAGRAPH: zb_buf_append(out, "\n\n", 2); break;
      }
    }
    if( it->type==ITEM_PUNCT ) zb_buf_put_cp(out, it->cp);
    else if( it->type==ITEM_NUM ) write_number(s, it, out);
    else zb_buf_append(out, item_text(s, it), it->len);
  }
}

static void process_segment(Segment *s, ZbBuf *tmp, ZbBuf *out, size_t outStart){
  if( s->n==0 ) return;
  mark_latin_runs(s);
  fix_words(s, tmp);
  if( s->o->zwnj && s->o->spacing ) join_words(s, tmp);
  if( s->o->punctuation ) persian_punctuation(s);
  if( s->o->spacing ) fix_spacing(s);
  write_segment(s, out, outStart);
  s->n = 0;
}

/* The end of the item of type t that continues at z[i]. */
static int32_t item_end(const unsigned char *aClass, const unsigned char *z, int32_t n,
                        int32_t i, enum ItemType t){
  while( i<n ){
    int32_t j = i, c;
    if( z[i]<0x80 ){ c = z[j++]; }
    else if( zb_is_two_byte(z, i, n) ){ c = zb_two_byte_cp(z, i); j += 2; }
    else c = zb_next_cp(z, n, &j);
    if( !continues_item(t, char_class(aClass, c)) ) break;
    i = j;
  }
  return i;
}

/* Without spacing=on, whitespace is only collapsed, never moved. */
static uint8_t gap_of(int nNewline){
  return nNewline==0 ? GAP_SPACE : nNewline==1 ? GAP_NEWLINE : GAP_PARAGRAPH;
}

int zb_fa_normalize(const unsigned char *zIn, int32_t nIn, const ZbFaOptions *o, ZbBuf *out){
  ZbBuf work, tmp;
  Segment *s = malloc(sizeof(Segment));
  const unsigned char *aClass = zb_class_table();
  size_t outStart = out->n, nText;
  int32_t i = 0;
  int nNewline = 0, inGap = 0;
  if( s==0 || aClass==0 ){ free(s); return -1; }
  s->o = o; s->work = &work; s->n = 0;
  zb_buf_init(&work);
  zb_buf_init(&tmp);
  if( normalize_chars(zIn, nIn, o, &work)==0 ){
    const unsigned char *z;
    nText = work.n;
    while( i<(int32_t)nText ){
      int32_t start = i, c;
      Item *it;
      z = (const unsigned char*)work.z;
      c = zb_next_cp(z, (int32_t)nText, &i);
      if( c==' ' || c=='\n' ){ inGap = 1; nNewline += (c=='\n'); continue; }
      if( c==ZWNJ && o->zwnj ) continue;        /* a ZWNJ that joins nothing */
      if( s->n==MAX_ITEMS || (s->n>=MAX_ITEMS/2 && nNewline>0) ){
        process_segment(s, &tmp, out, outStart);
        work.n = nText;                          /* drop rewritten texts */
        z = (const unsigned char*)work.z;        /* it may have moved */
      }
      it = &s->a[s->n++];
      it->type = (uint8_t)item_type_of(char_class(aClass, c));
      it->gap = inGap ? gap_of(nNewline) : GAP_NONE;
      it->latin = 0;
      it->cp = c;
      it->off = (uint32_t)start;
      if( it->type!=ITEM_PUNCT ) i = item_end(aClass, z, (int32_t)nText, i, (enum ItemType)it->type);
      it->len = (uint32_t)(i - start);
      inGap = 0;
      nNewline = 0;
    }
    process_segment(s, &tmp, out, outStart);
  }
  if( work.oom || tmp.oom ) out->oom = 1;
  zb_buf_free(&work);
  zb_buf_free(&tmp);
  free(s);
  return out->oom ? -1 : 0;
}

/* ======================================================================
** SQL binding: fa_normalize(text [, options])
*/

static const char *const azDigits[] = { "latin", "persian", "arabic", "keep", 0 };
static const char *const azOnOff[] = { "on", "off", 0 };
static const char *const azRemoveKeep[] = { "remove", "keep", 0 };
static const char *const azPersianKeep[] = { "persian", "keep", 0 };

enum { OPT_DIGITS, OPT_ZWNJ, OPT_DIACRITICS, OPT_SPACING, OPT_PUNCTUATION, N_OPT };
static const ZbOption aFaOptions[N_OPT] = {
  { "digits", azDigits }, { "zwnj", azOnOff }, { "diacritics", azRemoveKeep },
  { "spacing", azOnOff }, { "punctuation", azPersianKeep },
};

static void fa_normalize_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  int n;
  const unsigned char *z = zb_arg_text(argv[0], &n);
  int aVal[N_OPT] = { ZB_DIGITS_PERSIAN, 0, 0, 0, 0 };
  ZbFaOptions o;
  ZbBuf b;
  if( z==0 ) return;
  if( argc>1 ){
    int nOpt;
    const unsigned char *zOpt = zb_arg_text(argv[1], &nOpt);
    char *zErr;
    if( zOpt==0 ) return;
    if( zb_parse_options("fa_normalize", (const char*)zOpt, aFaOptions, N_OPT, aVal, &zErr) ){
      zb_result_error_free(ctx, zErr);
      return;
    }
  }
  o.digits = (ZbDigits)aVal[OPT_DIGITS];
  o.zwnj = (aVal[OPT_ZWNJ]==0);
  o.diacritics = (aVal[OPT_DIACRITICS]==0);
  o.spacing = (aVal[OPT_SPACING]==0);
  o.punctuation = (aVal[OPT_PUNCTUATION]==0);
  zb_buf_init(&b);
  zb_fa_normalize(z, n, &o, &b);
  zb_result_buf(ctx, &b);
}

static const ZbFunc aFaFuncs[] = {
  { "fa_normalize", 1, 2, ZB_PURE, fa_normalize_func },
};

int zb_fa_normalize_register(sqlite3 *db, char **pzErrMsg){
  return zb_register_functions(db, aFaFuncs, 1, 0, 0, pzErrMsg);
}
