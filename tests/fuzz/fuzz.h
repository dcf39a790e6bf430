/*
** fuzz.h — what the parts of zaban's fuzz target share: fuzz_text.c
** dispatches on the first byte of an input; the harnesses that need more
** than one function live in their own files.
*/
#ifndef ZABAN_FUZZ_H
#define ZABAN_FUZZ_H
#include <stddef.h>
#include <stdint.h>

/* A script of changes to zaban_gazetteer and cursors of entities() and
** gazetteer, run on a new connection (fuzz_user_gazetteer.c). */
void zb_fuzz_user_gazetteer(const uint8_t *data, size_t size);

#endif
