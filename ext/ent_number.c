/*
** ent_number.c — the number finder of entities() (entities_int.h):
** numbers in digits of any script with their separators, number words in
** the four languages, scale words after digits, and what makes a number a
** percentage (%, درصد, per cent) or an amount of money (a currency sign
** before it, a currency word after it).
**
**   SELECT kind, surface, value FROM entities('trois cents personnes, 2,5 millions d''euros, ۵۰ درصد');
**   -- number|trois cents|300   money|2,5 millions d'euros|2500000   percent|۵۰ درصد|50
**
** Digits glued to letters (G7, F-35, 15th, ۱۴۰۰ام) are no number; digits
** joined by a colon or a hyphen (16:12, 2024-06-02, 10-15) are left to the
** date finder.  The language of the text decides 2,5 and 1.500, and
** whether sept is a number.
*/
#include "entities_int.h"

#include <math.h>

#define MAX_GROUPS          16   /* digit groups of a number read: 1,234,567,... */
#define MAX_QUANTITY_DIGITS 24   /* more digits in a group: an identifier, no quantity */
#define MAX_EXACT_INT 9007199254740992.0   /* 2^53: larger values are given as reals */

/* True if number token i is glued to letters (G7, F-35, 15th, ۱۴۰۰ام):
** part of a name or an ordinal, not a quantity. */
static int glued_to_letters(ZbEntities *p, int64_t i){
  Tok *prev = zb_ent_tok(p, i-1), *next = zb_ent_tok(p, i+1);
  if( prev && zb_ent_touching(p, i-1, i) ){
    /* و٢٠: the Arabic conjunction glued to a number */
    if( prev->t.kind==ZB_TOK_ARABIC && prev->t.iCharEnd - prev->t.iChar==1 ) return 0;
    if( zb_ent_is_word(prev) ) return 1;
    if( zb_win_punct(prev)=='-' && zb_ent_touching(p, i-2, i-1) && zb_ent_tok(p, i-2) && zb_ent_is_word(zb_ent_tok(p, i-2)) ) return 1;
  }
  return next && zb_ent_touching(p, i, i+1) && zb_ent_is_word(next);
}

/* The separator between two digit groups: the folded punctuation of a
** touching one-character token, or 0. */
static int group_sep(ZbEntities *p, int64_t j){
  Tok *t = zb_ent_tok(p, j), *next = zb_ent_tok(p, j+1);
  Fold fold;
  if( t==0 || t->t.kind!=ZB_TOK_PUNCT || next==0 || next->t.kind!=ZB_TOK_NUMBER ) return 0;
  if( !zb_ent_touching(p, j-1, j) || !zb_ent_touching(p, j, j+1) ) return 0;
  if( zb_win_punct(t) ) return zb_win_punct(t);
  if( zb_ent_fold(p, t, &fold) ) return 0;
  if( fold.n==2 && memcmp(fold.z, "\xD9\xAB", 2)==0 ) return 'D';   /* ٫ decimal */
  if( fold.n==2 && memcmp(fold.z, "\xD9\xAC", 2)==0 ) return 'T';   /* ٬ thousands */
  return 0;
}

/* A space inside a number, as French writes 1 000 000: no-break spaces. */
static int nbsp_between(ZbEntities *p, int64_t i, int64_t j){
  Tok *a = zb_ent_tok(p, i), *b = zb_ent_tok(p, j);
  int32_t n;
  const unsigned char *z;
  if( a==0 || b==0 || b->t.kind!=ZB_TOK_NUMBER || b->nDigit!=3 ) return 0;
  n = b->t.iByte - a->t.iByteEnd;
  z = p->z + a->t.iByteEnd;
  return (n==2 && memcmp(z, "\xC2\xA0", 2)==0)
      || (n==3 && (memcmp(z, "\xE2\x80\xAF", 3)==0 || memcmp(z, "\xE2\x80\x89", 3)==0));
}

