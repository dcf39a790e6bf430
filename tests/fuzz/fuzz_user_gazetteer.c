/*
** fuzz_user_gazetteer.c — the user gazetteer (the table zaban_gazetteer)
** under fuzzing, through a real SQLite connection: the input is a script
** of lines, each an operation on the table or on cursors of entities() and
** gazetteer, so that rows built from the input, changes, transactions and
** cursors left open meet in every order.
**
**   I|entity|kind|name|alias|lang   insert a row ('#12' an integer, '~' NULL)
**   D|alias                         delete the rows with this alias ('' all)
**   E|text    G|entity              open a cursor on entities(text) or on
**                                   gazetteer (WHERE entity = ...), one row read
**   S         R                     read the oldest open cursor to its end,
**                                   or read one row of each
**   B  C  X                         BEGIN, COMMIT, ROLLBACK
**   V  W      T                     zaban_gazetteer becomes a view of the rows,
**                                   a view that reads gazetteer (an error, never
**                                   a recursion), or a table again
**
** Errors from SQLite (a malformed row, a statement in the wrong state) are
** answers, not findings; a crash, a sanitizer report or a mention outside
** its text is.  fuzz_text.c calls zb_fuzz_user_gazetteer() for one value of
** its first byte.
*/
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "fuzz.h"
#include "sqlite3_zaban.h"

#define N_CURSOR 4

typedef struct Script {
  sqlite3 *db;
  sqlite3_stmt *aCursor[N_CURSOR];   /* open cursors, oldest first */
  int nCursor;
} Script;

static void must(int cond, const char *zWhat){
  if( !cond ){ fprintf(stderr, "fuzz_user_gazetteer: %s\n", zWhat); abort(); }
}

/* Steps a cursor once; checks an entities() row.  0 at its end. */
static int step(sqlite3_stmt *p){
  if( sqlite3_step(p)!=SQLITE_ROW ) return 0;
  if( sqlite3_column_count(p)==3 ){            /* entities(): start, end, text length */
    sqlite3_int64 iStart = sqlite3_column_int64(p, 0), iEnd = sqlite3_column_int64(p, 1);
    must(0<=iStart && iStart<iEnd && iEnd<=sqlite3_column_int64(p, 2), "mention outside its text");
  }
  return 1;
}

static void close_oldest(Script *s){
  sqlite3_finalize(s->aCursor[0]);
  memmove(s->aCursor, s->aCursor + 1, sizeof(s->aCursor[0]) * (size_t)--s->nCursor);
}

static void open_cursor(Script *s, const char *zSql, const char *zArg, int nArg){
  sqlite3_stmt *p = 0;
  if( s->nCursor==N_CURSOR ) close_oldest(s);
  if( sqlite3_prepare_v2(s->db, zSql, -1, &p, 0)!=SQLITE_OK ) return;
  sqlite3_bind_text(p, 1, zArg, nArg, SQLITE_TRANSIENT);
  step(p);
  s->aCursor[s->nCursor++] = p;
}

static void exec(Script *s, const char *zSql){
  sqlite3_exec(s->db, zSql, 0, 0, 0);
}

/* Binds field i of an I line: '#n' an integer, '~' NULL, else text. */
static void bind_field(sqlite3_stmt *p, int i, const char *z, int n){
  if( n>0 && z[0]=='#' ) sqlite3_bind_int64(p, i, strtoll(z + 1, 0, 10));
  else if( n==1 && z[0]=='~' ) sqlite3_bind_null(p, i);
  else sqlite3_bind_text(p, i, z, n, SQLITE_TRANSIENT);
}

