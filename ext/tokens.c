/*
** tokens.c — the SQL side of the tokenizer (tokenize.h): the table-valued
** function tokens() and the FTS5 tokenizer `zaban`, with the one list of
** their options.
**
**   SELECT * FROM tokens(text [, 'stem=1,join=0,lang=fr,punct=1']);
**   SELECT group_concat(normalized, ' ') FROM tokens('Côte d’Ivoire ۱۴۰۰');   -- cote d ivoire 1400
**
**   CREATE VIRTUAL TABLE docs_fts USING fts5(body, tokenize = 'zaban');
**   CREATE VIRTUAL TABLE docs_fts USING fts5(body, tokenize = 'zaban stem 1');
**   SELECT highlight(docs_fts, 0, '[', ']') FROM docs_fts WHERE docs_fts MATCH 'گفت‌وگو';
**
**   SELECT fts_query('Al-Aqsa mosque');             -- "Al-Aqsa" "mosque"
**   SELECT * FROM docs_fts WHERE docs_fts MATCH fts_query(:typed_by_a_user);
*/
#include "tokenize.h"
#include "normalize.h"
#include "zaban.h"
SQLITE_EXTENSION_INIT3

#include <stdlib.h>
#include <unicode/uscript.h>

/* ======================================================================
** SQL bindings: options, tokens(), the FTS5 tokenizer, fts_query()
*/

static const char *const azZeroOne[] = { "0", "1", 0 };

/* The options of tokens(); the FTS5 tokenizer takes the first three. */
static const ZbOption aTermOptions[] = {
  { "stem", azZeroOne }, { "join", azZeroOne }, { "lang", zb_lang_names }, { "punct", azZeroOne },
};
#define N_FTS5_OPTIONS 3
#define N_TOKENS_OPTIONS 4

/* The defaults of the options: stem=0, join=1, lang=auto, punct=0. */
static void term_option_defaults(int *aVal){
  aVal[0] = 0; aVal[1] = 1; aVal[2] = 0; aVal[3] = 0;
}

static void set_term_options(const int *aVal, ZbTermOptions *opt){
  opt->stem = aVal[0];
  opt->join = aVal[1];
  opt->lang = (ZbLang)aVal[2];          /* zb_lang_names follows ZbLang's order */
  opt->tokFlags = aVal[3] ? ZB_TOK_WITH_PUNCT : 0;
}

/* ----------------------------------------------------------------------
** tokens(text [, options]): an eponymous table-valued function.
*/

enum { TOKENS_START, TOKENS_END, TOKENS_TOKEN, TOKENS_NORMALIZED, TOKENS_SCRIPT,
       TOKENS_POSITION, TOKENS_TEXT, TOKENS_OPTIONS };

typedef struct TokensVtab {
  sqlite3_vtab base;
  ZbStemmers *stemmers;      /* this connection's, made on first use */
} TokensVtab;

typedef struct TokensCursor {
  sqlite3_vtab_cursor base;
  char *zText;               /* copies of the arguments */
  int nText;
  char *zOptions;
  int nOptions;
  ZbTerms terms;
  int hasTerms;              /* terms is initialized */
  ZbTerm term;               /* the current row */
  int eof;
  sqlite3_int64 iRowid;
  sqlite3_int64 iPosition;
} TokensCursor;

static int tokensConnect(sqlite3 *db, void *pAux, int argc, const char *const *argv,
                         sqlite3_vtab **ppVtab, char **pzErr){
  TokensVtab *p;
  int rc = sqlite3_declare_vtab(db,
      "CREATE TABLE x(start INTEGER, end INTEGER, token TEXT, normalized TEXT, "
      "script TEXT, position INTEGER, text HIDDEN, options HIDDEN)");
  if( rc!=SQLITE_OK ) return rc;
  p = sqlite3_malloc(sizeof(*p));
  if( p==0 ) return SQLITE_NOMEM;
  memset(p, 0, sizeof(*p));
  sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
  *ppVtab = &p->base;
  return SQLITE_OK;
}

