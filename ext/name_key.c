/*
** name_key.c — name_key(text): one key for every spelling of a personal
** name, in Persian, Arabic and Latin script.
**
**   SELECT name_key('امیرعبداللهیان'), name_key('Amir Abdollahian');
**   -- myrbdlhyn|myrbdlhyn
**   SELECT name_key('فؤاد حسین') = name_key('Fuad Hussein');     -- 1
**   SELECT name_key('Hassan') = name_key('Hossein');            -- 0
**   SELECT a.name, b.name FROM a JOIN b ON name_key(a.name) = name_key(b.name);
**
** The key is a transliteration to a skeleton of consonant classes
** (name_key.h), designed so that what Arabic script writes and what Latin
** transliterations write meet:
**   - Arabic script does not write short vowels, so Latin a, e, o, u are
**     dropped; a Latin vowel group with i, y or ee (i, ee, ei, ey, ai, ay,
**     ie ...) is the long vowel ی and gives 'y'; ou, oo give 'v' like و;
**     a vowel at the start of a word is dropped on both sides (ا, ع, and the
**     ی/و that follows them: Ibrahim = ابراهیم, Omid = امید, Iran = ایران);
**   - Persian pronounces ث س ص alike, and so ذ ز ض ظ, ت ط, ح ه, ق غ:
**     each group is one class, and so are the Latin letters that stand for
**     them (th → s, dh → z, gh → q, kh → x, sh/ch/tch → c, ph → f, p = b
**     as Arabic writes پ with ب, v = w = و);
**   - hamza (ء أ ؤ ئ), ayn (ع), ta marbuta (ة), alef maqsura (ى and a
**     final Persian ی in the names that are spelled with it: مرتضی),
**     the Persian silent final ه (Fatemeh, Zadeh, خامنه‌ای) and the Latin
**     final -eh are dropped; so are apostrophes, spaces and hyphens;
**   - the article al-/el-/ال and the family word آل are dropped, and
**     Abd al- is Abd (Abdullah = Abd al-Lah = عبدالله, Abdulrahman =
**     Abdurrahman = عبدالرحمن); bin = بن, Abu = Bu = ابو;
**   - doubled letters count once (Hossein = Hosein, حسّین = حسین).
** Known collisions are listed in docs/entities.md (name_key()).
** Letters of other scripts are kept (folded); digits are kept.  The
** algorithm is plain C (name_key.h); the SQL binding is at the end.
*/
#include "name_key.h"
#include "chars.h"
#include "normalize.h"
#include "zaban.h"
SQLITE_EXTENSION_INIT3

#include <stdlib.h>

/* A word being keyed, as code points: Latin letters lower-cased without
** accents, Arabic-script letters with their variants unified (below). */
typedef struct Word {
  int32_t *a;
  int n, cap;
  int arabic;            /* 1: Arabic script, 0: Latin (or another script) */
} Word;

/* The key being written: collapses a letter class repeated. */
typedef struct KeyOut {
  ZbBuf *b;
  char last;             /* the last class written, 0 after a digit */
} KeyOut;

static void key_put(KeyOut *o, char c){
  if( c==o->last ) return;
  zb_buf_putc(o->b, c);
  o->last = c;
}

static void key_puts(KeyOut *o, const char *z){
  while( *z ) key_put(o, *z++);
}

static int word_push(Word *w, int32_t c){
  if( w->n==w->cap ){
    int cap = w->cap ? 2*w->cap : 32;
    int32_t *a = realloc(w->a, sizeof(int32_t)*(size_t)cap);
    if( a==0 ) return -1;
    w->a = a;
    w->cap = cap;
  }
  w->a[w->n++] = c;
  return 0;
}

/* ======================================================================
** Arabic script
*/

/* Letters after unification (the values that matter below). */
#define AR_ALEF     0x0627
#define AR_LAM      0x0644
#define AR_HEH      0x0647
#define AR_WAW      0x0648
#define AR_YEH      0x06CC   /* Persian ی stands for ي ی ې */
#define AR_AIN      0x0639
#define AR_MAQSURA  0x0649   /* ى: a final long a, dropped */

