/*
** smoke.c — runs the fuzz target of fuzz_text.c without libFuzzer, as part
** of `make test` (built with ASan and UBSan): a fixed number of inputs
** generated from pieces that are known to be hard (Persian and Arabic
** letters, ZWNJ, marks, digits of several scripts, presentation forms,
** ill-formed UTF-8, whitespace, punctuation; month names, strftime
** directives, calendar modifiers, negative years), every file of
** tests/fuzz/corpus/ (inputs that once failed, kept as regressions; run from
** the repository root), and any files named on the command line (e.g. a
** libFuzzer corpus).  Deterministic: the same inputs every run.
*/
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const azPiece[] = {
  "می", "نمی", "دهد", "کتاب", "ها", "های", "ای", "\xE2\x80\x8C", "\xE2\x80\x8C\xE2\x80\x8C",
  "ي", "ك", "ة", "ۀ", "ه\xD9\x94", "ا\xD9\x93", "ـ", "\xD9\x8E", "\xD9\x90", "\xEF\xBB\xBB",
  "\xEF\xB7\xBA", "\xEF\xB7\xBD", "۱۴۰۰", "٣", "12", ".", ",", ":", "?", "\"", "«", "»", "...",
  "(", ")", " ", "  ", "\n", "\n\n\n", "\t", "\r", "A", "É", "e\xCC\x81", "ß", "\xEF\xAC\x81",
  "\xE1\x84\x80", "\xE1\x85\xA1", "\xF0\x9D\x90\x80", "\xF0\x9F\x98\x80", "\xFF", "\xC0\xAF",
  "\xE2\x82", "\xF4\x90\x80\x80", "\xED\xA0\x80", "%", "COVID-19", "https://x.com/a1",
  "زمین", "لرزه", "گفت", "وگو", "اعلاممممم", "\x00",
  "۰۴ آذر ۱۴۰۰", "یکشنبه", "شب", "مهر ماه", "October 8, 2023", "1er juin", "15 رمضان 1445 هـ",
  "16:12", "4:12 pm", "25/11/2021", "امیرعبداللهیان", "Amir Abdollahian", "OIC", "(", "سازمان همکاری اسلامی",
  "trois cents", "سیصد و پنجاه", "two million", "$", "%", "وزیر امور خارجه", "Sheikh",
};
#define N_PIECE (sizeof(azPiece)/sizeof(azPiece[0]))

/* Calendar text, from which every fourth input is made, of one to three
** pieces: the calendar's parsers take a modifier or a written date only
** whole.  Month names, negative years, strftime directives, modifiers. */
static const char *const azCalendarPiece[] = {
  " ", ",", "،", "/", "-", "+", "1", "12", "۱۴۰۲", "-1764", "-0522", "0005", "9999999",
  "آبان", "فروردین ماه", "اسفند", "حمل", "ربيع الآخر", "Far", "Sha", "Mehr", "Shanbeh", "یکشنبه",
  "19/08/-0522", "1403-12-30", "19 آبان -1764", "Sha 11 Dey 1378", "Far 16, 1402",
  "23 ربيع الأول 1445", "%Y", "%-d", "%B", "%b", "%A", "%a", "%J", "%s", "%F", "%f", "%-", "%",
  "%{names=latin}", "%{digits=persian}", "%{names=dari,digits=arabic}", "%{", "}",
  "+1 month", "-13 months", "start of year", "start of month", "+1.0 years", "+1.5 months",
  " years", "\xFF",
};
#define N_CALENDAR_PIECE (sizeof(azCalendarPiece)/sizeof(azCalendarPiece[0]))

