/*
** use_zaban.c — a program that links zaban in, as a C user would after
** `make install`: built by tests/install/test_install.sh with
** `pkg-config --cflags --libs zaban` against the installed files only.
** Prints zaban_version() and a fold, or the error.
*/
#include <stdio.h>
#include <sqlite3.h>
#include <sqlite3_zaban.h>

int main(void){
  sqlite3 *db;
  sqlite3_stmt *pStmt;
  int rc;
  sqlite3_auto_extension((void(*)(void))sqlite3_zaban_init);
  if( sqlite3_open(":memory:", &db)!=SQLITE_OK ) return 1;
  rc = sqlite3_prepare_v2(db, "SELECT zaban_version() IS NOT NULL, fold('كتاب') = fold('کتاب')",
                          -1, &pStmt, 0);
  if( rc!=SQLITE_OK || sqlite3_step(pStmt)!=SQLITE_ROW ){
    printf("error: %s\n", sqlite3_errmsg(db));
    return 1;
  }
  printf("%d|%d\n", sqlite3_column_int(pStmt, 0), sqlite3_column_int(pStmt, 1));
  sqlite3_finalize(pStmt);
  sqlite3_close(db);
  return 0;
}