/* The unified form of an Arabic-script letter. */
static int32_t ar_unify(int32_t c){
  switch( c ){
    case 0x0622: case 0x0623: case 0x0625: case 0x0671:
    case 0x0672: case 0x0673:                           return AR_ALEF;
    case 0x064A: case 0x06D0: case 0x06CD:              return AR_YEH;
    case 0x0643: case 0x06AA:                           return 0x06A9;  /* ک */
    case 0x06C0: case 0x06C1: case 0x06BE: case 0x06D5: return AR_HEH;
    default:                                            return c;
  }
}

/* The class of a unified Arabic-script letter, or 0 if it is not written in
** the key (vowel carriers, hamza, ayn, ta marbuta; ه and ی are decided by
** the caller). */
static char ar_class(int32_t c){
  switch( c ){
    case 0x0628: case 0x067E:               return 'b';   /* ب پ */
    case 0x062A: case 0x0637: case 0x0679:  return 't';   /* ت ط ٹ */
    case 0x062B: case 0x0633: case 0x0635:  return 's';   /* ث س ص */
    case 0x062C:                            return 'j';   /* ج */
    case 0x0686: case 0x0634:               return 'c';   /* چ ش */
    case 0x062D: case AR_HEH:               return 'h';   /* ح ه */
    case 0x062E:                            return 'x';   /* خ */
    case 0x062F: case 0x0688:               return 'd';   /* د ڈ */
    case 0x0630: case 0x0632: case 0x0636:
    case 0x0638: case 0x0698:               return 'z';   /* ذ ز ض ظ ژ */
    case 0x0631: case 0x0691:               return 'r';   /* ر ڑ */
    case 0x063A: case 0x0642:               return 'q';   /* غ ق */
    case 0x0641:                            return 'f';   /* ف */
    case 0x06A9:                            return 'k';   /* ک */
    case 0x06AF:                            return 'g';   /* گ */
    case AR_LAM:                            return 'l';
    case 0x0645:                            return 'm';
    case 0x0646: case 0x06BA:               return 'n';   /* ن ں */
    case AR_WAW: case 0x06A4:               return 'v';   /* و ڤ */
    case AR_YEH: case 0x06D2: case 0x06D3:  return 'y';   /* ی ے */
    default:                                return 0;     /* ا ء أ ؤ ئ ع ة ى */
  }
}

static int ar_is_vowel_letter(int32_t c){
  return c==AR_ALEF || c==AR_WAW || c==AR_YEH;
}

static int ar_starts_with(const Word *w, int i, const char *zUtf8){
  int32_t j = 0, n = (int32_t)strlen(zUtf8);
  while( j<n ){
    int32_t c;
    U8_NEXT_UNSAFE(zUtf8, j, c);
    if( i>=w->n || w->a[i]!=c ) return 0;
    i++;
  }
  return 1;
}

static int ar_equals(const Word *w, const char *zUtf8){
  return ar_starts_with(w, 0, zUtf8) && w->n==(int)zb_utf8_chars((const unsigned char*)zUtf8,
                                                                 (int32_t)strlen(zUtf8));
}

/* Persian names written with a final ی that reads as a long a (Arabic
** writes ى there): the ی is not the long i of the key. */
static const char *const azFinalYehA[] = {
  "مرتضی", "مصطفی", "موسی", "عیسی", "یحیی", "مجتبی", "کبری", "صغری", "هدی",
  "لیلی", "مولی", "سلمی", "یسری", "نجوی", "عظمی", "اعلی", "مرتضي", 0
};
/* Persian names that begin with ال that is not the Arabic article. */
static const char *const azNotArticle[] = {
  "الهام", "الناز", "الیاس", "الهه", "الوند", "الیکا", "الیزابت", 0
};

static int ar_in_list(const Word *w, const char *const *az){
  int i;
  for(i=0; az[i]; i++) if( ar_equals(w, az[i]) ) return 1;
  return 0;
}

/* True if ه at i is the silent final ه of Persian (خامنه، فاطمه، زاده،
** هنیه): at the end of the word or before a final ای, after a consonant or
** ی, with at least three letters before it in the (sub)word, and not the ه
** of الله. */
static int ar_silent_heh(const Word *w, int i, int start){
  int rest = w->n - i - 1;
  int32_t prev = i>start ? w->a[i-1] : 0;
  if( !(rest==0 || (rest==2 && w->a[i+1]==AR_ALEF && w->a[i+2]==AR_YEH)) ) return 0;
  if( i - start < 3 || prev==AR_ALEF || prev==AR_WAW || prev==AR_HEH ) return 0;
  if( prev==AR_LAM && w->a[i-2]==AR_LAM ) return 0;
  return 1;
}

