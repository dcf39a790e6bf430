/*
** test_fa_normalize.c — unit tests of zb_fa_normalize() (ext/fa_normalize.h)
** where the SQL golden tests cannot reach: the quick path for text that
** comes out as it went in, against the scan and the rules.
**
** A space before a text changes nothing in what the rules write (leading
** whitespace goes), and the quick path never takes a text that starts
** with one; so fa_normalize(' ' || t) is the rules' answer for t, and must
** equal fa_normalize(t) on every text: short ones at the quick path's
** edges, long ones that the rules cut into segments, and the seed texts.
*/
#include "fa_normalize.h"
#include "unit.h"

#include <dirent.h>

static const ZbFaOptions defaults = { ZB_DIGITS_PERSIAN, 1, 1, 1, 1 };

/* fa_normalize() of n bytes, as a NUL-terminated string the caller frees. */
static char *normalized(const char *z, size_t n, const ZbFaOptions *o){
  ZbBuf b;
  zb_buf_init(&b);
  if( zb_fa_normalize((const unsigned char*)z, (int32_t)n, o, &b) ) return 0;
  return zb_buf_detach(&b);
}

/* fa_normalize(t) equals fa_normalize(' ' || t); returns 1 if t came out
** as it went in. */
static int check_same_as_rules(const char *z, size_t n, const ZbFaOptions *o){
  char *zSpaced = malloc(n + 1), *zQuick, *zRules;
  int asIs;
  zSpaced[0] = ' ';
  memcpy(zSpaced + 1, z, n);
  zQuick = normalized(z, n, o);
  zRules = normalized(zSpaced, n + 1, o);
  CHECK(zQuick && zRules && strcmp(zQuick, zRules)==0);
  if( zQuick && zRules && strcmp(zQuick, zRules)!=0 ){
    printf("  text:  %.200s\n  quick: %.200s\n  rules: %.200s\n", z, zQuick, zRules);
  }
  asIs = zQuick && strlen(zQuick)==n && memcmp(zQuick, z, n)==0;
  free(zSpaced);
  free(zQuick);
  free(zRules);
  return asIs;
}

/* Latin text comes out as written, numbers and punctuation included. */
static void test_latin_as_written(void){
  static const char *const azLatin[] = {
    "Taha said the 57 member states would meet in Jeddah on April 30, 2022.",
    "The talks (in 2020) were \"good\" - said Amir Abdollahian",
    "Le ministre a d\xC3\xA9" "clar\xC3\xA9 que la r\xC3\xA9union aurait lieu le 1er juin 2023.",
    "Windows 11\niPhone 15 Pro\n\nCOVID-19 https://who.int/news2",
    "The organisation\xE2\x80\x99s \xE2\x80\x9C" "57 states\xE2\x80\x9D met. 12",
  };
  size_t i;
  for(i=0; i<sizeof(azLatin)/sizeof(azLatin[0]); i++){
    CHECK(check_same_as_rules(azLatin[i], strlen(azLatin[i]), &defaults));
  }
}

/* Texts at the quick path's edges, where the rules change something or
** the quick path must leave them to the rules. */
static void test_edges(void){
  static const char *const azEdge[] = {
    "x ,", "x  y", " x", "x ", "x\ty", "x\r\ny", "x\n\n\ny", "x \ny", "1 x", "x\n12",
    "x 12", "x 12 13", "x (12)", "12", "...", "x ...", "x y...", "\"x\"", "x \xC2\xA0y",
    "x\xE2\x80\x8Cy", "x \xD8\xA8", "\xD9\xA3 x", "x \xD9\xA3", "caf\xC3\xA9 \xCC\x81", "\x01 x",
    "x\xE2\x80\xAFy", "x\xE2\x82\xAC", "",
  };
  ZbFaOptions latinDigits = defaults, keepDigits = defaults;
  size_t i;
  latinDigits.digits = ZB_DIGITS_LATIN;
  keepDigits.digits = ZB_DIGITS_KEEP;
  for(i=0; i<sizeof(azEdge)/sizeof(azEdge[0]); i++){
    size_t n = strlen(azEdge[i]);
    check_same_as_rules(azEdge[i], n, &defaults);
    check_same_as_rules(azEdge[i], n, &latinDigits);
    check_same_as_rules(azEdge[i], n, &keepDigits);
  }
  CHECK(!check_same_as_rules("x\n12", 4, &defaults));      /* ۱۲: not after a space */
  CHECK(check_same_as_rules("x 12", 4, &defaults));
}

/* Texts long enough to be cut into segments: numbers right after a cut
** stay Latin, and a run longer than a segment is left to the rules. */
static void test_long_texts(void){
  ZbBuf b;
  int i;
  zb_buf_init(&b);
  for(i=0; i<9000; i++) zb_buf_append(&b, i%7 ? "word 12 " : "word (12) ", i%7 ? 8 : 10);
  b.n--;
  CHECK(check_same_as_rules(b.z, b.n, &defaults));
  b.n = 0;
  for(i=0; i<3000; i++) zb_buf_append(&b, i%50 ? "Xy 7 " : "Xy 7\n", 5);
  b.n--;
  CHECK(check_same_as_rules(b.z, b.n, &defaults));
  b.n = 0;                                       /* a cut right before 12 */
  for(i=0; i<4096; i++) zb_buf_append(&b, "w ", 2);
  zb_buf_append(&b, "12", 2);
  CHECK(check_same_as_rules(b.z, b.n, &defaults));
  b.n = 0;                                       /* no cut inside x,12 */
  for(i=0; i<4095; i++) zb_buf_append(&b, "w ", 2);
  zb_buf_append(&b, "x,12", 4);
  CHECK(check_same_as_rules(b.z, b.n, &defaults));
  b.n = 0;
  zb_buf_append(&b, "a", 1);
  for(i=0; i<10000; i++) zb_buf_append(&b, ",1", 2);
  check_same_as_rules(b.z, b.n, &defaults);
  zb_buf_free(&b);
}

/* Every line of the seed news texts, Persian, Arabic, English and French. */
static void test_seeds(void){
  DIR *d = opendir("../shared/seeds");
  struct dirent *e;
  int nFile = 0;
  if( d==0 ){ printf("SKIPPED seeds: ../shared/seeds not found\n"); return; }
  while( (e = readdir(d))!=0 ){
    char zRel[300], *z, *zLine;
    int n;
    if( e->d_name[0]=='.' ) continue;
    snprintf(zRel, sizeof(zRel), "seeds/%s", e->d_name);
    if( (z = unit_read_shared(zRel, &n))==0 ) continue;
    nFile++;
    for(zLine=z; *zLine; ){
      char *zEnd = strchr(zLine, '\n');
      size_t nLine = zEnd ? (size_t)(zEnd - zLine) : strlen(zLine);
      check_same_as_rules(zLine, nLine, &defaults);
      zLine += nLine + (zEnd!=0);
    }
    check_same_as_rules(z, (size_t)n, &defaults);
    free(z);
  }
  closedir(d);
  CHECK(nFile>0);
}

int main(void){
  test_latin_as_written();
  test_edges();
  test_long_texts();
  test_seeds();
  return unit_done("fa_normalize");
}