static void insert_row(Script *s, const char *z, int n){
  sqlite3_stmt *p = 0;
  int i;
  if( sqlite3_prepare_v2(s->db, "INSERT INTO rows VALUES (?1, ?2, ?3, ?4, ?5)", -1, &p, 0) ) return;
  for(i=1; i<=5; i++){
    const char *zBar = memchr(z, '|', (size_t)n);
    int nField = zBar ? (int)(zBar - z) : n;
    bind_field(p, i, z, nField);
    if( zBar==0 ){ n = 0; continue; }
    n -= nField + 1;
    z = zBar + 1;
  }
  sqlite3_step(p);
  sqlite3_finalize(p);
}

static void delete_rows(Script *s, const char *z, int n){
  sqlite3_stmt *p = 0;
  if( sqlite3_prepare_v2(s->db, "DELETE FROM rows WHERE ?1 = '' OR alias = ?1", -1, &p, 0) ) return;
  sqlite3_bind_text(p, 1, z, n, SQLITE_TRANSIENT);
  sqlite3_step(p);
  sqlite3_finalize(p);
}

/* Runs one line: its operation letter, then '|' and its argument. */
static void run_line(Script *s, const char *z, int n){
  const char *zArg = n>=2 ? z + 2 : "";
  int nArg = n>=2 ? n - 2 : 0, i;
  switch( n ? z[0] : 0 ){
    case 'I': insert_row(s, zArg, nArg); break;
    case 'D': delete_rows(s, zArg, nArg); break;
    case 'E':
      open_cursor(s, "SELECT start, end, length(text), entity FROM entities(?1)", zArg, nArg);
      break;
    case 'G': open_cursor(s, "SELECT alias FROM gazetteer WHERE entity = ?1", zArg, nArg); break;
    case 'S':
      if( s->nCursor ){ while( step(s->aCursor[0]) ){} close_oldest(s); }
      break;
    case 'R': for(i=0; i<s->nCursor; i++) step(s->aCursor[i]); break;
    case 'B': exec(s, "BEGIN"); break;
    case 'C': exec(s, "COMMIT"); break;
    case 'X': exec(s, "ROLLBACK"); break;
    case 'V':
      exec(s, "DROP TABLE IF EXISTS zaban_gazetteer");
      exec(s, "CREATE VIEW IF NOT EXISTS zaban_gazetteer AS SELECT * FROM rows");
      break;
    case 'W':
      exec(s, "DROP TABLE IF EXISTS zaban_gazetteer");
      exec(s, "DROP VIEW IF EXISTS zaban_gazetteer");
      exec(s, "CREATE VIEW zaban_gazetteer AS SELECT entity, kind, name, alias, lang FROM gazetteer"
              " WHERE entity IN (SELECT entity FROM rows)");
      break;
    case 'T':
      exec(s, "DROP VIEW IF EXISTS zaban_gazetteer");
      exec(s, "CREATE TABLE IF NOT EXISTS zaban_gazetteer AS SELECT * FROM rows");
      break;
  }
  /* the table follows the rows, so that inserts reach both forms */
  exec(s, "DELETE FROM zaban_gazetteer");
  exec(s, "INSERT INTO zaban_gazetteer SELECT * FROM rows");
}

void zb_fuzz_user_gazetteer(const uint8_t *data, size_t size){
  static int registered = 0;
  Script s;
  size_t i = 0;
  memset(&s, 0, sizeof(s));
  if( !registered ){
    sqlite3_auto_extension((void(*)(void))sqlite3_zaban_init);
    registered = 1;
  }
  must(sqlite3_open(":memory:", &s.db)==SQLITE_OK, "cannot open a connection");
  exec(&s, "CREATE TABLE rows(entity, kind, name, alias, lang);"
           "CREATE TABLE zaban_gazetteer(entity, kind, name, alias, lang)");
  while( i<size ){
    const char *z = (const char*)data + i;
    const char *zEol = memchr(z, '\n', size - i);
    int n = zEol ? (int)(zEol - z) : (int)(size - i);
    run_line(&s, z, n);
    i += (size_t)n + 1;
  }
  while( s.nCursor ) close_oldest(&s);
  must(sqlite3_close(s.db)==SQLITE_OK, "connection left busy");
}
