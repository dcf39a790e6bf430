/*
** lang.h — the languages zaban tells apart, their names, and the detector
** behind lang().  Pure C (ICU through normalize.h), no SQLite types.
**
**   ZbLang l = zb_lang(z, n);                  ZB_LANG_FA ... or ZB_LANG_AUTO
**   zb_lang_code(l)                            "fa", "ar", "en", "fr" or "und"
**   zb_lang_parse(zArg, nArg, &l)              the lang argument of dates(),
**                                              entities(), tokens(): auto, fa …
**
** A text's language is detected once, when something first needs it, and
** passed down (ZbTextLang): the token window (token_window.h) keeps one for
** its text, which dates() and every finder of entities() ask.
*/
#ifndef ZABAN_LANG_H
#define ZABAN_LANG_H
#include "util.h"

/* The languages, in the order of their names in zb_lang_names. */
typedef enum ZbLang {
  ZB_LANG_AUTO = 0,    /* not known: detect it, or (a detection's result) undetermined */
  ZB_LANG_FA, ZB_LANG_AR, ZB_LANG_EN, ZB_LANG_FR
} ZbLang;
#define ZB_LANG_N 5

/* The values a lang argument takes ("auto", "fa", "ar", "en", "fr"), in
** ZbLang order, NULL-terminated (for zb_choice() and zb_option_set()). */
extern const char *const zb_lang_names[];

/* The code of a language as lang() returns it: "fa", "ar", "en", "fr", and
** "und" for ZB_LANG_AUTO. */
const char *zb_lang_code(ZbLang lang);

/* Reads a lang argument (case-insensitive): 0 with *pLang set, or -1 if the
** n bytes at z name no language (zb_choice_error(zFunc, "lang", z, n,
** zb_lang_names) says so). */
int zb_lang_parse(const unsigned char *z, int32_t n, ZbLang *pLang);

/* The dominant language of the n bytes at z, ZB_LANG_AUTO when there are no
** letters, letters of another script, or no evidence.  Letters are counted
** per script; Persian and Arabic are told apart by the letters only one of
** them uses and by their commonest function words, French and English by
** function words and accents. */
ZbLang zb_lang(const unsigned char *z, int32_t n);

/* The language of one text: the one given, or zb_lang() of the whole text,
** detected the first time it is asked for (most texts never need it, and
** detection costs about a third of what entities() spends on a text). */
typedef struct ZbTextLang {
  const unsigned char *z;
  int32_t n;
  ZbLang lang;
  int known;
} ZbTextLang;

void zb_text_lang_init(ZbTextLang *p, const unsigned char *z, int32_t n, ZbLang given);
ZbLang zb_text_lang(ZbTextLang *p);

#endif
