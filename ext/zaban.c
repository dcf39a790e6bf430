/*
** zaban.c — the entry point of the zaban SQLite extension.
**
** Load it with
**     .load ./dist/zaban                  -- sqlite3 shell
**     conn.load_extension("./dist/zaban") -- Python
** and every module registers its SQL functions on the connection.  This
** file also provides:
**     SELECT zaban_version();  -- 'zaban 0.1.0 (ICU 72.1, Unicode 15.0)'
**     SELECT zaban_debug();    -- build and run-time details for bug reports
** and the small SQL helpers (argument reading, results, registration from a
** table) that all modules use.
*/
#include "zaban.h"
SQLITE_EXTENSION_INIT1

#include <stdlib.h>
#include <unicode/uchar.h>
#include <unicode/uversion.h>

#define ZB_MIN_SQLITE 3038000
#define ZB_MIN_SQLITE_TEXT "3.38.0"

int zb_register_functions(sqlite3 *db, const ZbFunc *a, int n, void *pApp,
                          void (*xDestroy)(void*), char **pzErrMsg){
  int i, nArg, rc = SQLITE_OK;
  int destroyerSet = 0;
  for(i=0; i<n && rc==SQLITE_OK; i++){
    for(nArg=a[i].nMinArg; nArg<=a[i].nMaxArg && rc==SQLITE_OK; nArg++){
      /* The destructor goes with the last registration only: SQLite calls it
      ** when that function is deleted, i.e. when the connection closes. */
      int isLast = (i==n-1 && nArg==a[i].nMaxArg);
      rc = sqlite3_create_function_v2(db, a[i].zName, nArg, a[i].flags, pApp,
                                      a[i].xFunc, 0, 0, isLast ? xDestroy : 0);
      if( isLast && rc==SQLITE_OK ) destroyerSet = 1;
      if( rc!=SQLITE_OK && pzErrMsg ){
        *pzErrMsg = sqlite3_mprintf("zaban: cannot register %s(): %s",
                                    a[i].zName, sqlite3_errmsg(db));
      }
    }
  }
  if( !destroyerSet && xDestroy && pApp ) xDestroy(pApp);
  return rc;
}

const unsigned char *zb_arg_text(sqlite3_value *v, int *pn){
  const unsigned char *z;
  if( sqlite3_value_type(v)==SQLITE_NULL ){ *pn = 0; return 0; }
  z = sqlite3_value_text(v);       /* text first, then bytes: the length of the text */
  *pn = sqlite3_value_bytes(v);
  if( z==0 ){ *pn = 0; return (const unsigned char*)""; }
  return z;
}

int zb_arg_options(sqlite3_context *ctx, const char *zFunc, int argc, sqlite3_value **argv,
                   int iArg, const ZbOption *a, int nOption, int *aValue){
  const unsigned char *zOpt;
  char *zErr;
  int nOpt;
  if( argc<=iArg ) return 1;
  zOpt = zb_arg_text(argv[iArg], &nOpt);
  if( zOpt==0 ) return 0;
  if( zb_parse_options(zFunc, (const char*)zOpt, (size_t)nOpt, a, nOption, aValue, &zErr) ){
    zb_result_error_free(ctx, zErr);
    return 0;
  }
  return 1;
}

void zb_result_buf(sqlite3_context *ctx, ZbBuf *b){
  sqlite3 *db = sqlite3_context_db_handle(ctx);
  char *z;
  if( b->oom ){ zb_buf_free(b); sqlite3_result_error_nomem(ctx); return; }
  if( b->n > (size_t)sqlite3_limit(db, SQLITE_LIMIT_LENGTH, -1) ){
    zb_buf_free(b);
    sqlite3_result_error_toobig(ctx);
    return;
  }
  {
    size_t n = b->n;
    z = zb_buf_detach(b);
    if( z==0 ){ sqlite3_result_error_nomem(ctx); return; }
    sqlite3_result_text64(ctx, z, n, free, SQLITE_UTF8);
  }
}

void zb_result_error_free(sqlite3_context *ctx, char *zErr){
  if( zErr==0 ){ sqlite3_result_error_nomem(ctx); return; }
  sqlite3_result_error(ctx, zErr, -1);
  free(zErr);
}

