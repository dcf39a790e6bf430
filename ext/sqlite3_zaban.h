/*
** sqlite3_zaban.h — the public C interface of the zaban SQLite extension,
** installed by `make install` for programs that link zaban in (libzaban.a,
** `pkg-config --cflags --libs zaban`) rather than load zaban.so at run time.
**
**   #include <sqlite3.h>
**   #include <sqlite3_zaban.h>
**   sqlite3_auto_extension((void(*)(void))sqlite3_zaban_init);  // every connection
**   sqlite3_open(":memory:", &db);        // SELECT fold('كتاب') works here
**
** A program that loads the shared library instead needs no header:
**   sqlite3_enable_load_extension(db, 1);
**   sqlite3_load_extension(db, "/usr/local/lib/zaban", 0, &zErr);
** Everything else zaban offers is SQL: see README.md.
*/
#ifndef SQLITE3_ZABAN_H
#define SQLITE3_ZABAN_H
#include <sqlite3.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Registers zaban's functions, tables and FTS5 tokenizer on db.  The
** extension entry point: SQLite calls it with its own pApi when zaban is
** loaded, or for each new connection after sqlite3_auto_extension(). */
int sqlite3_zaban_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi);

#ifdef __cplusplus
}
#endif
#endif