/* Skips the vowel at the start of a (sub)word: ا ع ء and hamza seats, and
** a ی or و after them that is a vowel (followed by a consonant). */
static int ar_skip_initial_vowel(const Word *w, int i){
  int skipped = 0;
  while( i<w->n && ar_class(w->a[i])==0 && w->a[i]!=AR_HEH ){ i++; skipped = 1; }
  if( skipped && i+1<w->n && (w->a[i]==AR_YEH || w->a[i]==AR_WAW)
   && !ar_is_vowel_letter(w->a[i+1]) ){
    i++;
  }
  return i;
}

static void key_arabic_word(const Word *w, KeyOut *o){
  int i = 0, start, finalYehA;
  if( w->n==2 && w->a[0]==AR_ALEF && w->a[1]==AR_LAM ) return;     /* ال, آل */
  if( w->n>=4 && w->a[0]==AR_ALEF && w->a[1]==AR_LAM && !ar_in_list(w, azNotArticle) ) i = 2;
  if( ar_starts_with(w, i, "عبدال") && w->n - i > 5 ){                 /* Abd al- */
    key_puts(o, "bd");
    i += 5;
  }
  start = i;
  i = ar_skip_initial_vowel(w, i);
  finalYehA = ar_in_list(w, azFinalYehA);
  for(; i<w->n; i++){
    int32_t c = w->a[i];
    char k;
    if( c==AR_HEH && ar_silent_heh(w, i, start) ) continue;
    if( c==AR_YEH && i==w->n-1 && finalYehA ) continue;
    k = ar_class(c);
    if( k ) key_put(o, k);
  }
}

/* ======================================================================
** Latin script
*/

static int lat_is_vowel(int32_t c){
  return c=='a' || c=='e' || c=='i' || c=='o' || c=='u';
}

/* A 'y' is a consonant before a vowel at the start of a word or after a
** consonant (Yasser, Yahya); otherwise it belongs to a vowel group (Sayyed,
** Hoseyn). */
static int lat_y_is_vowel(const Word *w, int i, int start){
  int before = i>start && (lat_is_vowel(w->a[i-1]) || w->a[i-1]=='y');
  int after = i+1<w->n && lat_is_vowel(w->a[i+1]);
  return !(after && !before);
}

static int lat_vowelish(const Word *w, int i, int start){
  return lat_is_vowel(w->a[i]) || (w->a[i]=='y' && lat_y_is_vowel(w, i, start));
}

static int lat_word_is(const Word *w, const char *z){
  int i, n = (int)strlen(z);
  if( w->n!=n ) return 0;
  for(i=0; i<n; i++) if( w->a[i]!=z[i] ) return 0;
  return 1;
}

static int lat_starts_with(const Word *w, const char *z){
  int i, n = (int)strlen(z);
  if( w->n<n ) return 0;
  for(i=0; i<n; i++) if( w->a[i]!=z[i] ) return 0;
  return 1;
}

/* The class of the consonant (or digraph) at i; *pLen gets its length in
** letters.  0 for a letter outside a-z. */
static char lat_consonant(const Word *w, int i, int *pLen){
  int32_t c = w->a[i];
  int32_t d = i+1<w->n ? w->a[i+1] : 0;
  int32_t e = i+2<w->n ? w->a[i+2] : 0;
  *pLen = 1;
  if( (c=='s' && d=='c' && e=='h') || (c=='t' && d=='c' && e=='h') ){ *pLen = 3; return 'c'; }
  if( d=='h' ){
    *pLen = 2;
    switch( c ){
      case 'c': case 's': return 'c';
      case 'k': return 'x';
      case 'g': return 'q';
      case 'z': return 'z';
      case 't': return 's';
      case 'd': return 'z';
      case 'p': return 'f';
    }
    *pLen = 1;
  }
  if( c=='d' && d=='j' ){ *pLen = 2; return 'j'; }
  if( c=='c' && d=='k' ){ *pLen = 2; return 'k'; }
  switch( c ){
    case 'b': case 'p': return 'b';
    case 'c': return (d=='e' || d=='i' || d=='y') ? 's' : 'k';
    case 'v': case 'w': return 'v';
    case 'd': case 'f': case 'g': case 'h': case 'j': case 'k': case 'l':
    case 'm': case 'n': case 'q': case 'r': case 's': case 't': case 'z':
    case 'y':
      return (char)c;
    default: return 0;
  }
}

