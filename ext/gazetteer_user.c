/*
** gazetteer_user.c — the user's gazetteer and the `gazetteer` table: the
** rows of a zaban_gazetteer table (or view) of the connection's main
** database, built into a gazetteer and cached per connection, and the
** eponymous tables that read it (gazetteer here, entities() in entities.c).
**
**   CREATE TABLE zaban_gazetteer(entity, kind, name, alias, lang);
**   INSERT INTO zaban_gazetteer VALUES
**     ('person:jane-roe', 'person', 'Jane Roe', 'Jane Roe', 'en'),
**     ('person:jane-roe', 'person', NULL, 'جین رو', 'fa');
**   SELECT * FROM gazetteer WHERE source = 'user';     -- and entities() finds them
**   SELECT * FROM gazetteer WHERE entity = 'org:oic';
**   -- org:oic|org|Organisation of Islamic Cooperation|Organisation of Islamic Cooperation|en|gazetteer
**   -- ... (OIC, OCI, سازمان همکاری اسلامی, منظمة التعاون الإسلامي ...)
**
** Columns of `gazetteer`: entity, kind, name, alias, lang, source
** ('gazetteer' for the built-in data, 'user' for zaban_gazetteer rows).
** When the rows are read again is told in gazetteer.h.
*/
#include "gazetteer.h"
#include "zaban.h"
SQLITE_EXTENSION_INIT3

#include <stdlib.h>
#include <unicode/uchar.h>

/* ======================================================================
** SQL: the user table zaban_gazetteer, cached per connection
**
** A user gazetteer is shared by the connection's cache and by the cursors
** that read it: each holds a reference, and the last one frees it, so a
** rebuild never pulls the gazetteer from under an open cursor.  All the
** references belong to one connection, which runs one call at a time: the
** count needs no lock.
*/

typedef struct UserGazetteer {
  ZbGazetteer *g;
  int nRef;
} UserGazetteer;

typedef struct ZbGzUserCache {
  int nTable;                  /* tables that share the cache */
  UserGazetteer *pUser;        /* NULL: no rows */
  int valid;                   /* the fields below describe pUser */
  int inTransaction;           /* pUser was read inside a transaction */
  int reading;                 /* the rows are being read now */
  unsigned int dataVersion;
  sqlite3_int64 totalChanges;
  uint64_t contentHash;
} ZbGzUserCache;

static void user_release(UserGazetteer *p){
  if( p && --p->nRef==0 ){
    zb_gazetteer_free(p->g);
    free(p);
  }
}

static void user_cache_release(void *p){
  ZbGzUserCache *c = (ZbGzUserCache*)p;
  if( c && --c->nTable==0 ){
    user_release(c->pUser);
    free(c);
  }
}

/* Makes g (NULL: none) the cache's gazetteer; frees g on OOM. */
static int user_cache_set(ZbGzUserCache *c, ZbGazetteer *g){
  UserGazetteer *p = 0;
  if( g ){
    p = malloc(sizeof(*p));
    if( p==0 ){ zb_gazetteer_free(g); return SQLITE_NOMEM; }
    p->g = g;
    p->nRef = 1;
  }
  user_release(c->pUser);
  c->pUser = p;
  return SQLITE_OK;
}

static const char *type_name(int type){
  switch( type ){
    case SQLITE_INTEGER: return "an integer";
    case SQLITE_FLOAT:   return "a real";
    case SQLITE_BLOB:    return "a blob";
    case SQLITE_NULL:    return "NULL";
    default:             return "text";
  }
}

/* True if the text has a letter or a digit: an alias without one (spaces,
** punctuation, ZWNJ) would never match. */
static int has_letter_or_digit(const char *z){
  int32_t i = 0, n = (int32_t)strlen(z);
  while( i<n ){
    if( u_isalnum(zb_next_cp((const unsigned char*)z, n, &i)) ) return 1;
  }
  return 0;
}

