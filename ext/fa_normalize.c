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
** One scan over the text maps characters: Arabic letter forms to Persian
** (ي ى → ی, ك → ک, presentation forms via NFKC), kashida and harakat
** removed, hamza and madda composed with their letter, whitespace reduced
** to spaces and newlines.  The same scan cuts the mapped text into items
** (Persian words, other words, numbers, punctuation) separated by gaps.
** Then, a segment of items at a time (fa_rewrite.c), each Persian word is
** fixed with the lexicon (fa_lexicon.h: ZWNJ for می‌/نمی‌, suffixes and
** compounds), words the lexicon says belong together are joined (کتاب ها
** → کتاب‌ها), and the gaps and punctuation rewritten.
** A run of text that contains Latin letters (a name, a URL) is left as it
** was written, digits included.  Most characters are copied as they are,
** and most rules find nothing to do: the scan notes what each line
** contains, and the rules with nothing to do are skipped.
**
** Long texts are processed in segments of a few thousand items, cut at a
** gap; the only effect of a cut is that two words on either side of it are
** never joined.
**
** Text that comes out as it went in, most text without Arabic script, is
** told by a quick look and copied (written_as_is()).
*/
#include "fa_normalize_int.h"
#include "fa_lexicon.h"
#include "normalize.h"
#include "zaban.h"
SQLITE_EXTENSION_INIT3

#include <pthread.h>
#include <stdlib.h>

#define HAMZA_ABOVE 0x0654

/* ======================================================================
** Characters: what the scan writes for those it changes, and which they
** are.
*/

typedef struct CharWriter {
  ZbBuf *b;
  const ZbFaOptions *o;
  int rewrote;          /* the last letter written was changed in place */
} CharWriter;

/* The code point that ends the n bytes at z (which end a character). */
static int32_t last_cp(const char *z, size_t n){
  int32_t i = (int32_t)n, c;
  U8_PREV_UNSAFE(z, i, c);
  return c;
}

/* The last letter written: the last code point, 0 if none or a space. */
static int32_t last_written(const ZbBuf *b){
  int32_t c = b->n ? last_cp(b->z, b->n) : 0;
  return (c==' ' || c=='\n') ? 0 : c;
}

/* Replaces the last letter written, last, with c. */
static void rewrite_last(CharWriter *w, int32_t last, int32_t c){
  w->b->n -= (size_t)U8_LENGTH(last);
  zb_buf_put_cp(w->b, c);
  w->rewrote = 1;
}

/* A combining madda or hamza after a letter: composed where Persian has a
** letter for it (ا + ٓ → آ, ا + ٔ → أ, و + ٔ → ؤ, ی + ٔ → ئ), kept after ه
** (هٔ, the ezafe the Academy writes), dropped elsewhere. */
static void write_combining_hamza(CharWriter *w, int32_t mark){
  int32_t last = last_written(w->b);
  switch( last ){
    case 0x0627:
      if( mark==0x0653 ) rewrite_last(w, last, 0x0622);
      else if( mark==0x0654 ) rewrite_last(w, last, 0x0623);
      else rewrite_last(w, last, 0x0625);
      return;
    case 0x0648: if( mark==HAMZA_ABOVE ) rewrite_last(w, last, 0x0624); return;
    case 0x06CC: if( mark==HAMZA_ABOVE ) rewrite_last(w, last, 0x0626); return;
    case 0x0647: if( mark==HAMZA_ABOVE ) zb_buf_put_cp(w->b, mark); return;
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
    return 1;
  }
  if( (n = zb_presentation_form(c, &z))==0 ) return 0;
  while( i<n ) write_mapped(w, zb_next_cp((const unsigned char*)z, n, &i));
  return 1;
}