/* Digits with their separators from token i: 1,234.5 / 2,5 / ۲٫۵ / ۱۲٬۰۰۰ /
** 1 000 (no-break spaces) / ۲/۵ (Persian decimal slash).  Returns 1 with
** the value, 0 if token i is not a quantity, -1 if the tokens up to *piLast
** are something else (a time 16:12, a date 2024-06-02, a range) and must
** not be read as numbers. */
static int parse_digits(ZbEntities *p, int64_t i, double *pValue, int *pIsInt, int64_t *piLast){
  int64_t j = i, aGroup[MAX_GROUPS];
  int aSep[MAX_GROUPS], nGroup = 1, k, nDot = 0, nComma = 0, decimalAt = -1;
  double v = 0, frac = 0, scale = 1;
  Tok *t = zb_ent_tok(p, i);
  *piLast = i;
  if( glued_to_letters(p, i) ) return 0;
  aGroup[0] = i;
  aSep[0] = 0;
  while( nGroup<MAX_GROUPS ){
    int c = group_sep(p, j+1);
    if( c ){
      aSep[nGroup] = c;
      aGroup[nGroup++] = j+2;
      j += 2;
    }else if( nbsp_between(p, j, j+1) ){
      aSep[nGroup] = 'T';
      aGroup[nGroup++] = j+1;
      j += 1;
    }else{
      break;
    }
  }
  *piLast = j;
  for(k=0; k<nGroup; k++){
    if( zb_ent_tok(p, aGroup[k])->nDigit > MAX_QUANTITY_DIGITS ) return -1;   /* an identifier */
  }
  for(k=1; k<nGroup; k++){
    switch( aSep[k] ){
      case ':': case '-': return -1;                      /* a time, a date, a range */
      case '/':
        /* Persian writes ۲/۵ for 2.5; any other slash is a date or a ratio */
        if( nGroup!=2 || zb_ent_lang(p)!=ZB_LANG_FA || p->z[t->t.iByte]<0x80 ) return -1;
        decimalAt = 1;
        break;
      case '.': nDot++; break;
      case ',': nComma++; break;
      case 'D': if( decimalAt>=0 ) return -1; decimalAt = k; break;
      case 'T': break;
      default: return -1;
    }
  }
  if( decimalAt<0 && (nDot || nComma) ){
    /* the decimal mark: the one of two kinds that comes last (1,234.5);
    ** one kind in groups of three is thousands (1,234,567), except that a
    ** single 1.500 is 1500 in French, 1.5 elsewhere, and 1,500 is 1.5 in French */
    int lastSep = aSep[nGroup-1], allThree = 1;
    for(k=1; k<nGroup; k++) if( zb_ent_tok(p, aGroup[k])->nDigit!=3 ) allThree = 0;
    if( nDot && nComma ){
      decimalAt = nGroup-1;
      for(k=1; k<nGroup-1; k++) if( aSep[k]==lastSep ) return -1;
    }else if( !allThree || zb_ent_tok(p, aGroup[0])->nDigit>3 ){
      if( nGroup!=2 ) return -1;
      decimalAt = 1;
    }else if( nGroup==2 && ((lastSep=='.') != (zb_ent_lang(p)==ZB_LANG_FR)) ){
      decimalAt = 1;
    }
  }
  for(k=0; k<nGroup; k++){
    Tok *g = zb_ent_tok(p, aGroup[k]);
    if( decimalAt>=0 && k>=decimalAt ){
      scale /= pow(10, g->nDigit);
      frac += g->value * scale;
    }else{
      v = v * pow(10, g->nDigit) + g->value;
    }
  }
  *pValue = v + frac;
  *pIsInt = (decimalAt<0);
  return 1;
}

/* May a number word be read in this text? */
static int num_word_ok(ZbEntities *p, const Word *w){
  return w && (w->flags & GW_NUM) && !((w->flags & GW_NOT_EN) && zb_ent_lang(p)==ZB_LANG_EN);
}