/* The class of the vowel group [i, j): 'y' for the long i (a group with
** i, y or ee), 'v' for the long u (a group ending in ou, oo, uu: Mahmoud,
** Daoud; not Fouad, where ou is a glide before a), 0 for short vowels. */
static char lat_vowel_group(const Word *w, int i, int j){
  int k;
  for(k=i; k<j; k++){
    int32_t c = w->a[k], d = k+1<j ? w->a[k+1] : 0;
    if( c=='i' || c=='y' || (c=='e' && d=='e') ) return 'y';
  }
  if( j-i>=2 && (w->a[j-2]=='o' || w->a[j-2]=='u') && (w->a[j-1]=='u' || w->a[j-1]=='o') ){
    return 'v';
  }
  return 0;
}

/* Handles the particles and the Abd al- prefix; returns the index where
** the rest of the word starts, or -1 if the word is done. */
static int lat_prefix(const Word *w, KeyOut *o){
  static const char *const azArticle[] = { "al", "el", "ul", "ol", 0 };
  static const char *const azAbu[] = { "abu", "abou", "abo", "bu", "bou", 0 };
  static const char *const azAbdWord[] = { "abd", "abdu", "abdul", "abdel", "abdol",
                                           "abdal", "abdoul", "abdou", 0 };
  static const char *const azAbdPrefix[] = { "abdoul", "abdul", "abdel", "abdol", "abdal", 0 };
  int i;
  for(i=0; azArticle[i]; i++) if( lat_word_is(w, azArticle[i]) ) return -1;
  if( lat_word_is(w, "bin") ){ key_puts(o, "bn"); return -1; }
  for(i=0; azAbu[i]; i++) if( lat_word_is(w, azAbu[i]) ){ key_puts(o, "bv"); return -1; }
  if( !lat_starts_with(w, "abd") ) return 0;
  key_puts(o, "bd");
  for(i=0; azAbdWord[i]; i++) if( lat_word_is(w, azAbdWord[i]) ) return -1;
  for(i=0; azAbdPrefix[i]; i++){
    if( lat_starts_with(w, azAbdPrefix[i]) ) return (int)strlen(azAbdPrefix[i]);
  }
  /* Abdurrahman, Abdussalam: the article assimilated to a doubled letter */
  if( w->n>5 && lat_is_vowel(w->a[3]) && w->a[4]==w->a[5] && !lat_is_vowel(w->a[4]) ) return 5;
  return 3;
}

static void key_latin_word(const Word *w, KeyOut *o){
  int start = lat_prefix(w, o), i;
  if( start<0 ) return;
  i = start;
  while( i<w->n && lat_vowelish(w, i, start) ) i++;        /* initial vowel */
  while( i<w->n ){
    int len;
    char k;
    if( lat_vowelish(w, i, start) ){
      int j = i;
      while( j<w->n && lat_vowelish(w, j, start) ) j++;
      k = lat_vowel_group(w, i, j);
      if( k ) key_put(o, k);
      i = j;
      continue;
    }
    /* the silent final h of -eh and -ih, -iyeh (Fatemeh, Zadeh, Haniyeh,
    ** Nabih: the Persian silent ه, dropped on the Arabic side too) */
    if( w->a[i]=='h' && i==w->n-1 && i>start && (w->a[i-1]=='e' || w->a[i-1]=='i') ) break;
    if( w->a[i]=='x' ){ key_puts(o, "ks"); i++; continue; }
    k = lat_consonant(w, i, &len);
    if( k ) key_put(o, k);
    i += len;
  }
}

/* ======================================================================
** Words
*/

/* Apostrophes, and the signs transliterations write for hamza and ayn
** (ʾ ʿ): no letter of the key. */
static int is_apostrophe_or_sign(int32_t c){
  return zb_is_apostrophe(c) || c==0x02BE || c==0x02BF;
}