/* Writes what c becomes. */
static void write_mapped(CharWriter *w, int32_t c){
  if( c<0x80 ){
    if( c=='\r' ) return;
    if( c=='\t' || c=='\v' || c=='\f' ) c = ' ';
    zb_buf_putc(w->b, (char)c);
    return;
  }
  if( c>=0xFB50 && c<=0xFEFF && write_presentation_form(w, c) ) return;
  if( c==0x0653 || c==HAMZA_ABOVE || c==0x0655 ){ write_combining_hamza(w, c); return; }
  if( c==0x0640 ) return;                                     /* kashida */
  if( w->o->diacritics && zb_is_arabic_mark(c) ) return;
  if( c==0x06C0 || c==0x06C2 ){                               /* ۀ → هٔ */
    zb_buf_put_cp(w->b, 0x0647);
    zb_buf_put_cp(w->b, HAMZA_ABOVE);
    return;
  }
  if( c==0x2028 || c==0x2029 || c==0x0085 ){ zb_buf_putc(w->b, '\n'); return; }
  if( zb_char_class(c)==ZB_CLASS_SPACE ){ zb_buf_putc(w->b, ' '); return; }
  zb_buf_put_cp(w->b, persian_letter(c));
}

/* What write_mapped() may change, as bitmaps: of ASCII, TAB, VT, FF, CR;
** of the two-byte characters, by lead byte, NEL and NO-BREAK SPACE, Arabic
** marks, kashida and letter variants (and all of the ill-formed leads C0
** C1); of U+2000..U+203F (E2 80 xx), spaces and separators.  Every other
** character below U+0800, ZWNJ and the rest of U+2000..U+203F are copied
** as they are. */
static const uint64_t asciiChanges = ZB_CP_BIT('\t') | ZB_CP_BITS('\v', '\r');
static const uint64_t aTwoByteChanges[32] = {
  [0xC0-0xC0] = ~(uint64_t)0, [0xC1-0xC0] = ~(uint64_t)0,
  [0xC2-0xC0] = ZB_CP_BIT(0x0085) | ZB_CP_BIT(0x00A0),
  [0xD8-0xC0] = ZB_CP_BITS(0x0610, 0x061A),
  [0xD9-0xC0] = ZB_CP_BIT(0x0640) | ZB_CP_BIT(0x0643) | ZB_CP_BITS(0x0649, 0x065F) | ZB_CP_BITS(0x0670, 0x0671),
  [0xDA-0xC0] = ZB_CP_BIT(0x06AA) | ZB_CP_BIT(0x06BE),
  [0xDB-0xC0] = ZB_CP_BITS(0x06C0, 0x06C3) | ZB_CP_BIT(0x06CD) | ZB_CP_BIT(0x06D2) | ZB_CP_BITS(0x06D6, 0x06ED),
};
static const uint64_t punctChanges = ZB_CP_BITS(0x2000, 0x200A) | ZB_CP_BITS(0x2028, 0x2029) | ZB_CP_BIT(0x202F);

/* If the character at z[i] is copied as it is, its length, and its code
** point in *pc; else 0. */
static inline int plain_char(const unsigned char *z, int32_t i, int32_t n, int32_t *pc){
  unsigned lead = z[i], trail, third;
  if( lead<0x80 ){
    *pc = (int32_t)lead;
    return !(lead<64 && (asciiChanges >> lead & 1));
  }
  if( i+1>=n || (trail = z[i+1] ^ 0x80)>=0x40 ) return 0;
  if( lead>=0xC0 && lead<0xE0 ){
    if( aTwoByteChanges[lead-0xC0] >> trail & 1 ) return 0;
    *pc = (int32_t)((lead & 0x1F) << 6 | trail);
    return 2;
  }
  if( lead==0xE2 && trail==0 && i+2<n && (third = z[i+2] ^ 0x80)<0x40
   && !(punctChanges >> third & 1) ){
    *pc = (int32_t)(0x2000 | third);
    return 3;
  }
  return 0;
}