/* Number words from token i: سیصد و پنجاه, trois cents, two million,
** ثلاثة آلاف, quatre-vingt-dix, أحد عشر.  Each word after the first must
** be smaller than the one before, or follow a hundred or a scale (so that
** "two three" is not 5).  Returns the number of words (0: none). */
static int parse_words(ZbEntities *p, int64_t i, double *pValue, int64_t *piLast){
  double total = 0, current = 0, lastAdd = 0;
  int nWord = 0, afterMult = 0;
  int64_t j = i;
  const Word *wFirst = 0;
  while( j>=0 ){
    Tok *t = zb_ent_tok(p, j);
    const Word *w = t ? zb_ent_word(p, t) : 0;
    if( w && (w->flags & GW_AND) && !(w->flags & GW_NUM) && nWord>0 ){
      int64_t k = zb_ent_next_unsoft(p, j);
      Tok *u = k>=0 ? zb_ent_tok(p, k) : 0;
      if( u && num_word_ok(p, zb_ent_word(p, u)) && zb_ent_word(p, u)->numType==NUM_ADD && (afterMult || zb_ent_word(p, u)->value<lastAdd) ){
        j = k;
        continue;
      }
      break;
    }
    if( !num_word_ok(p, w) ) break;
    if( w->numType==NUM_ADD ){
      if( nWord>0 && !afterMult && w->value>=lastAdd ){
        if( w->value==20 && lastAdd==4 ) current += 76;      /* quatre-vingt(s) */
        else if( (w->flags & GW_TEEN_TEN) && lastAdd<10 ) current += 10;   /* ثلاثة عشر */
        else break;
      }else{
        current += w->value;
      }
      lastAdd = w->value;
      afterMult = 0;
    }else if( w->numType==NUM_HUNDRED ){
      current = (current ? current : 1) * 100;
      afterMult = 1;
      lastAdd = 100;
    }else{
      double scale = w->value;
      if( (w->flags & GW_NUM_FR) && zb_ent_lang(p)==ZB_LANG_FR ) scale = 1e12;
      total += (current ? current : 1) * scale;
      current = 0;
      afterMult = 1;
      lastAdd = scale;
    }
    if( nWord==0 ) wFirst = w;
    nWord++;
    *piLast = j;
    j = zb_ent_next_unsoft(p, j);
  }
  if( nWord==1 && (wFirst->flags & GW_NOT_ALONE) ) return 0;
  *pValue = total + current;
  return nWord;
}

/* The currency named at token j (and an adjective after it), or -1. */
static int64_t currency_at(ZbEntities *p, int64_t j, char *zCode){
  Tok *t = zb_ent_tok(p, j), *adj;
  int64_t k;
  if( t==0 || !(zb_ent_wflags(p, t) & GW_CURRENCY) ) return -1;
  memcpy(zCode, zb_ent_word(p, t)->code, 4);
  /* ریال in Persian text is the Iranian rial */
  if( zCode[0]==0 && zb_ent_lang(p)==ZB_LANG_FA && t->t.kind==ZB_TOK_ARABIC ){
    Fold fold;
    if( zb_ent_fold(p, t, &fold)==0 && fold.n==8 && memcmp(fold.z, "ریال", 8)==0 ) memcpy(zCode, "IRR", 4);
  }
  k = zb_ent_next_unsoft(p, j);
  adj = k>=0 ? zb_ent_tok(p, k) : 0;
  if( adj && t->t.kind!=ZB_TOK_PUNCT && (zb_ent_wflags(p, adj) & GW_CUR_ADJ) && adj->t.kind==t->t.kind ){
    memcpy(zCode, zb_ent_word(p, adj)->code, 4);
    return k;
  }
  return j;
}

/* Scale words after digits: 2.5 million, ۵ هزار, 3 ملايين.  Multiplies
** *pValue by them; returns the last token read. */
static int64_t scale_words_after(ZbEntities *p, int64_t iLast, double *pValue){
  int64_t k;
  for(k=zb_ent_next_unsoft(p, iLast); k>=0; k=zb_ent_next_unsoft(p, k)){
    Tok *u = zb_ent_tok(p, k);
    const Word *w = u ? zb_ent_word(p, u) : 0;
    if( u==0 || !num_word_ok(p, w) || w->numType==NUM_ADD ) break;
    *pValue *= (w->numType==NUM_HUNDRED) ? 100
             : ((w->flags & GW_NUM_FR) && zb_ent_lang(p)==ZB_LANG_FR) ? 1e12 : w->value;
    iLast = k;
  }
  return iLast;
}