/* Checks one row (columns rowid?, entity, kind, name, alias, lang, whose
** types before any conversion are aType) and adds it; on a bad row
** returns SQLITE_ERROR with a message naming it. */
static int add_user_row(ZbGzBuilder *b, sqlite3_stmt *pStmt, const int *aType, int hasRowid,
                        sqlite3_int64 iRow, char **pzErr){
  static const char *const azCol[] = { "entity", "kind", "name", "alias", "lang" };
  static const int aRequired[] = { 1, 1, 0, 1, 0 };
  enum { COL_ENTITY, COL_KIND, COL_NAME, COL_ALIAS, COL_LANG };
  const char *az[5];
  char zRow[64];
  int i, kind;
  /* a column of the user's named rowid hides the rowid: if it is not an
  ** integer, the row is named by its number */
  if( hasRowid && aType[0]==SQLITE_INTEGER ){
    sqlite3_snprintf(sizeof(zRow), zRow, "rowid %lld", sqlite3_column_int64(pStmt, 0));
  }else{
    sqlite3_snprintf(sizeof(zRow), zRow, "row %lld", iRow);   /* a view, WITHOUT ROWID */
  }
  for(i=0; i<5; i++){
    int type = aType[i + hasRowid];
    az[i] = (const char*)sqlite3_column_text(pStmt, i + hasRowid);
    if( type==SQLITE_NULL && !aRequired[i] ){ az[i] = 0; continue; }
    if( type!=SQLITE_TEXT ){
      *pzErr = sqlite3_mprintf("zaban_gazetteer %s: %s is %s; it must be text%s", zRow, azCol[i],
                               type_name(type), aRequired[i] ? "" : " or NULL");
      return SQLITE_ERROR;
    }
    if( az[i]==0 ) return SQLITE_NOMEM;
    if( aRequired[i] && az[i][0]==0 ){
      *pzErr = sqlite3_mprintf("zaban_gazetteer %s: %s is empty", zRow, azCol[i]);
      return SQLITE_ERROR;
    }
  }
  if( !has_letter_or_digit(az[COL_ALIAS]) ){
    *pzErr = sqlite3_mprintf("zaban_gazetteer %s: alias '%s' has no letter or digit", zRow,
                             az[COL_ALIAS]);
    return SQLITE_ERROR;
  }
  kind = zb_gz_kind_from_name(az[COL_KIND], (int)strlen(az[COL_KIND]));
  if( kind<0 ){
    *pzErr = sqlite3_mprintf("zaban_gazetteer %s: kind '%s' is not one of person, org, place, "
                             "facility, event, demonym", zRow, az[COL_KIND]);
    return SQLITE_ERROR;
  }
  if( zb_gz_builder_add(b, az[COL_ENTITY], kind, az[COL_NAME], az[COL_ALIAS], az[COL_LANG],
                        ZB_GZ_SRC_USER, 0) ){
    return SQLITE_NOMEM;
  }
  return SQLITE_OK;
}

/* Prepares the query of the user table: *pHasRowid tells whether it reads
** the rowid (not for a view or a WITHOUT ROWID table).  SQLITE_OK with
** *ppStmt NULL if there is no such table. */
static int prepare_user_query(sqlite3 *db, sqlite3_stmt **ppStmt, int *pHasRowid, char **pzErr){
  static const char *const azSql[] = {
    "SELECT rowid, entity, kind, name, alias, lang FROM main.zaban_gazetteer",
    "SELECT entity, kind, name, alias, lang FROM main.zaban_gazetteer",
  };
  int i, rc = SQLITE_ERROR;
  *ppStmt = 0;
  for(i=0; i<2; i++){
    rc = sqlite3_prepare_v2(db, azSql[i], -1, ppStmt, 0);
    if( rc==SQLITE_OK ){ *pHasRowid = (i==0); return SQLITE_OK; }
    if( strncmp(sqlite3_errmsg(db), "no such table", 13)==0 ) return SQLITE_OK;
  }
  *pzErr = sqlite3_mprintf("zaban_gazetteer: %s (the table needs the columns entity, kind, "
                           "name, alias, lang)", sqlite3_errmsg(db));
  return rc;
}