int zb_tvf_best_index(sqlite3_index_info *p, int iFirstArg, int nArg,
                      int requiredMask, double cost, sqlite3_int64 rows){
  int aConstraint[8] = { -1, -1, -1, -1, -1, -1, -1, -1 };
  int unusable = 0, iArgv = 1, i;
  p->idxNum = 0;
  for(i=0; i<p->nConstraint; i++){
    const struct sqlite3_index_constraint *c = &p->aConstraint[i];
    int iArg = c->iColumn - iFirstArg;
    if( iArg<0 || iArg>=nArg || iArg>=8 || c->op!=SQLITE_INDEX_CONSTRAINT_EQ ) continue;
    if( !c->usable ){ unusable |= 1<<iArg; continue; }
    aConstraint[iArg] = i;
  }
  for(i=0; i<nArg && i<8; i++){
    if( aConstraint[i]<0 ) continue;
    p->aConstraintUsage[aConstraint[i]].argvIndex = iArgv++;
    p->aConstraintUsage[aConstraint[i]].omit = 1;
    p->idxNum |= 1<<i;
  }
  if( unusable & ~p->idxNum ) return SQLITE_CONSTRAINT;
  if( (p->idxNum & requiredMask)==requiredMask ){
    p->estimatedCost = cost;
    p->estimatedRows = rows;
  }else{
    p->estimatedCost = 1e99;
    p->estimatedRows = 2147483647;
  }
  return SQLITE_OK;
}

static void version_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  char zIcu[U_MAX_VERSION_STRING_LENGTH], zUni[U_MAX_VERSION_STRING_LENGTH];
  UVersionInfo v;
  (void)argc; (void)argv;
  u_getVersion(v);
  u_versionToString(v, zIcu);
  u_getUnicodeVersion(v);
  u_versionToString(v, zUni);
  sqlite3_result_text(ctx, sqlite3_mprintf("zaban %s (ICU %s, Unicode %s)",
                      ZABAN_VERSION, zIcu, zUni), -1, sqlite3_free);
}

static void debug_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  char zIcu[U_MAX_VERSION_STRING_LENGTH];
  UVersionInfo v;
  (void)argc; (void)argv;
  u_getVersion(v);
  u_versionToString(v, zIcu);
  sqlite3_result_text(ctx, sqlite3_mprintf(
      "zaban %s\nbuilt: %s %s, compiler %s, against SQLite %s, ICU %s\n"
      "running: SQLite %s, ICU %s\nFTS5: %s",
      ZABAN_VERSION, __DATE__, __TIME__, __VERSION__, SQLITE_VERSION,
      U_ICU_VERSION, sqlite3_libversion(), zIcu,
      sqlite3_compileoption_used("ENABLE_FTS5") ? "yes" : "no"),
      -1, sqlite3_free);
}

static const ZbFunc aEntryFuncs[] = {
  { "zaban_version", 0, 0, ZB_PURE,            version_func },
  { "zaban_debug",   0, 0, SQLITE_UTF8,      debug_func },
};

/* The modules, in registration order. */
static int (*const aModule[])(sqlite3*, char**) = {
  zb_normalize_register,
  zb_lang_register,
  zb_fa_normalize_register,
  zb_calendar_register,
  zb_tokenize_register,
  zb_dates_register,
  zb_name_key_register,
  zb_entities_register,
};

#ifdef _WIN32
__declspec(dllexport)
#endif
__attribute__((visibility("default")))
int sqlite3_zaban_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi){
  int rc;
  size_t i;
  SQLITE_EXTENSION_INIT2(pApi);
  if( sqlite3_libversion_number() < ZB_MIN_SQLITE ){
    *pzErrMsg = sqlite3_mprintf("zaban needs SQLite " ZB_MIN_SQLITE_TEXT
                                " or later; this is SQLite %s", sqlite3_libversion());
    return SQLITE_ERROR;
  }
  rc = zb_register_functions(db, aEntryFuncs, sizeof(aEntryFuncs)/sizeof(aEntryFuncs[0]),
                             0, 0, pzErrMsg);
  for(i=0; rc==SQLITE_OK && i<sizeof(aModule)/sizeof(aModule[0]); i++){
    rc = aModule[i](db, pzErrMsg);
  }
  return rc;
}