static int tokensDisconnect(sqlite3_vtab *pVtab){
  TokensVtab *p = (TokensVtab*)pVtab;
  zb_stemmers_free(p->stemmers);
  sqlite3_free(p);
  return SQLITE_OK;
}

static int tokensOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCursor){
  TokensCursor *c = sqlite3_malloc(sizeof(*c));
  if( c==0 ) return SQLITE_NOMEM;
  memset(c, 0, sizeof(*c));
  c->eof = 1;
  *ppCursor = &c->base;
  return SQLITE_OK;
}

static void tokens_reset(TokensCursor *c){
  if( c->hasTerms ) zb_terms_free(&c->terms);
  c->hasTerms = 0;
  sqlite3_free(c->zText);
  sqlite3_free(c->zOptions);
  c->zText = c->zOptions = 0;
  c->eof = 1;
}

static int tokensClose(sqlite3_vtab_cursor *cur){
  tokens_reset((TokensCursor*)cur);
  sqlite3_free(cur);
  return SQLITE_OK;
}

static int tokensNext(sqlite3_vtab_cursor *cur){
  TokensCursor *c = (TokensCursor*)cur;
  int rc = zb_terms_next(&c->terms, &c->term);
  if( rc<0 ) return SQLITE_NOMEM;
  c->eof = (rc==0);
  c->iRowid++;
  if( rc && !c->term.colocated ) c->iPosition++;
  return SQLITE_OK;
}

/* A malloc'd copy of argument v (text or blob bytes), or NULL for an SQL
** NULL; *pOom is set if memory ran out. */
static char *copy_arg(sqlite3_value *v, int *pn, int *pOom){
  const unsigned char *z = zb_arg_text(v, pn);
  char *zCopy;
  if( z==0 ) return 0;
  zCopy = sqlite3_malloc64((sqlite3_uint64)*pn + 1);
  if( zCopy==0 ){ *pOom = 1; return 0; }
  memcpy(zCopy, z, (size_t)*pn);
  zCopy[*pn] = 0;
  return zCopy;
}

/* idxNum bits: which arguments xBestIndex passed. */
#define TOKENS_HAS_TEXT    1
#define TOKENS_HAS_OPTIONS 2

static int tokensFilter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr,
                        int argc, sqlite3_value **argv){
  TokensCursor *c = (TokensCursor*)cur;
  TokensVtab *tab = (TokensVtab*)cur->pVtab;
  ZbTermOptions opt;
  int aVal[N_TOKENS_OPTIONS];
  int oom = 0, iArg = 0;
  char *zErr = 0;
  tokens_reset(c);
  c->iRowid = 0;
  c->iPosition = -1;
  if( !(idxNum & TOKENS_HAS_TEXT) ){
    tab->base.zErrMsg = sqlite3_mprintf("tokens: the text argument is missing");
    return SQLITE_ERROR;
  }
  c->zText = copy_arg(argv[iArg++], &c->nText, &oom);
  if( idxNum & TOKENS_HAS_OPTIONS ){
    c->zOptions = copy_arg(argv[iArg++], &c->nOptions, &oom);
    if( c->zOptions==0 && !oom ) return SQLITE_OK;       /* NULL options: no rows */
  }
  if( oom ) return SQLITE_NOMEM;
  if( c->zText==0 ) return SQLITE_OK;                    /* NULL text: no rows */
  term_option_defaults(aVal);
  if( c->zOptions && zb_parse_options("tokens", c->zOptions, (size_t)c->nOptions, aTermOptions,
                                      N_TOKENS_OPTIONS, aVal, &zErr) ){
    tab->base.zErrMsg = sqlite3_mprintf("%s", zErr ? zErr : "tokens: out of memory");
    free(zErr);
    return SQLITE_ERROR;
  }
  set_term_options(aVal, &opt);
  if( opt.stem && tab->stemmers==0 && (tab->stemmers = zb_stemmers_new())==0 ){
    return SQLITE_NOMEM;
  }
  c->hasTerms = 1;
  if( zb_terms_init(&c->terms, (const unsigned char*)c->zText, c->nText,
                    ZB_TERMS_DOCUMENT, &opt, tab->stemmers) ){
    return SQLITE_NOMEM;
  }
  return tokensNext(cur);
}

