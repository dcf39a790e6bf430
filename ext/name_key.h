/*
** name_key.h — a cross-script key for personal names: equal for the
** Persian, Arabic and Latin spellings of one name, different for different
** names.  Pure C, no SQLite types.  The SQL function name_key(text) and
** entities() (ids of unknown names: 'name:' || name_key(name)) use it.
**
**   name_key('امیرعبداللهیان') = name_key('Amir Abdollahian')
**                              = name_key('AmirAbdollahian') = 'myrbdlhyn'
**   name_key('حسین ابراهیم طه') = name_key('Hussein Ibrahim Taha') = 'hsynbrhymth'
**   name_key('Hassan') = 'hsn' <> name_key('Hossein') = 'hsyn'
**
** The key is a skeleton of consonant classes: short vowels (unwritten in
** Arabic script) are dropped, the long vowel ی/i/ee/ei... is 'y', و and the
** Latin ou/oo/w/v are 'v', letters that sound alike in Persian share a class
** (ث س ص s; ذ ز ض ظ ژ z; ت ط t; ح ه h; ق غ q; چ ش c), spaces, hyphens,
** hamza, ayn and the article al-/el-/ال are ignored, doubled letters count
** once.  docs/entities.md (name_key()) lists the rules and the known
** collisions.
*/
#ifndef ZABAN_NAME_KEY_H
#define ZABAN_NAME_KEY_H
#include "util.h"

/* Appends the key of the n bytes of UTF-8 at z to out (ASCII letters and
** digits, possibly empty; letters of other scripts are kept, folded).
** Returns 0, or -1 on OOM. */
int zb_name_key(const unsigned char *z, int32_t n, ZbBuf *out);

#endif