/* The hash of one row's values (types included), as read before any
** conversion: the rows hash alike only if they would build alike. */
static uint64_t hash_row(uint64_t h, sqlite3_stmt *pStmt, int nCol, int *aType){
  int i;
  for(i=0; i<nCol; i++){
    const char *z;
    aType[i] = sqlite3_column_type(pStmt, i);
    z = (const char*)sqlite3_column_text(pStmt, i);
    h = zb_key_step(h, (uint64_t)aType[i]);
    h = zb_key_step(h, z ? zb_token_key(z, (size_t)sqlite3_column_bytes(pStmt, i)) : 0);
  }
  return h;
}

/* Steps pStmt to its end.  Hashes the rows into *pHash; with a builder b,
** also checks and adds each row.  *pnRow gets the number of rows. */
static int read_user_rows(sqlite3_stmt *pStmt, int hasRowid, ZbGzBuilder *b, uint64_t *pHash,
                          sqlite3_int64 *pnRow, char **pzErr){
  int aType[6];
  int nCol = sqlite3_column_count(pStmt), rc;
  sqlite3_int64 iRow = 0;
  if( nCol>6 ) nCol = 6;
  *pHash = ZB_KEY_SEED;
  while( (rc = sqlite3_step(pStmt))==SQLITE_ROW ){
    iRow++;
    *pHash = hash_row(*pHash, pStmt, nCol, aType);
    if( b && (rc = add_user_row(b, pStmt, aType, hasRowid, iRow, pzErr))!=SQLITE_OK ) return rc;
  }
  *pnRow = iRow;
  return rc==SQLITE_DONE ? SQLITE_OK : rc;
}

/* Reads the rows again into a new gazetteer (NULL for no rows). */
static int build_user(sqlite3_stmt *pStmt, int hasRowid, ZbGazetteer **ppG, uint64_t *pHash,
                      char **pzErr){
  ZbGzBuilder *b = zb_gz_builder_new();
  sqlite3_int64 nRow;
  const char *zDefaultErr;
  int rc;
  *ppG = 0;
  if( b==0 ) return SQLITE_NOMEM;
  zb_gz_builder_base(b, zb_gazetteer_default(&zDefaultErr));
  rc = read_user_rows(pStmt, hasRowid, b, pHash, &nRow, pzErr);
  if( rc!=SQLITE_OK || nRow==0 ){
    zb_gz_builder_free(b);
    return rc;
  }
  *ppG = zb_gz_builder_finish(b);
  return *ppG ? SQLITE_OK : SQLITE_NOMEM;
}

/* Reads the user table and, if its rows are not those the cache was
** built from, builds the gazetteer again: a first pass only hashes the
** rows (the common case: nothing changed), a second one builds. */
static int reload_user(ZbGzUserCache *c, sqlite3 *db, char **pzErr){
  sqlite3_stmt *pStmt;
  ZbGazetteer *g = 0;
  uint64_t h;
  sqlite3_int64 nRow;
  int hasRowid = 0, rc;
  rc = prepare_user_query(db, &pStmt, &hasRowid, pzErr);
  if( rc!=SQLITE_OK ) return rc;
  if( pStmt==0 ){                      /* no table: no user gazetteer */
    c->contentHash = 0;
    return user_cache_set(c, 0);
  }
  rc = read_user_rows(pStmt, hasRowid, 0, &h, &nRow, pzErr);
  if( rc==SQLITE_OK && (c->contentHash==0 || h!=c->contentHash) ){
    sqlite3_reset(pStmt);
    c->contentHash = 0;
    rc = build_user(pStmt, hasRowid, &g, &h, pzErr);
    if( rc==SQLITE_OK && (rc = user_cache_set(c, g))==SQLITE_OK ) c->contentHash = h;
  }
  if( rc!=SQLITE_OK && rc!=SQLITE_NOMEM && *pzErr==0 ){
    *pzErr = sqlite3_mprintf("zaban_gazetteer: %s", sqlite3_errmsg(db));
  }
  sqlite3_finalize(pStmt);
  return rc;
}