static int tokensEof(sqlite3_vtab_cursor *cur){
  return ((TokensCursor*)cur)->eof;
}

/* The lower-case ICU name of the script of c ("cyrillic", "han" ...). */
static void result_script_name(sqlite3_context *ctx, int32_t c){
  UErrorCode err = U_ZERO_ERROR;
  const char *zName = uscript_getName(uscript_getScript(c, &err));
  char *z = sqlite3_mprintf("%s", zName ? zName : "unknown");
  char *p;
  if( z==0 ){ sqlite3_result_error_nomem(ctx); return; }
  for(p=z; *p; p++) if( *p>='A' && *p<='Z' ) *p += 'a' - 'A';
  sqlite3_result_text(ctx, z, -1, sqlite3_free);
}

/* The token as written: its bytes, with U+FFFD for ill-formed ones (only
** punctuation tokens can hold them). */
static void result_token_text(sqlite3_context *ctx, const unsigned char *z, const ZbToken *k){
  ZbBuf b;
  int32_t i = 0, n = k->iByteEnd - k->iByte;
  if( k->kind!=ZB_TOK_PUNCT ){
    sqlite3_result_text(ctx, (const char*)z + k->iByte, n, SQLITE_TRANSIENT);
    return;
  }
  zb_buf_init(&b);
  while( i<n ) zb_buf_put_cp(&b, zb_next_cp(z + k->iByte, n, &i));
  zb_result_buf(ctx, &b);
}

static const char *script_name(ZbTokKind kind){
  switch( kind ){
    case ZB_TOK_ARABIC: return "arabic";
    case ZB_TOK_LATIN:  return "latin";
    case ZB_TOK_NUMBER: return "number";
    default:            return "punct";
  }
}

static int tokensColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int i){
  TokensCursor *c = (TokensCursor*)cur;
  const ZbToken *k = &c->term.tok;
  const unsigned char *z = (const unsigned char*)c->zText;
  switch( i ){
    case TOKENS_START:      sqlite3_result_int(ctx, k->iChar); break;
    case TOKENS_END:        sqlite3_result_int(ctx, k->iCharEnd); break;
    case TOKENS_TOKEN:      result_token_text(ctx, z, k); break;
    case TOKENS_NORMALIZED: sqlite3_result_text(ctx, c->term.z, c->term.n, SQLITE_TRANSIENT); break;
    case TOKENS_SCRIPT:
      if( k->kind==ZB_TOK_LETTER ){
        int32_t j = k->iByte;
        result_script_name(ctx, zb_next_cp(z, k->iByteEnd, &j));
      }else{
        sqlite3_result_text(ctx, script_name(k->kind), -1, SQLITE_STATIC);
      }
      break;
    case TOKENS_POSITION:   sqlite3_result_int64(ctx, c->iPosition); break;
    case TOKENS_TEXT:       sqlite3_result_text(ctx, c->zText, c->nText, SQLITE_TRANSIENT); break;
    default:
      if( c->zOptions ) sqlite3_result_text(ctx, c->zOptions, c->nOptions, SQLITE_TRANSIENT);
      break;
  }
  return SQLITE_OK;
}

static int tokensRowid(sqlite3_vtab_cursor *cur, sqlite_int64 *pRowid){
  *pRowid = ((TokensCursor*)cur)->iRowid;
  return SQLITE_OK;
}