/* The scan's view of a character below U+0800: its class (enum ZbClass),
** KIND_MAPPED if write_mapped() changes it, KIND_LETTER for a letter of
** the lexicon (zb_fa_is_letter(), of class ZB_CLASS_ARABIC).  A table
** built once from the shared class table, so that the scan's tightest
** loop needs one lookup a character. */
enum ScanKind { KIND_MAPPED = ZB_CLASS_JOINER + 1, KIND_LETTER };
static unsigned char aScanKind[0x800];       /* written once, under gScanKindOnce */
static pthread_once_t gScanKindOnce = PTHREAD_ONCE_INIT;

static void scan_kind_build(void){
  const unsigned char *aClass = zb_class_table();
  int32_t c;
  for(c=0; c<0x800 && aClass; c++){
    int mapped = c<0x80 ? (c<64 && (asciiChanges >> c & 1))
                        : (int)(aTwoByteChanges[c >> 6] >> (c & 0x3F) & 1);
    if( mapped ) aScanKind[c] = KIND_MAPPED;
    else if( aClass[c]==ZB_CLASS_ARABIC && zb_fa_is_letter(c) ) aScanKind[c] = KIND_LETTER;
    else aScanKind[c] = aClass[c];
  }
}

/* The kind of a character written to the work buffer: its aScanKind[]
** below U+0800 (its class if that says "mapped": it is written now), else
** its class. */
static int written_kind(const unsigned char *aClass, int32_t c){
  if( c<0x800 && aScanKind[c]!=KIND_MAPPED ) return aScanKind[c];
  return c<=0xFFFF ? aClass[c] : zb_char_class(c);   /* the shared table: the BMP */
}

/* ======================================================================
** The scan: characters mapped, and cut into items as they are written.
*/

/* The type of the item a code point of each class (enum ZbClass, or a
** kind of aScanKind[]) starts. */
static const uint8_t aItemType[] = {
  [ZB_CLASS_OTHER] = ITEM_PUNCT,  [ZB_CLASS_SPACE] = ITEM_PUNCT,
  [ZB_CLASS_DIGIT] = ITEM_NUM,    [ZB_CLASS_ARABIC] = ITEM_PWORD,
  [ZB_CLASS_LETTER] = ITEM_WORD,  [ZB_CLASS_MARK] = ITEM_WORD,
  [ZB_CLASS_JOINER] = ITEM_PUNCT, [KIND_MAPPED] = ITEM_PUNCT,
  [KIND_LETTER] = ITEM_PWORD,
};

/* The classes (bit 1 << enum ZbClass, or a kind of aScanKind[]) that
** continue an item of each type. */
static const unsigned aContinues[] = {
  [ITEM_PWORD] = 1u<<ZB_CLASS_ARABIC | 1u<<KIND_LETTER | 1u<<ZB_CLASS_JOINER | 1u<<ZB_CLASS_MARK,
  [ITEM_WORD]  = 1u<<ZB_CLASS_LETTER | 1u<<ZB_CLASS_MARK,
  [ITEM_NUM]   = 1u<<ZB_CLASS_DIGIT,
  [ITEM_PUNCT] = 0,
};

/* Room for one more item (NULL if memory ran out). */
static Item *new_item(Segment *s){
  if( s->n==s->nAlloc ){
    int nAlloc = 2*s->nAlloc;
    Item *a = malloc(sizeof(Item)*(size_t)nAlloc);
    if( a==0 ) return 0;
    memcpy(a, s->a, sizeof(Item)*(size_t)s->n);
    if( s->a!=s->aFirst ) free(s->a);
    s->a = a;
    s->nAlloc = nAlloc;
  }
  return &s->a[s->n++];
}