/* Whether the user table may have changed since the cache read it
** (gazetteer.h). */
static int user_may_have_changed(const ZbGzUserCache *c, sqlite3 *db, unsigned int *pDataVersion){
  *pDataVersion = 0;
  if( sqlite3_file_control(db, "main", SQLITE_FCNTL_DATA_VERSION, pDataVersion)!=SQLITE_OK ){
    return 1;                          /* cannot tell: read the table each time */
  }
  /* inside a transaction (or just after one: a rollback moves neither
  ** counter) the rows are read again each time; rebuilt only if changed */
  return !c->valid || c->inTransaction || !sqlite3_get_autocommit(db)
      || c->dataVersion!=*pDataVersion || c->totalChanges!=sqlite3_total_changes64(db);
}

/* A new reference to the user gazetteer as it is now, in *ppUser (NULL:
** none); rows read again only when the database may have changed. */
static int user_get(ZbGzUserCache *c, sqlite3 *db, UserGazetteer **ppUser, char **pzErr){
  unsigned int dataVersion;
  int rc;
  *ppUser = 0;
  *pzErr = 0;
  if( c->reading ){
    /* a view named zaban_gazetteer that reads entities() or gazetteer:
    ** reading it would read it again, without end */
    *pzErr = sqlite3_mprintf("zaban_gazetteer cannot read entities() or gazetteer, "
                             "which read zaban_gazetteer");
    return SQLITE_ERROR;
  }
  if( user_may_have_changed(c, db, &dataVersion) ){
    c->valid = 0;
    c->reading = 1;
    rc = reload_user(c, db, pzErr);
    c->reading = 0;
    if( rc!=SQLITE_OK ) return rc;
    c->valid = 1;
    c->inTransaction = !sqlite3_get_autocommit(db);
    c->dataVersion = dataVersion;
    c->totalChanges = sqlite3_total_changes64(db);
  }
  if( c->pUser ) c->pUser->nRef++;
  *ppUser = c->pUser;
  return SQLITE_OK;
}

/* ----------------------------------------------------------------------
** The tables that read the user gazetteer (gazetteer() below, entities())
** share this connect and register: the connection's cache is the module's
** pAux, one for all of them.
*/

typedef struct GzVtab {
  sqlite3_vtab base;
  sqlite3 *db;
  ZbGzUserCache *cache;
} GzVtab;

int zb_gz_vtab_connect(sqlite3 *db, void *pAux, const char *zSchema, sqlite3_vtab **ppVtab){
  GzVtab *p;
  int rc = sqlite3_declare_vtab(db, zSchema);
  if( rc!=SQLITE_OK ) return rc;
  p = sqlite3_malloc(sizeof(*p));
  if( p==0 ) return SQLITE_NOMEM;
  memset(p, 0, sizeof(*p));
  p->db = db;
  p->cache = (ZbGzUserCache*)pAux;
  /* Not SQLITE_VTAB_INNOCUOUS: the rows depend on a table of the user's
  ** database (zaban_gazetteer, which may be a view running any SQL), so
  ** the views and triggers of an untrusted schema may not use them. */
  *ppVtab = &p->base;
  return SQLITE_OK;
}

int zb_gz_vtab_disconnect(sqlite3_vtab *pVtab){
  sqlite3_free(pVtab);
  return SQLITE_OK;
}

int zb_gz_hold_user(sqlite3_vtab *pVtab, ZbGzHold *pHold){
  GzVtab *p = (GzVtab*)pVtab;
  UserGazetteer *pUser = 0;
  char *zErr = 0;
  int rc;
  if( pHold->held ) return SQLITE_OK;
  rc = user_get(p->cache, p->db, &pUser, &zErr);
  if( zErr ){
    sqlite3_free(pVtab->zErrMsg);
    pVtab->zErrMsg = zErr;
  }
  if( rc!=SQLITE_OK ) return rc;
  pHold->held = 1;
  pHold->pOwner = pUser;
  pHold->g = pUser ? pUser->g : 0;
  return SQLITE_OK;
}