/* text (required) and options are arguments: see zb_tvf_best_index(). */
static int tokensBestIndex(sqlite3_vtab *tab, sqlite3_index_info *p){
  return zb_tvf_best_index(p, TOKENS_TEXT, 2, TOKENS_HAS_TEXT, 100, 100);
}

static sqlite3_module tokensModule = {
  0,                  /* iVersion */
  0,                  /* xCreate: eponymous only */
  tokensConnect, tokensBestIndex, tokensDisconnect, 0,
  tokensOpen, tokensClose, tokensFilter, tokensNext, tokensEof,
  tokensColumn, tokensRowid,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
};

/* ----------------------------------------------------------------------
** The FTS5 tokenizer `zaban`: tokenize = 'zaban [stem 0|1] [join 0|1]
** [lang auto|fa|ar|en|fr]'.  FTS5 creates one instance per table and
** connection, so each instance has its own (not thread-safe) stemmers.
*/

typedef struct ZabanFts5 {
  ZbTermOptions opt;
  ZbStemmers *stemmers;
} ZabanFts5;

/* Reads FTS5's arguments pair by pair (stem 1 join 0), as the unicode61
** tokenizer does; the error message goes to SQLite's log, since FTS5
** itself only reports "error in tokenizer constructor". */
static int fts5_options(const char **azArg, int nArg, ZbTermOptions *opt){
  int aVal[N_TOKENS_OPTIONS], i;
  unsigned seen = 0;
  char *zErr = 0;
  term_option_defaults(aVal);
  if( nArg%2 ){
    sqlite3_log(SQLITE_ERROR, "zaban tokenizer: option '%s' needs a value", azArg[nArg-1]);
    return SQLITE_ERROR;
  }
  for(i=0; i<nArg; i+=2){
    if( zb_option_set("zaban tokenizer", aTermOptions, N_FTS5_OPTIONS, azArg[i], strlen(azArg[i]),
                      azArg[i+1], strlen(azArg[i+1]), aVal, &seen, &zErr) ){
      int rc = zErr ? SQLITE_ERROR : SQLITE_NOMEM;
      sqlite3_log(rc, "%s", zErr ? zErr : "zaban tokenizer: out of memory");
      free(zErr);
      return rc;
    }
  }
  set_term_options(aVal, opt);
  return SQLITE_OK;
}

static int zabanFts5Create(void *pCtx, const char **azArg, int nArg, Fts5Tokenizer **ppOut){
  ZabanFts5 *p = sqlite3_malloc(sizeof(*p));
  int rc;
  *ppOut = 0;
  if( p==0 ) return SQLITE_NOMEM;
  memset(p, 0, sizeof(*p));
  rc = fts5_options(azArg, nArg, &p->opt);
  if( rc==SQLITE_OK && p->opt.stem && (p->stemmers = zb_stemmers_new())==0 ) rc = SQLITE_NOMEM;
  if( rc!=SQLITE_OK ){
    sqlite3_free(p);
    return rc;
  }
  *ppOut = (Fts5Tokenizer*)p;
  return SQLITE_OK;
}

static void zabanFts5Delete(Fts5Tokenizer *pTok){
  ZabanFts5 *p = (ZabanFts5*)pTok;
  zb_stemmers_free(p->stemmers);
  sqlite3_free(p);
}

