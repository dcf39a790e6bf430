/*
** normalize.c — text normalization (work in progress skeleton).
*/
#include "zaban.h"
SQLITE_EXTENSION_INIT3

static void fold_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  int n;
  const unsigned char *z = zb_arg_text(argv[0], &n);
  ZbBuf b;
  if( z==0 ) return;
  zb_buf_init(&b);
  zb_buf_append(&b, z, (size_t)n);
  zb_result_buf(ctx, &b);
}

static const ZbFunc aNormalizeFuncs[] = {
  { "fold", 1, 1, ZB_PURE, fold_func },
};

int zb_normalize_register(sqlite3 *db, char **pzErrMsg){
  return zb_register_functions(db, aNormalizeFuncs, 1, 0, 0, pzErrMsg);
}