void zb_gz_release_user(ZbGzHold *pHold){
  user_release((UserGazetteer*)pHold->pOwner);
  memset(pHold, 0, sizeof(*pHold));
}

int zb_gz_register_tables(sqlite3 *db, const char *const *azName,
                          const sqlite3_module *const *apModule, int n, char **pzErrMsg){
  ZbGzUserCache *c = calloc(1, sizeof(ZbGzUserCache));
  int i, rc = SQLITE_OK;
  if( c==0 ) return SQLITE_NOMEM;
  c->nTable = 1;                       /* ours, until the tables hold theirs */
  for(i=0; i<n && rc==SQLITE_OK; i++){
    c->nTable++;                       /* released by SQLite, even on failure */
    rc = sqlite3_create_module_v2(db, azName[i], apModule[i], c, user_cache_release);
    if( rc!=SQLITE_OK && pzErrMsg ){
      *pzErrMsg = sqlite3_mprintf("zaban: cannot register %s: %s", azName[i], sqlite3_errmsg(db));
    }
  }
  user_cache_release(c);
  return rc;
}

/* ----------------------------------------------------------------------
** The `gazetteer` table: every alias of the default gazetteer, then those
** of the user table.
*/

enum { GZ_ENTITY, GZ_KIND, GZ_NAME, GZ_ALIAS, GZ_LANG, GZ_SOURCE };

/* idxNum bit: an entity = constraint was passed. */
#define GAZETTEER_HAS_ENTITY 1

typedef struct GazetteerCursor {
  sqlite3_vtab_cursor base;
  ZbGzHold user;               /* the user gazetteer, taken at the first xFilter */
  const ZbGazetteer *aG[2];    /* default, user */
  int iG;                      /* which one the row is from; 2 at the end */
  int iAlias;
  char *zEntity;               /* the entity = constraint, or NULL */
  sqlite3_int64 iRowid;
} GazetteerCursor;

static int gazetteerConnect(sqlite3 *db, void *pAux, int argc, const char *const *argv,
                     sqlite3_vtab **ppVtab, char **pzErr){
  return zb_gz_vtab_connect(db, pAux,
      "CREATE TABLE x(entity TEXT, kind TEXT, name TEXT, alias TEXT, lang TEXT, source TEXT)", ppVtab);
}

static int gazetteerOpen(sqlite3_vtab *p, sqlite3_vtab_cursor **ppCursor){
  GazetteerCursor *c = sqlite3_malloc(sizeof(*c));
  if( c==0 ) return SQLITE_NOMEM;
  memset(c, 0, sizeof(*c));
  c->iG = 2;
  *ppCursor = &c->base;
  return SQLITE_OK;
}

static int gazetteerClose(sqlite3_vtab_cursor *cur){
  GazetteerCursor *c = (GazetteerCursor*)cur;
  zb_gz_release_user(&c->user);
  sqlite3_free(c->zEntity);
  sqlite3_free(c);
  return SQLITE_OK;
}

static const ZbGzAlias *gz_row_alias(const GazetteerCursor *c){
  return zb_gz_alias(c->aG[c->iG], (uint32_t)c->iAlias);
}

static const ZbGzEntity *gz_row_entity(const GazetteerCursor *c){
  return zb_gz_entity(c->aG[c->iG], gz_row_alias(c)->iEntity);
}

static int gazetteerEof(sqlite3_vtab_cursor *cur){
  return ((GazetteerCursor*)cur)->iG>=2;
}

/* Moves to the alias at or after (iG, iAlias) that fits the constraint. */
static void gz_settle(GazetteerCursor *c){
  for(;;){
    while( c->iG<2 && c->iAlias>=zb_gz_alias_count(c->aG[c->iG]) ){ c->iG++; c->iAlias = 0; }
    if( c->iG>=2 ) return;
    if( c->zEntity==0 || strcmp(gz_row_entity(c)->zId, c->zEntity)==0 ) return;
    c->iAlias++;
  }
}