typedef struct Scan {
  Segment *s;
  CharWriter w;         /* writes the mapped text to s->work */
  const unsigned char *aClass;
  const unsigned char *z;   /* the text scanned, */
  int32_t n;                /* and its length */
  int32_t runStart;     /* z[runStart..at] is copied as it is, not yet written */
  int32_t at;           /* the character of z being taken */
  int64_t delta;        /* a character of the run at z[i] goes to work[i + delta] */
  ZbBuf *out;           /* where segments are written */
  size_t outStart;      /* where the result starts in out */
  Item *open;           /* the item the next character may continue, */
  unsigned continues;   /* the classes that continue it (none if no item), */
  int32_t prev1, prev2; /* and its last two characters (-1: none) */
  int inGap;            /* whitespace since the last item, */
  int nNewline;         /* and the newlines in it */
} Scan;

/* The gap before an item: none, or whitespace with 0, 1 or more newlines.
** Without spacing=on, whitespace is only collapsed, never moved. */
static uint8_t gap_of(int inGap, int nNewline){
  return (uint8_t)(inGap * (GAP_SPACE + (nNewline<2 ? nNewline : 2)));   /* no branch */
}

/* Appends the n bytes at z to the work buffer.  They are copied COPY_BLOCK
** at a time when the text they are read from goes on for COPY_BLOCK-1 bytes more
** (nAfter), the usual case: copies of fixed size take no branch that the
** lengths of runs could mislead. */
static void append_run(ZbBuf *work, const unsigned char *z, size_t n, size_t nAfter){
  size_t i;
  if( nAfter<COPY_BLOCK-1 || zb_buf_reserve(work, n + COPY_BLOCK) ){
    zb_buf_append(work, z, n);
    return;
  }
  for(i=0; i<n; i+=COPY_BLOCK) memcpy(work->z + work->n + i, z + i, COPY_BLOCK);
  work->n += n;
}

/* Writes the characters copied as they are, up to the one being taken, to
** the work buffer: then all the text scanned so far is there. */
static void flush_run(Scan *sc){
  ZbBuf *work = sc->s->work;
  append_run(work, sc->z + sc->runStart, (size_t)(sc->at - sc->runStart), (size_t)(sc->n - sc->at));
  sc->runStart = sc->at;
  sc->delta = (int64_t)work->n - sc->at;
}

/* Processes the items so far, whose texts are all written. */
static void scan_segment(Scan *sc){
  ZbBuf *work = sc->s->work;
  size_t nText;
  flush_run(sc);
  nText = work->n;
  zb_fa_segment_write(sc->s, sc->out, sc->outStart);
  work->n = nText;                            /* drop the rewritten texts */
}

/* Room for one more item, when the array is full or the segment long: a
** full segment is processed first.  NULL if memory ran out. */
static Item *scan_room(Scan *sc){
  Segment *s = sc->s;
  if( (s->n>=SEGMENT_ITEMS/2 && sc->nNewline>0) || (s->n>=SEGMENT_ITEMS && sc->inGap)
   || s->n==MAX_ITEMS ){
    scan_segment(sc);
  }
  return new_item(s);
}

/* Starts the item c begins, a character of class cls (the len bytes at off
** in the work buffer) that is no whitespace and continues no item; a ZWNJ
** that joins nothing begins none. */
static inline int scan_item(Scan *sc, int32_t c, int cls, uint32_t off, int len){
  Segment *s = sc->s;
  Item *it;
  uint8_t type = aItemType[cls];
  if( c==ZWNJ && s->o->zwnj ) return 0;
  if( s->n<s->nAlloc && s->n<SEGMENT_ITEMS/2 ){
    it = &s->a[s->n++];                         /* the usual case */
  }else if( (it = scan_room(sc))==0 ){
    return -1;
  }
  it->type = type;
  it->gap = gap_of(sc->inGap, sc->nNewline);
  it->latin = 0;
  it->flags = (cls==KIND_LETTER) ? ITEM_LETTERS : 0;
  it->cp = c;
  it->off = off;
  it->len = (uint32_t)len;
  sc->inGap = 0;
  sc->nNewline = 0;
  s->hasTypes |= 1u << type;
  if( type==ITEM_PUNCT ){
    if( c=='"' ) s->hasQuote = 1;
    if( c=='.' && it->gap==GAP_NONE && s->n>1 && is_punct(&s->a[s->n-2], '.') ) s->hasDots = 1;
  }else{
    sc->open = it;
    sc->continues = aContinues[type];
    sc->prev1 = c;
    sc->prev2 = -1;
  }
  return 0;
}

