/*
** fa_lexicon.h — the Persian lexicon and the word-level ZWNJ engine that
** fa_normalize() uses (and the Persian stemmer of the FTS tokenizer).
**
** Pure C, no SQLite types.  Every function takes one Persian word (or two)
** as UTF-8, already character-normalized as fa_normalize() does it first:
** Persian ی and ک, no harakat, kashida or tatweel.  The word may contain
** ZWNJ (U+200C), rightly or wrongly placed, and may end in ه + U+0654 (the
** ezafe hamza).  Anything else (Latin, digits, Arabic ي/ك, marks) is
** accepted too: such a word only gets its void ZWNJs removed.
**
** The lexicon is embedded (ext/fa_lexicon_data.c, generated from Hazm's
** word and verb lists by tools/gen_fa_lexicon.py); all data is const, so
** every function is thread-safe and allocates nothing beyond the output.
*/
#ifndef ZABAN_FA_LEXICON_H
#define ZABAN_FA_LEXICON_H
#include "util.h"

/* Appends the n bytes of the word at z to out, with ZWNJ where Persian
** orthography requires it:
**   - void ZWNJs removed: doubled, at either edge, after a letter that does
**     not join the next one (ا د ذ ر ز ژ و ...), before ء or a mark (a ZWNJ
**     beside Latin or Indic letters, where it has uses, is kept);
**   - the verbal prefixes می / نمی: میدهد → می‌دهد, نمیدانم → نمی‌دانم,
**     but میز, میدان, میهمان stay whole;
**   - suffixes after a known word: رایزنیهای → رایزنی‌های, پیچیدهتر →
**     پیچیده‌تر, جداگانهای → جداگانه‌ای (کشورها stays: ر does not join);
**   - compounds of the lexicon: گفتوگو → گفت‌وگو.
** A ZWNJ is only added when the lexicon leaves one reading; when unsure the
** word is kept as written.  Returns 0, or -1 if out ran out of memory. */
int zb_fa_fix_word(const char *z, int n, ZbBuf *out);

/* What to do with the single space between two Persian words. */
#define ZB_FA_JOIN_NONE  0   /* keep the space */
#define ZB_FA_JOIN_ZWNJ  1   /* one word, written a‌b */
#define ZB_FA_JOIN_TOUCH 2   /* one word, written ab (a ends in a letter
                             ** that does not join: کشور ها → کشورها) */

/* Decides whether the words a and b, separated by a space in running text,
** are one word: a suffix written apart (کتاب ها, پیچیده تر, خانه ای after
** a noun or adjective), the verbal prefix (می رود, نمی کنم, but not the
** month in ماه می سال), or a compound of the lexicon (زمین لرزه).  Callers
** join left to right on their running result: (زمین, لرزه) then
** (زمین‌لرزه, ای).  Returns one of ZB_FA_JOIN_*. */
int zb_fa_join(const char *a, int na, const char *b, int nb);

/* 1 if the word (ZWNJ ignored) is a word of the lexicon (a word with a
** frequency or a part-of-speech tag in Hazm's list, or one of its compounds)
** or a conjugated form of one of its verbs (کنم, می‌دهد, نمی‌شود), else 0. */
int zb_fa_is_word(const char *z, int n);

#endif