static int gazetteerNext(sqlite3_vtab_cursor *cur){
  GazetteerCursor *c = (GazetteerCursor*)cur;
  c->iRowid++;
  c->iAlias++;
  gz_settle(c);
  return SQLITE_OK;
}

static int gazetteerFilter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr,
                    int argc, sqlite3_value **argv){
  GazetteerCursor *c = (GazetteerCursor*)cur;
  const char *zErr = 0;
  int rc;
  sqlite3_free(c->zEntity);
  c->zEntity = 0;
  c->iRowid = 1;
  c->iG = 2;
  if( idxNum & GAZETTEER_HAS_ENTITY ){
    const unsigned char *z = sqlite3_value_text(argv[0]);
    if( z==0 ) return sqlite3_value_type(argv[0])==SQLITE_NULL ? SQLITE_OK : SQLITE_NOMEM;
    c->zEntity = sqlite3_mprintf("%s", z);
    if( c->zEntity==0 ) return SQLITE_NOMEM;
  }
  c->aG[0] = zb_gazetteer_default(&zErr);
  if( c->aG[0]==0 ){
    cur->pVtab->zErrMsg = sqlite3_mprintf("gazetteer: %s", zErr ? zErr : "cannot be built");
    return SQLITE_ERROR;
  }
  rc = zb_gz_hold_user(cur->pVtab, &c->user);
  if( rc!=SQLITE_OK ) return rc;
  c->aG[1] = c->user.g;
  c->iG = 0;
  c->iAlias = 0;
  gz_settle(c);
  return SQLITE_OK;
}

static int gazetteerColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int i){
  GazetteerCursor *c = (GazetteerCursor*)cur;
  const ZbGzAlias *a = gz_row_alias(c);
  const ZbGzEntity *e = gz_row_entity(c);
  const char *z;
  switch( i ){
    case GZ_ENTITY: z = e->zId; break;
    case GZ_KIND:   z = zb_gz_kind_name(e->kind); break;
    case GZ_NAME:   z = e->zName; break;
    case GZ_ALIAS:  z = a->zAlias; break;
    case GZ_LANG:   z = a->zLang; break;
    default:        z = c->iG==1 ? "user" : "gazetteer"; break;
  }
  sqlite3_result_text(ctx, z, -1, SQLITE_TRANSIENT);
  return SQLITE_OK;
}

static int gazetteerRowid(sqlite3_vtab_cursor *cur, sqlite_int64 *pRowid){
  *pRowid = ((GazetteerCursor*)cur)->iRowid;
  return SQLITE_OK;
}

/* An equality constraint on entity is used (and checked here); anything
** else is left to SQLite. */
static int gazetteerBestIndex(sqlite3_vtab *tab, sqlite3_index_info *p){
  int i;
  p->idxNum = 0;
  p->estimatedCost = 100000;
  p->estimatedRows = 100000;
  for(i=0; i<p->nConstraint; i++){
    const struct sqlite3_index_constraint *pc = &p->aConstraint[i];
    if( pc->usable && pc->iColumn==GZ_ENTITY && pc->op==SQLITE_INDEX_CONSTRAINT_EQ
     && sqlite3_stricmp(sqlite3_vtab_collation(p, i), "BINARY")==0 ){
      p->aConstraintUsage[i].argvIndex = 1;
      p->aConstraintUsage[i].omit = 1;
      p->idxNum = GAZETTEER_HAS_ENTITY;
      p->estimatedCost = 1000;
      p->estimatedRows = 50;
      break;
    }
  }
  return SQLITE_OK;
}

static sqlite3_module gazetteerModule = {
  0,                  /* iVersion */
  0,                  /* xCreate: eponymous only */
  gazetteerConnect, gazetteerBestIndex, zb_gz_vtab_disconnect, 0,
  gazetteerOpen, gazetteerClose, gazetteerFilter, gazetteerNext, gazetteerEof,
  gazetteerColumn, gazetteerRowid,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
};

const sqlite3_module *zb_gazetteer_module(void){
  return &gazetteerModule;
}