/* What follows a number: a percent sign or word (50%, ۵۰ درصد, 50 percent,
** per cent), or a currency (5 dollars, 5 millions de dollars, ۵ میلیون
** دلار, 5 US dollars).  Sets c->kind and zCode; returns the last token. */
static int64_t unit_after(ZbEntities *p, int64_t iLast, ZbCandidate *c, char *zCode){
  int64_t k = iLast + 1, cur;
  Tok *u, *w2;
  if( zb_ent_tok(p, k) && (zb_ent_wflags(p, zb_ent_tok(p, k)) & GW_PERCENT) ){
    c->kind = ZB_ENT_PERCENT;
    return k;
  }
  if( (k = zb_ent_next_unsoft(p, iLast))<0 || (u = zb_ent_tok(p, k))==0 ) return iLast;
  w2 = zb_ent_tok(p, zb_ent_next_unsoft(p, k));
  if( (zb_ent_wflags(p, u) & GW_PER) && w2 && (zb_ent_wflags(p, w2) & GW_CENT) ){
    c->kind = ZB_ENT_PERCENT;
    return zb_ent_next_unsoft(p, k);
  }
  cur = k;
  if( (zb_ent_wflags(p, u) & (GW_CONNECTOR|GW_CUR_ADJ)) && u->t.kind==ZB_TOK_LATIN ){
    cur = zb_ent_next_unsoft(p, k);
  }
  if( cur<0 || (cur = currency_at(p, cur, zCode))<0 ) return iLast;
  if( (zb_ent_wflags(p, u) & GW_CUR_ADJ) && u->t.kind==ZB_TOK_LATIN ) memcpy(zCode, zb_ent_word(p, u)->code, 4);
  c->kind = ZB_ENT_MONEY;
  return cur;
}

/* A number, amount of money or percentage starting at token i (a number,
** a number word or a currency symbol).  Returns 1 with *c filled (type
** ZB_CAND_NUMBER), 0 if there is none, -1 if tokens i to c->iLast are
** something else (a time, a date, a range: type ZB_CAND_NOT_NUMBERS). */
int zb_ent_number_at(ZbEntities *p, int64_t i, ZbCandidate *c){
  Tok *t = zb_ent_tok(p, i);
  int64_t iStart = i, iLast = i;
  int rc, isInt = 1;
  double v = 0;
  char zCode[4] = "";
  memset(c, 0, sizeof(*c));
  c->iFirst = i;
  c->iLast = i - 1;
  if( t==0 ) return 0;
  /* $5, € 10, US$ 3 */
  if( zb_ent_wflags(p, t) & GW_CURRENCY ){
    int64_t iNum = zb_ent_next_unsoft(p, i);
    Tok *u = iNum>=0 ? zb_ent_tok(p, iNum) : 0;
    if( t->t.kind!=ZB_TOK_PUNCT || u==0 || u->t.kind!=ZB_TOK_NUMBER ) return 0;
    memcpy(zCode, zb_ent_word(p, t)->code, 4);
    i = iNum;
    t = u;
  }
  if( t->t.kind==ZB_TOK_NUMBER ){
    rc = parse_digits(p, i, &v, &isInt, &iLast);
    if( rc<=0 ){
      c->type = ZB_CAND_NOT_NUMBERS;
      c->iLast = iLast;
      return rc;
    }
    iLast = scale_words_after(p, iLast, &v);
  }else{
    if( parse_words(p, i, &v, &iLast)==0 ) return 0;
    if( zb_ent_word(p, t)->flags & GW_AND ) c->nSkipChars = 1;     /* وثلاثمائة */
  }
  c->type = ZB_CAND_NUMBER;
  c->kind = zCode[0] ? ZB_ENT_MONEY : ZB_ENT_NUMBER;
  c->source = ZB_ENT_SRC_RULE;
  if( !zCode[0] ) iLast = unit_after(p, iLast, c, zCode);
  c->iFirst = iStart;
  c->iLast = iLast;
  c->num.value = v;
  c->num.isInt = v==floor(v) && fabs(v)<MAX_EXACT_INT;   /* 2.5 million is 2500000 */
  memcpy(c->num.code, zCode, 4);
  return 1;
}

/* A number at the step's token (a number or a number word). */
int zb_ent_number_propose(ZbEntities *p, const ZbStep *s, ZbCandidates *pOut){
  ZbCandidate n, *c;
  const Word *w = zb_ent_word(p, s->t);
  if( s->t->t.kind!=ZB_TOK_NUMBER && !(w && (w->flags & (GW_NUM|GW_CURRENCY))) ) return 0;
  if( zb_ent_number_at(p, s->i, &n)==0 ) return 0;
  if( (c = zb_ent_cand_new(pOut, n.type, n.iFirst, n.iLast))!=0 ){
    n.iFinder = c->iFinder;
    *c = n;
  }
  return 0;
}
