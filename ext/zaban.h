/*
** zaban.h — what the SQL bindings of zaban's modules share: the function
** table each module registers from, helpers that read arguments and set
** results the same way everywhere, and each module's register function.
**
** Every module file includes this header (its SQL binding part does) and
** uses SQLITE_EXTENSION_INIT3; only zaban.c has SQLITE_EXTENSION_INIT1.
*/
#ifndef ZABAN_H
#define ZABAN_H

#include "sqlite3ext.h"
#include "util.h"

#define ZABAN_VERSION "0.1.0"

/* Flags for functions whose result depends on their arguments only. */
#define ZB_PURE (SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS)

/* One SQL function, registered for every argument count nMinArg..nMaxArg
** (SQLite itself then reports a wrong count, naming the function). */
typedef struct ZbFunc {
  const char *zName;
  signed char nMinArg;
  signed char nMaxArg;
  int flags;
  void (*xFunc)(sqlite3_context*, int, sqlite3_value**);
} ZbFunc;

/* Registers n functions with pApp as their user data.  xDestroy (may be
** NULL) frees pApp when the last of them goes away.  On failure returns the
** SQLite error code and sets *pzErrMsg. */
int zb_register_functions(sqlite3 *db, const ZbFunc *a, int n, void *pApp,
                          void (*xDestroy)(void*), char **pzErrMsg);

/* The text of argument v, or NULL for an SQL NULL.  Numbers give their text
** form, blobs their bytes (decoded as UTF-8 like any text).  *pn gets the
** length in bytes.  An empty string gives a non-NULL pointer with *pn = 0. */
const unsigned char *zb_arg_text(sqlite3_value *v, int *pn);

/* Reads a time value argument without running SQL when it is in one of the
** forms that make up nearly all data: text 'YYYY-MM-DD[ HH:MM[:SS[.SSS]]]'
** or a number (a Julian day), by the rule of calendar.h ("Time values").
** Returns 1 and fills *pt; 0 to leave v to SQLite's julianday() (NULL, a
** blob, 'now', a time zone, ...), whose result zb_time_from_julian_day()
** reads.  (calendar_sql.c) */
struct ZbTime;
int zb_arg_time(sqlite3_value *v, struct ZbTime *pt);

/* Reads the optional options argument argv[iArg] of zFunc into aValue (see
** zb_parse_options).  Returns 1 if the function should go on (argument
** absent or parsed), 0 if it has set its result already: NULL for a NULL
** options argument, or the error naming the bad option. */
int zb_arg_options(sqlite3_context *ctx, const char *zFunc, int argc, sqlite3_value **argv,
                   int iArg, const ZbOption *a, int nOption, int *aValue);

/* Sets the result to the text in b (valid UTF-8), handing the memory over,
** or reports out-of-memory / too-big as SQLite's own functions do. */
void zb_result_buf(sqlite3_context *ctx, ZbBuf *b);

/* Reports a malloc'd error message (freed here) or, if it is NULL, OOM. */
void zb_result_error_free(sqlite3_context *ctx, char *zErr);

/* xBestIndex of an eponymous table-valued function whose arguments are the
** nArg hidden columns from column iFirstArg on (series.c's way).  Equality
** constraints on them become xFilter's arguments, in column order, and bit
** i of idxNum says argument i came.  A constraint on an argument that
** cannot be used (it comes from a table later in the join) makes the plan
** impossible (SQLITE_CONSTRAINT), so SQLite tries the order that supplies
** it: FROM docs, f(docs.body) is a correlated join.  A plan with all the
** arguments of requiredMask costs cost and gives rows; without them it
** costs so much that SQLite only takes it when nothing else works. */
int zb_tvf_best_index(sqlite3_index_info *p, int iFirstArg, int nArg,
                      int requiredMask, double cost, sqlite3_int64 rows);

/* Each module registers its functions and tables with one of these. */
int zb_normalize_register(sqlite3 *db, char **pzErrMsg);
int zb_lang_register(sqlite3 *db, char **pzErrMsg);
int zb_fa_normalize_register(sqlite3 *db, char **pzErrMsg);
int zb_calendar_register(sqlite3 *db, char **pzErrMsg);
int zb_tokenize_register(sqlite3 *db, char **pzErrMsg);
int zb_dates_register(sqlite3 *db, char **pzErrMsg);
int zb_name_key_register(sqlite3 *db, char **pzErrMsg);
int zb_entities_register(sqlite3 *db, char **pzErrMsg);

#endif