/* Notes c, of class cls, which continues the open item: a Persian word
** notes a letter repeated three times or more (the rule of
** reduce_repeats()), and whether it is all letters of the lexicon. */
static inline void scan_continue(Scan *sc, int32_t c, int cls){
  if( c==sc->prev1 && c==sc->prev2 && (cls==ZB_CLASS_ARABIC || cls==KIND_LETTER) ){
    sc->open->flags |= ITEM_REPEATS;
  }
  if( cls!=KIND_LETTER ) sc->open->flags &= (uint8_t)~ITEM_LETTERS;
  sc->prev2 = sc->prev1;
  sc->prev1 = c;
}

/* Takes the next character of the mapped text: c, of class cls, the len
** bytes at off in the work buffer.  Inlined in scan()'s loop, which the
** compiler would not do for a function called from two places. */
static inline __attribute__((always_inline))
int scan_char(Scan *sc, int32_t c, int cls, uint32_t off, int len){
  if( sc->continues >> cls & 1 ){
    sc->open->len += (uint32_t)len;
    scan_continue(sc, c, cls);
    return 0;
  }
  sc->open = 0;
  sc->continues = 0;
  if( c==' ' || c=='\n' ){
    sc->inGap = 1;
    sc->nNewline += (c=='\n');
    return 0;
  }
  return scan_item(sc, c, cls, off, len);
}

/* A character the scan changes.  The commonest, an Arabic form of a letter
** (ي ك ...), is written as its Persian letter and taken at once, as
** write_mapped() would write it.  Any other is written by write_mapped(),
** and what it wrote is taken character by character (the work buffer holds
** well-formed UTF-8).  A letter changed in place (ا + ٓ → آ) may have made
** or broken a run of repeats: the word is looked at again. */
static int scan_mapped(Scan *sc, int32_t c){
  ZbBuf *work = sc->s->work;
  int32_t i = (int32_t)work->n;
  int32_t letter = persian_letter(c);
  if( letter!=c ){
    zb_buf_put_cp(work, letter);
    if( scan_char(sc, letter, aScanKind[letter], (uint32_t)i, (int)work->n - i) ) return -1;
    return work->oom ? -1 : 0;
  }
  sc->w.rewrote = 0;
  write_mapped(&sc->w, c);
  if( sc->w.rewrote && sc->open ) sc->open->flags |= ITEM_REPEATS;
  while( i<(int32_t)work->n ){
    int32_t start = i;
    U8_NEXT_UNSAFE(work->z, i, c);
    if( scan_char(sc, c, written_kind(sc->aClass, c), (uint32_t)start, i-start) ) return -1;
  }
  return work->oom ? -1 : 0;
}

/* The fast paths of the scan, tight loops: the open item goes on with
** characters of one or two bytes that are copied as they are (letters,
** digits).  Each stops at the first character it leaves to scan_char():
** one that ends the item, is changed, or is of another length. */