/* Appends the Latin letter c, lower-cased and without accents (fold()),
** to w; letters of other scripts are kept as folded.  *pOther is set for
** a letter that is not a-z after folding. */
static int latin_push(Word *w, int32_t c, ZbBuf *tmp, int *pOther){
  int32_t i = 0;
  switch( c ){
    case 0xE7: case 0xC7: return word_push(w, 's');        /* ç */
    case 0x131: return word_push(w, 'i');                   /* dotless ı */
    case 0xF8: case 0xD8: return word_push(w, 'o');         /* ø */
    case 0x142: case 0x141: return word_push(w, 'l');       /* ł */
    case 0x111: case 0x110: return word_push(w, 'd');       /* đ */
  }
  if( c<0x80 ) return word_push(w, (c>='A' && c<='Z') ? c + 32 : c);
  tmp->n = 0;
  if( zb_fold_cp(c, tmp) ) return -1;
  while( i<(int32_t)tmp->n ){
    int32_t d = zb_next_cp((const unsigned char*)tmp->z, (int32_t)tmp->n, &i);
    if( d<'a' || d>'z' ) *pOther = 1;
    if( word_push(w, d) ) return -1;
  }
  return 0;
}

/* Appends the key of a finished word. */
static void key_word(Word *w, int other, KeyOut *o){
  int i;
  if( w->n==0 ) return;
  if( w->arabic ){
    key_arabic_word(w, o);
  }else if( !other ){
    key_latin_word(w, o);
  }else{
    /* another script (or Latin letters without an a-z fold): kept as is */
    for(i=0; i<w->n; i++) zb_buf_put_cp(o->b, w->a[i]);
    o->last = 0;
  }
  w->n = 0;
}

int zb_name_key(const unsigned char *z, int32_t n, ZbBuf *out){
  const unsigned char *aClass = zb_class_table();
  Word w = { 0, 0, 0, 0 };
  KeyOut o;
  ZbBuf tmp;
  int32_t i = 0;
  int other = 0, rc = 0;
  if( aClass==0 ) return -1;
  o.b = out;
  o.last = 0;
  zb_buf_init(&tmp);
  while( i<n && rc==0 ){
    int32_t c = zb_next_cp(z, n, &i);
    int cls = c<=0xFFFF ? aClass[c] : zb_char_class(c);
    if( cls==ZB_CLASS_MARK || c==0x0640 || c==0x200D || is_apostrophe_or_sign(c) ) continue;
    if( cls==ZB_CLASS_ARABIC || cls==ZB_CLASS_LETTER ){
      int arabic = (cls==ZB_CLASS_ARABIC);
      if( w.n && w.arabic!=arabic ){ key_word(&w, other, &o); other = 0; }
      w.arabic = arabic;
      rc = arabic ? word_push(&w, ar_unify(c)) : latin_push(&w, c, &tmp, &other);
      continue;
    }
    key_word(&w, other, &o);            /* anything else ends the word */
    other = 0;
    if( cls==ZB_CLASS_DIGIT ){
      zb_buf_putc(out, (char)('0' + zb_digit_value(c)));
      o.last = 0;
    }
  }
  if( rc==0 ) key_word(&w, other, &o);
  free(w.a);
  zb_buf_free(&tmp);
  return (rc || out->oom) ? -1 : 0;
}

/* ======================================================================
** SQL binding: name_key(text)
*/

static void name_key_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  int n;
  const unsigned char *z = zb_arg_text(argv[0], &n);
  ZbBuf b;
  (void)argc;
  if( z==0 ) return;                               /* NULL → NULL */
  zb_buf_init(&b);
  if( zb_name_key(z, n, &b) ) b.oom = 1;
  if( b.n==0 && !b.oom ){ sqlite3_result_text(ctx, "", 0, SQLITE_STATIC); zb_buf_free(&b); return; }
  zb_result_buf(ctx, &b);
}

static const ZbFunc aNameKeyFuncs[] = {
  { "name_key", 1, 1, ZB_PURE, name_key_func },
};

int zb_name_key_register(sqlite3 *db, char **pzErrMsg){
  return zb_register_functions(db, aNameKeyFuncs, 1, 0, 0, pzErrMsg);
}