/* Scripts of the user gazetteer's target (fuzz_user_gazetteer.c), from which
** every sixteenth input is made: lines that insert rows (good and bad),
** open cursors, change, begin, commit and roll back. */
#define TEN_TIMES(x) x x x x x x x x x x
/* Longer than the tokens entities() reads ahead: an open cursor still reads
** the gazetteer it took after other statements have run. */
#define LONG_TEXT TEN_TIMES("Jane Roe met Karim Benali and Acme in Tehran. " "جین رو و OIC de Djeddah. ")
static const char *const azGazetteerPiece[] = {
  "\nI|person:x|person|~|Jane Roe|en", "\nI|org:a|org|Acme Corp|Acme|und",
  "\nI|person:y|person|~|جین رو|fa", "\nI|org:oic|org|~|OIC de Djeddah|~", "\nI|bad|weird|~|x|en",
  "\nI|#7|person|~|X|en", "\nI|p:z|person|#3|Zed|~", "\nI|p:w|person|~| \xE2\x80\x8C . |en",
  "\nI|p:v|person|~|\xFF\xFE|en", "\nE|Jane Roe met Karim Benali in Tehran (OIC).",
  "\nE|جین رو و امیرعبداللهیان در تهران", "\nE|Acme Corp and Zed", "\nE|", "\nG|person:x",
  "\nE|" LONG_TEXT,
  "\nG|country:IR", "\nD|Jane Roe", "\nD|", "\nS", "\nR", "\nB", "\nC", "\nX", "\nV", "\nW", "\nT",
  " Jane", "Roe", "|", "\xFF",
};
#define N_GAZETTEER_PIECE (sizeof(azGazetteerPiece)/sizeof(azGazetteerPiece[0]))
#define GAZETTEER_TARGET 13      /* its value of the first byte, modulo fuzz_text.c's N_TARGET */

/* Latin text, from which every fourth input is made: where fa_normalize()
** takes its quick path for text that comes out as it went in. */
static const char *const azLatinPiece[] = {
  "Jeddah", "on", "April", "30,", "2022.", "(in", "2020)", "\"good\"", "-", "...", " ", " ",
  "  ", "\n", "\n\n", "\n\n\n", "12", "x,12", "caf\xC3\xA9", "\xE2\x80\x99", "\xE2\x80\x8C",
  "\xC2\xA0", "\t", "\xD9\xA3", "\xD8\xA8", ",", "%", "\xE2\x82\xAC", "\xCC\x81",
};
#define N_LATIN_PIECE (sizeof(azLatinPiece)/sizeof(azLatinPiece[0]))

static uint32_t next_random(uint32_t *pState){
  *pState = *pState * 1103515245u + 12345u;
  return *pState >> 8;
}

static int run_file(const char *zPath){
  FILE *f = fopen(zPath, "rb");
  static unsigned char buf[1<<20];
  size_t n;
  if( f==0 ) return 1;
  n = fread(buf, 1, sizeof(buf), f);
  fclose(f);
  LLVMFuzzerTestOneInput(buf, n);
  return 0;
}

/* Runs every file of a directory; returns how many. */
static int run_dir(const char *zDir){
  DIR *d = opendir(zDir);
  struct dirent *e;
  int n = 0;
  if( d==0 ) return 0;
  while( (e = readdir(d))!=0 ){
    char zPath[1024];
    if( e->d_name[0]=='.' ) continue;
    snprintf(zPath, sizeof(zPath), "%s/%s", zDir, e->d_name);
    n += (run_file(zPath)==0);
  }
  closedir(d);
  return n;
}

int main(int argc, char **argv){
  uint32_t state = 20261125;
  unsigned char buf[4096];
  int i, nInput = 100000, nFile = run_dir("tests/fuzz/corpus");
  for(i=1; i<argc; i++) nFile += (run_file(argv[i])==0);
  for(i=0; i<nInput; i++){
    size_t n = 0;
    int k, nPiece = (i%4==1) ? 1 + (int)(next_random(&state) % 3) : (int)(next_random(&state) % 40);
    buf[n++] = (i%16==2) ? GAZETTEER_TARGET : (unsigned char)next_random(&state);
    for(k=0; k<nPiece; k++){
      const char *z = (i%16==2) ? azGazetteerPiece[next_random(&state) % N_GAZETTEER_PIECE]
                    : (i%4==3) ? azLatinPiece[next_random(&state) % N_LATIN_PIECE]
                    : (i%4==1) ? azCalendarPiece[next_random(&state) % N_CALENDAR_PIECE]
                               : azPiece[next_random(&state) % N_PIECE];
      size_t m = (z[0]==0) ? 1 : strlen(z);
      if( n+m>sizeof(buf) ) break;
      memcpy(buf+n, z, m);
      n += m;
    }
    LLVMFuzzerTestOneInput(buf, n);
  }
  printf("unit fuzz_smoke: %d passed, 0 failed\n", nInput + nFile);
  return 0;
}