/* Two-byte characters (110xxxxx 10xxxxxx, from U+0080) of the kinds (of
** aScanKind[]) in fast: letters of the lexicon in a Persian word (any other
** character of the word goes through scan_char(), which notes that the
** word is not all letters), accented Latin letters, Persian digits.  A
** letter repeated three times is noted as scan_continue() notes it
** (Persian words alone read the note). */
static inline const unsigned char *scan_two_byte_run(Scan *sc, const unsigned char *p,
                                                     const unsigned char *pEnd, unsigned fast){
  int32_t prev1 = sc->prev1, prev2 = sc->prev2;   /* locals: the text may alias sc */
  int repeats = 0;
  for(; p+1<pEnd; p+=2){
    unsigned lead = p[0], trail = p[1] ^ 0x80u;
    int32_t c;
    if( lead-0xC2u>=0x1Eu || trail>=0x40 ) break;     /* not C2..DF, continuation */
    c = (int32_t)((lead & 0x1F) << 6 | trail);
    if( !(fast >> aScanKind[c] & 1) ) break;
    if( c==prev1 && c==prev2 ) repeats = 1;
    prev2 = prev1;
    prev1 = c;
  }
  if( repeats ) sc->open->flags |= ITEM_REPEATS;
  sc->prev1 = prev1;
  sc->prev2 = prev2;
  return p;
}

/* ASCII: Latin letters, digits. */
static inline const unsigned char *scan_ascii_run(Scan *sc, const unsigned char *p,
                                                  const unsigned char *pEnd){
  unsigned continues = sc->continues;
  while( p<pEnd && *p<0x80 && (continues >> aScanKind[*p] & 1) ) p++;
  return p;
}

static inline int32_t scan_open_item(Scan *sc, const unsigned char *z, int32_t i, int32_t n){
  const unsigned char *p = z + i, *pEnd = z + n;
  unsigned fast = sc->continues;
  if( sc->open->type==ITEM_PWORD ) fast = 1u<<KIND_LETTER;
  else p = scan_ascii_run(sc, p, pEnd);
  if( p<pEnd && *p>=0xC2 ) p = scan_two_byte_run(sc, p, pEnd, fast);
  sc->open->len += (uint32_t)(p - (z + i));
  return (int32_t)(p - z);
}

/* Maps the n bytes at z into the work buffer, cutting them into items;
** each full segment of items is processed, and the last one too.  Runs of
** characters copied as they are are written in one piece. */
static int scan(Scan *sc, const unsigned char *z, int32_t n){
  ZbBuf *work = sc->s->work;
  int32_t i = 0;
  /* room for the text, and to read past its end: write_text(), can_read_word() */
  if( zb_buf_reserve(work, (size_t)n + ZB_FA_WORD_READ) ) return -1;
  sc->z = z;
  sc->n = n;
  while( i<n ){
    int32_t c;
    int len, rc;
    if( z[i]==' ' ){                          /* the usual gap */
      sc->open = 0;
      sc->continues = 0;
      sc->inGap = 1;
      i++;
      continue;
    }
    len = plain_char(z, i, n, &c);
    sc->at = i;
    if( len==0 ){
      flush_run(sc);
      rc = scan_mapped(sc, zb_next_cp(z, n, &i));
      sc->runStart = sc->at = i;
      sc->delta = (int64_t)work->n - i;
    }else{
      rc = scan_char(sc, c, c<0x800 ? aScanKind[c] : sc->aClass[c], (uint32_t)(i + sc->delta), len);
      i += len;
    }
    if( rc ) return -1;
    if( sc->open ) i = scan_open_item(sc, z, i, n);   /* the rest of its run */
  }
  sc->at = n;
  scan_segment(sc);
  return work->oom ? -1 : 0;
}

/* ======================================================================
** Text that comes out as it went in.
*/

