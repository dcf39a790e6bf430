/*
** fa_stem.h — the light Persian stemmer of the tokenizer (see fa_stem.c).
** Pure C, no SQLite types.
*/
#ifndef ZABAN_FA_STEM_H
#define ZABAN_FA_STEM_H

/* The length in bytes of the stem of the Persian word z[0..n): the word
** without one suffix (ها های ان ات تر ترین ی ای ام ... ), when the lexicon
** knows what remains and does not know the word itself; else n.  The word
** is spelled as the lexicon expects it (fa_lexicon.h: Persian ی and ک, no
** harakat or kashida; ZWNJs allowed).  The stem is z[0..result). */
int zb_fa_stem(const char *z, int n);

#endif