static int zabanFts5Tokenize(Fts5Tokenizer *pTok, void *pCtx, int flags,
                             const char *pText, int nText,
                             int (*xToken)(void*, int, const char*, int, int, int)){
  ZabanFts5 *p = (ZabanFts5*)pTok;
  ZbTermMode mode = ZB_TERMS_DOCUMENT;
  ZbTerms terms;
  ZbTerm term;
  int rc = SQLITE_OK, more;
  if( flags & FTS5_TOKENIZE_QUERY ){
    mode = (flags & FTS5_TOKENIZE_PREFIX) ? ZB_TERMS_PREFIX : ZB_TERMS_QUERY;
  }
  if( zb_terms_init(&terms, (const unsigned char*)pText, nText, mode, &p->opt, p->stemmers) ){
    zb_terms_free(&terms);
    return SQLITE_NOMEM;
  }
  while( rc==SQLITE_OK && (more = zb_terms_next(&terms, &term))!=0 ){
    if( more<0 ){ rc = SQLITE_NOMEM; break; }
    rc = xToken(pCtx, term.colocated ? FTS5_TOKEN_COLOCATED : 0, term.z, term.n,
                term.tok.iByte, term.tok.iByteEnd);
  }
  zb_terms_free(&terms);
  return rc;
}

/* The FTS5 API of the connection, or NULL if SQLite has no FTS5. */
static fts5_api *fts5_api_of(sqlite3 *db){
  fts5_api *pApi = 0;
  sqlite3_stmt *pStmt = 0;
  if( sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &pStmt, 0)==SQLITE_OK ){
    sqlite3_bind_pointer(pStmt, 1, (void*)&pApi, "fts5_api_ptr", 0);
    sqlite3_step(pStmt);
  }
  sqlite3_finalize(pStmt);
  return pApi;
}

/* fts_query(text [, 'all'|'any'|'phrase']): see zb_fts_query(). */
static const char *const azFtsModes[] = { "all", "any", "phrase", 0 };

static void fts_query_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  int n, i = ZB_FTS_ALL;
  const unsigned char *z = zb_arg_text(argv[0], &n);
  ZbBuf out;
  if( argc==2 ){
    int nMode;
    const unsigned char *zMode = zb_arg_text(argv[1], &nMode);
    if( zMode==0 ) return;
    if( (i = zb_choice((const char*)zMode, (size_t)nMode, azFtsModes))<0 ){
      zb_result_error_free(ctx, zb_choice_error("fts_query", "mode", (const char*)zMode,
                                                (size_t)nMode, azFtsModes));
      return;
    }
  }
  if( z==0 ) return;
  zb_buf_init(&out);
  zb_fts_query(z, n, (ZbFtsQueryMode)i, &out);
  zb_result_buf(ctx, &out);
}

static const ZbFunc aTokensFuncs[] = {
  { "fts_query", 1, 2, ZB_PURE, fts_query_func },
};

int zb_tokenize_register(sqlite3 *db, char **pzErrMsg){
  fts5_tokenizer tokenizer = { zabanFts5Create, zabanFts5Delete, zabanFts5Tokenize };
  fts5_api *pApi;
  int rc;
  if( zb_normalize_init() ){
    *pzErrMsg = sqlite3_mprintf("zaban: out of memory building normalization tables");
    return SQLITE_NOMEM;
  }
  rc = sqlite3_create_module(db, "tokens", &tokensModule, 0);
  if( rc!=SQLITE_OK ){
    *pzErrMsg = sqlite3_mprintf("zaban: cannot register tokens(): %s", sqlite3_errmsg(db));
    return rc;
  }
  rc = zb_register_functions(db, aTokensFuncs, sizeof(aTokensFuncs)/sizeof(aTokensFuncs[0]),
                             0, 0, pzErrMsg);
  if( rc!=SQLITE_OK ) return rc;
  pApi = fts5_api_of(db);
  if( pApi==0 ) return SQLITE_OK;                /* no FTS5 in this SQLite */
  if( pApi->iVersion<2 ){
    *pzErrMsg = sqlite3_mprintf("zaban: FTS5 API version %d is too old", pApi->iVersion);
    return SQLITE_ERROR;
  }
  rc = pApi->xCreateTokenizer(pApi, "zaban", 0, &tokenizer, 0);
  if( rc!=SQLITE_OK ){
    *pzErrMsg = sqlite3_mprintf("zaban: cannot register the FTS5 tokenizer: %s",
                                sqlite3_errstr(rc));
  }
  return rc;
}