/* True if the n bytes at z come out of the scan and the rules as they are,
** which a quick look tells of most text without Arabic script: every
** character is copied as it is (plain_char()) and of a script other than
** Arabic; every run between spaces is Latin (is_latin_run()), which
** leaves it to no rule; the whitespace is as the scan writes it, one space
** or one or two newlines between runs and none at either end.  A run of
** more than SEGMENT_ITEMS bytes, which a segment could cut in two, and
** options that rewrite Latin numbers leave the text to the scan. */
static int written_as_is(const unsigned char *aClass, const unsigned char *z, int32_t n,
                         const ZbFaOptions *o){
  const unsigned letters = 1u<<ZB_CLASS_LETTER | 1u<<ZB_CLASS_MARK;
  const unsigned allowed = letters | 1u<<ZB_CLASS_DIGIT | 1u<<ZB_CLASS_OTHER;
  int32_t i = 0;
  int prevLatin = 0, gap = GAP_NONE;
  if( o->digits!=ZB_DIGITS_PERSIAN && o->digits!=ZB_DIGITS_KEEP ) return 0;
  while( i<n ){
    int32_t runStart = i, len;
    unsigned kinds = 0;
    for(; i<n; i+=len){
      unsigned kind;
      if( z[i]<0x80 ){
        kind = aScanKind[z[i]];
        len = 1;
      }else{
        int32_t c;
        if( (len = plain_char(z, i, n, &c))==0 ) return 0;
        kind = c<0x800 ? aScanKind[c] : aClass[c];
      }
      if( !(allowed >> kind & 1) ){
        if( kind==ZB_CLASS_SPACE ) break;     /* ' ' or '\n': others are changed */
        return 0;
      }
      kinds |= 1u << kind;
    }
    if( i-runStart>SEGMENT_ITEMS ) return 0;
    prevLatin = is_latin_run((kinds & letters)!=0, 0, (kinds & 1u<<ZB_CLASS_DIGIT)!=0,
                             prevLatin && gap==GAP_SPACE);
    if( !prevLatin ) return 0;      /* also an empty run: whitespace first or doubled */
    if( i==n ) return 1;
    gap = (z[i++]==' ') ? GAP_SPACE : GAP_NEWLINE;
    if( gap==GAP_NEWLINE && i<n && z[i]=='\n' ) i++;
  }
  return 0;                         /* empty, or whitespace last */
}

/* The scan and the rules, on any text. */
static int normalize_by_rules(const unsigned char *aClass, const unsigned char *zIn, int32_t nIn,
                              const ZbFaOptions *o, ZbBuf *out){
  char aWork[4096];     /* the work buffer of most texts, */
  char aTmp[256];       /* and room for the words rewritten */
  ZbBuf work;
  Segment s;
  Scan sc;
  s.o = o;
  s.work = &work;
  s.a = s.aFirst;
  s.n = 0;
  s.nAlloc = FIRST_ITEMS;
  s.hasTypes = 0;
  s.hasQuote = s.hasDots = 0;
  s.prevLatin = 0;
  zb_buf_init_with(&work, aWork, sizeof(aWork));
  zb_buf_init_with(&s.tmp, aTmp, sizeof(aTmp));
  memset(&sc, 0, sizeof(sc));
  sc.s = &s;
  sc.w.b = &work;
  sc.w.o = o;
  sc.aClass = aClass;
  sc.out = out;
  sc.outStart = out->n;
  /* room for the usual result: a ZWNJ or a Persian digit adds a byte or more */
  zb_buf_reserve(out, (size_t)nIn + (size_t)nIn/8 + 16);
  if( scan(&sc, zIn, nIn) || s.tmp.oom ) out->oom = 1;
  zb_buf_free(&work);
  zb_buf_free(&s.tmp);
  if( s.a!=s.aFirst ) free(s.a);
  return out->oom ? -1 : 0;
}

int zb_fa_normalize(const unsigned char *zIn, int32_t nIn, const ZbFaOptions *o, ZbBuf *out){
  const unsigned char *aClass = zb_class_table();
  if( aClass==0 ){
    out->oom = 1;
    return -1;
  }
  pthread_once(&gScanKindOnce, scan_kind_build);
  if( written_as_is(aClass, zIn, nIn, o) ){
    zb_buf_append(out, zIn, (size_t)nIn);
    return out->oom ? -1 : 0;
  }
  return normalize_by_rules(aClass, zIn, nIn, o, out);
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
  if( z==0 || !zb_arg_options(ctx, "fa_normalize", argc, argv, 1, aFaOptions, N_OPT, aVal) ){
    return;
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
