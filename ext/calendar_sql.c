/*
** calendar_sql.c — the calendar's SQL functions and table, bindings over
** the calendar core (calendar.h):
**
**   SELECT jalali('2023-10-08');                     -- '1402-07-16'
**   SELECT jalali('2023-10-08', 'start of month', '+1 months');  -- '1402-08-01'
**   SELECT jalali_strftime('%A %-d %B %Y', '2023-10-08');
**                                                    -- 'یکشنبه 16 مهر 1402'
**   SELECT gregorian('۱۶ مهر ماه ۱۴۰۲');             -- '2023-10-08'
**   SELECT gregorian('1445-03-23', 'hijri');         -- '2023-10-08'
**   SELECT hijri('2023-10-08');                      -- '1445-03-23'
**   SELECT jy, jm, count(*) FROM calendar('2023-01-01', '2023-12-31') GROUP BY 1, 2;
**
** zb_calendar_register() (zaban.h) registers them.  docs/calendars.md
** documents each function, its arguments and its edge cases.
**
** Time values and modifiers.  SQLite offers its date arithmetic to
** extensions only through SQL, so:
**   - The time values that make up nearly all stored data are read by
**     zb_arg_time(), as SQLite reads them: 'YYYY-MM-DD', 'YYYY-MM-DD
**     HH:MM[:SS[.SSS]]' (space or 'T') and Julian day numbers (the rule:
**     calendar.h, "Time values").  This is the fast path: no SQL per row,
**     and jalali(d) costs about what date(d) costs.  dates() reads its
**     reference with it too.
**   - Any other time value, and each run of ordinary modifiers, goes to
**     SQLite's own julianday() through "SELECT julianday(?1, ..., ?n)",
**     prepared once and kept per user connection on a private in-memory
**     connection (kept on the user's connection, the statement would stop
**     sqlite3_close() from closing it).  So every modifier of the running
**     SQLite works exactly as in date(), 'now' and 'localtime' included.
**   - The calendar modifiers ('start of month', '+N months', ...) are
**     applied here, in the function's calendar, between those runs.  After
**     one, the instant goes on to SQLite as 'YYYY-MM-DD HH:MM:SS.SSS' text,
**     so that 'unixepoch' and 'auto' are refused there as date() refuses
**     them after another modifier.
*/
#include "calendar_int.h"
#include "zaban.h"
SQLITE_EXTENSION_INIT3

#include <stdio.h>
#include <stdlib.h>

/* Per user connection: the private connection and its statements.  Owned
** by the calendar module (freed when the connection closes). */
typedef struct CalConn {
  sqlite3 *helper;                 /* opened on first use */
  sqlite3_stmt **apStmt;           /* apStmt[n]: julianday() of n arguments */
  int nStmt;
} CalConn;

static void calconn_free(void *pArg){
  CalConn *p = pArg;
  int i;
  for(i=0; i<p->nStmt; i++) sqlite3_finalize(p->apStmt[i]);
  sqlite3_free(p->apStmt);
  sqlite3_close(p->helper);
  sqlite3_free(p);
}

/* "SELECT julianday(?1, ..., ?nArg)", malloc'd, or NULL if memory ran out. */
static char *julianday_sql(int nArg){
  static const char zHead[] = "SELECT julianday(?1";
  ZbBuf sql;
  int i;
  zb_buf_init(&sql);
  zb_buf_append(&sql, zHead, sizeof(zHead) - 1);
  for(i=2; i<=nArg; i++){
    char a[sizeof(",?") + ZB_UINT64_DIGITS];
    zb_buf_append(&sql, a, (size_t)snprintf(a, sizeof(a), ",?%d", i));
  }
  zb_buf_putc(&sql, ')');
  return zb_buf_detach(&sql);
}

/* The statement "SELECT julianday(?1, ..., ?nArg)", prepared on first use. */
static sqlite3_stmt *julianday_stmt(CalConn *p, int nArg, char **pzErr){
  if( p->helper == 0 && sqlite3_open_v2(":memory:", &p->helper,
                                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, 0) ){
    *pzErr = zb_mprintf("cannot open an in-memory connection: %s", sqlite3_errmsg(p->helper));
    sqlite3_close(p->helper);
    p->helper = 0;
    return 0;
  }
  if( nArg >= p->nStmt ){
    sqlite3_stmt **aNew = sqlite3_realloc64(p->apStmt, sizeof(*aNew) * (size_t)(nArg + 1));
    if( aNew == 0 ){ *pzErr = 0; return 0; }
    memset(aNew + p->nStmt, 0, sizeof(*aNew) * (size_t)(nArg + 1 - p->nStmt));
    p->apStmt = aNew;
    p->nStmt = nArg + 1;
  }
  if( p->apStmt[nArg] == 0 ){
    char *zSql = julianday_sql(nArg);
    if( zSql == 0 ){ *pzErr = 0; return 0; }
    if( sqlite3_prepare_v3(p->helper, zSql, -1, SQLITE_PREPARE_PERSISTENT, &p->apStmt[nArg], 0) ){
      *pzErr = zb_mprintf("%s", sqlite3_errmsg(p->helper));
    }
    free(zSql);
  }
  return p->apStmt[nArg];
}

/* A time value argument read without SQL when it can be (zaban.h). */
int zb_arg_time(sqlite3_value *v, ZbTime *pt){
  const unsigned char *z;
  switch( sqlite3_value_type(v) ){
    case SQLITE_INTEGER:
    case SQLITE_FLOAT:
      return zb_time_from_julian_day(sqlite3_value_double(v), pt);
    case SQLITE_TEXT:
      z = sqlite3_value_text(v);
      return zb_time_from_text(z, sqlite3_value_bytes(v), pt);
    default:
      return 0;
  }
}

/* 'YYYY-MM-DD HH:MM:SS.SSS' (Gregorian) of an instant, for SQLite. */
#define INSTANT_TEXT_SIZE (ZB_DATE_TEXT_SIZE + sizeof(" HH:MM:SS.SSS") - 1)

static void format_instant(char buf[INSTANT_TEXT_SIZE], int64_t iJD){
  int32_t ms = zb_ijd_ms_of_day(iJD);
  char *p = buf + zb_format_date(buf, zb_cal_from_day(ZB_GREGORIAN, zb_ijd_day(iJD)));
  *p++ = ' ';
  p = zb_put_uint(p, (unsigned)(ms / ZB_MS_PER_HOUR), 2);
  *p++ = ':';
  p = zb_put_uint(p, (unsigned)(ms / ZB_MS_PER_MINUTE % 60), 2);
  *p++ = ':';
  p = zb_put_uint(p, (unsigned)(ms / ZB_MS_PER_SECOND % 60), 2);
  *p++ = '.';
  p = zb_put_uint(p, (unsigned)(ms % ZB_MS_PER_SECOND), 3);
  *p = 0;
}

/* The instant of a time value (pTime) or of a previous result (*piJD, when
** pTime is NULL) after nMod ordinary modifiers.  Returns 1 with *piJD set;
** 0 if SQLite says NULL; -1 with a malloc'd message in *pzErr (NULL: OOM). */
static int eval_ordinary(CalConn *p, sqlite3_value *pTime, sqlite3_value **apMod, int nMod,
                         int64_t *piJD, char **pzErr){
  sqlite3_stmt *pStmt;
  char zPrev[INSTANT_TEXT_SIZE];
  ZbTime t;
  int i, rc;
  if( pTime && nMod == 0 && zb_arg_time(pTime, &t) ){
    *piJD = zb_day_ijd(t.day, t.ms);
    return 1;
  }
  pStmt = julianday_stmt(p, nMod + 1, pzErr);
  if( pStmt == 0 ) return -1;
  if( pTime ){
    sqlite3_bind_value(pStmt, 1, pTime);
  }else{
    format_instant(zPrev, *piJD);
    sqlite3_bind_text(pStmt, 1, zPrev, -1, SQLITE_STATIC);
  }
  for(i=0; i<nMod; i++) sqlite3_bind_value(pStmt, i + 2, apMod[i]);
  rc = sqlite3_step(pStmt);
  if( rc == SQLITE_ROW ){
    rc = sqlite3_column_type(pStmt, 0) != SQLITE_NULL
      && zb_time_from_julian_day(sqlite3_column_double(pStmt, 0), &t);
    if( rc ) *piJD = zb_day_ijd(t.day, t.ms);
  }else{
    *pzErr = zb_mprintf("%s", sqlite3_errmsg(p->helper));
    rc = -1;
  }
  sqlite3_reset(pStmt);
  sqlite3_clear_bindings(pStmt);
  return rc;
}

/* 'civil' or 'umalqura' among hijri()'s modifiers, else -1. */
static int hijri_switch(sqlite3_value *v){
  const char *z;
  int n;
  if( sqlite3_value_type(v) != SQLITE_TEXT ) return -1;
  z = (const char*)sqlite3_value_text(v);
  n = sqlite3_value_bytes(v);
  if( zb_is_word(z, n, "civil") ) return ZB_HIJRI_CIVIL;
  if( zb_is_word(z, n, "umalqura") ) return ZB_HIJRI;
  return -1;
}

enum { MOD_ORDINARY, MOD_CALENDAR, MOD_SWITCH, MOD_NULL, MOD_END };

static int classify_modifier(sqlite3_value *v, int allowSwitch, ZbCalModifier *pMod){
  int type = sqlite3_value_type(v);
  if( type == SQLITE_NULL ) return MOD_NULL;
  if( type != SQLITE_TEXT ) return MOD_ORDINARY;
  if( allowSwitch && hijri_switch(v) >= 0 ) return MOD_SWITCH;
  switch( zb_cal_modifier_parse((const char*)sqlite3_value_text(v), sqlite3_value_bytes(v), pMod) ){
    case 1:  return MOD_CALENDAR;
    case 0:  return MOD_ORDINARY;
    default: return MOD_NULL;      /* '+1.5 months': no such date */
  }
}

/* Evaluates argv[0] and the modifiers argv[1..argc-1] in calendar *pCal
** (hijri() lets 'civil' and 'umalqura' change it, wherever they stand).
** Returns 1 with *piJD set, 0 for a NULL result, -1 with *pzErr set. */
static int eval_time(CalConn *p, ZbCalendar *pCal, int allowSwitch, int argc,
                     sqlite3_value **argv, int64_t *piJD, char **pzErr){
  int i, runStart = 1, haveTime = 0;
  if( sqlite3_value_type(argv[0]) == SQLITE_NULL ) return 0;
  for(i=1; allowSwitch && i<argc; i++){
    int cal = hijri_switch(argv[i]);
    if( cal >= 0 ) *pCal = (ZbCalendar)cal;
  }
  for(i=1; i<=argc; i++){
    ZbCalModifier mod;
    int kind = i < argc ? classify_modifier(argv[i], allowSwitch, &mod) : MOD_END;
    if( kind == MOD_ORDINARY ) continue;
    if( kind == MOD_NULL ) return 0;
    if( !haveTime || i > runStart ){
      int rc = eval_ordinary(p, haveTime ? 0 : argv[0], argv + runStart, i - runStart, piJD, pzErr);
      if( rc <= 0 ) return rc;
      haveTime = 1;
    }
    if( kind == MOD_CALENDAR && zb_cal_modifier_apply(*pCal, &mod, piJD) ) return 0;
    runStart = i + 1;
  }
  return 1;
}

/* eval_time() for a function: errors become the function's error. */
static int eval_time_func(sqlite3_context *ctx, const char *zFunc, ZbCalendar *pCal,
                          int allowSwitch, int argc, sqlite3_value **argv, int64_t *piJD){
  char *zErr = 0;
  int rc = eval_time(sqlite3_user_data(ctx), pCal, allowSwitch, argc, argv, piJD, &zErr);
  if( rc < 0 ){
    char *zMsg = zErr ? zb_mprintf("%s: %s", zFunc, zErr) : 0;
    free(zErr);
    zb_result_error_free(ctx, zMsg);
  }
  return rc;
}

static int too_few_args(sqlite3_context *ctx, const char *zFunc, int argc, int nMin){
  if( argc >= nMin ) return 0;
  zb_result_error_free(ctx, zb_mprintf("wrong number of arguments to function %s()", zFunc));
  return 1;
}

static void result_ymd(sqlite3_context *ctx, ZbDate date){
  char buf[ZB_DATE_TEXT_SIZE];
  int n = zb_format_date(buf, date);
  sqlite3_result_text(ctx, buf, n, SQLITE_TRANSIENT);
}

static void result_date(sqlite3_context *ctx, ZbCalendar cal, int32_t day){
  result_ymd(ctx, zb_cal_from_day(cal, day));
}

/* jalali(timevalue, modifier, ...) and hijri(timevalue, modifier, ...) */
static void date_in_calendar(sqlite3_context *ctx, const char *zFunc, ZbCalendar cal,
                             int argc, sqlite3_value **argv){
  int64_t iJD;
  ZbTime t;
  if( argc == 1 && zb_arg_time(argv[0], &t) ){    /* the usual call */
    result_date(ctx, cal, t.day);
    return;
  }
  if( too_few_args(ctx, zFunc, argc, 1) ) return;
  if( eval_time_func(ctx, zFunc, &cal, cal != ZB_JALALI, argc, argv, &iJD) > 0 ){
    result_date(ctx, cal, zb_ijd_day(iJD));
  }
}

static void jalali_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  date_in_calendar(ctx, "jalali", ZB_JALALI, argc, argv);
}

static void hijri_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  date_in_calendar(ctx, "hijri", ZB_HIJRI, argc, argv);
}

/* jalali_strftime(format, timevalue, modifier, ...) */
static void jalali_strftime_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  const char *zFunc = "jalali_strftime";
  ZbCalendar cal = ZB_JALALI;
  const unsigned char *zFmt;
  int64_t iJD;
  int nFmt, rc;
  char *zErr = 0;
  ZbBuf out;
  if( too_few_args(ctx, zFunc, argc, 2) ) return;
  if( sqlite3_value_type(argv[0]) == SQLITE_NULL ) return;
  if( eval_time_func(ctx, zFunc, &cal, 0, argc - 1, argv + 1, &iJD) <= 0 ) return;
  zFmt = zb_arg_text(argv[0], &nFmt);
  zb_buf_init(&out);
  rc = zb_jalali_strftime(zFunc, (const char*)zFmt, nFmt, iJD, &out, &zErr);
  if( rc == 0 ){
    zb_result_buf(ctx, &out);
    return;
  }
  zb_buf_free(&out);
  if( rc < 0 ) zb_result_error_free(ctx, zErr);
}

/* gregorian(text [, calendar]) */
static const char *const azWrittenCalendars[] = { "jalali", "hijri", "hijri-civil", 0 };
static const ZbCalendar aWrittenCalendar[] = { ZB_JALALI, ZB_HIJRI, ZB_HIJRI_CIVIL };

static void gregorian_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  ZbCalendar cal = ZB_JALALI;
  const unsigned char *z;
  int32_t day;
  int n, rc;
  if( argc == 2 ){
    int i;
    z = zb_arg_text(argv[1], &n);
    if( z == 0 ) return;
    if( (i = zb_choice((const char*)z, (size_t)n, azWrittenCalendars)) < 0 ){
      zb_result_error_free(ctx, zb_choice_error("gregorian", "calendar", (const char*)z, (size_t)n,
                                                azWrittenCalendars));
      return;
    }
    cal = aWrittenCalendar[i];
  }
  z = zb_arg_text(argv[0], &n);
  if( z == 0 ) return;
  rc = zb_cal_parse(cal, z, n, &day);
  if( rc < 0 ){ sqlite3_result_error_nomem(ctx); return; }
  if( rc == 0 || day < ZB_DAY_MIN || day > ZB_DAY_MAX ) return;
  result_date(ctx, ZB_GREGORIAN, day);
}

/* ----------------------------------------------------------------------
** calendar(start, stop): one row per day, like generate_series (series.c).
*/

enum { COL_DATE, COL_WEEKDAY, COL_JALALI, COL_JY, COL_JM, COL_JD,
       COL_HIJRI, COL_HY, COL_HM, COL_HD, COL_START, COL_STOP };

/* The arguments start and stop: their number, and their bits in idxNum. */
#define CALENDAR_N_ARG 2
#define CALENDAR_START_BIT 1
#define CALENDAR_STOP_BIT 2
#define CALENDAR_ARGS_REQUIRED (CALENDAR_START_BIT | CALENDAR_STOP_BIT)

typedef struct CalendarVtab {
  sqlite3_vtab base;
  CalConn *conn;
} CalendarVtab;

typedef struct CalendarCursor {
  sqlite3_vtab_cursor base;
  int32_t day, lastDay;
  ZbDate gregorian, jalali, hijri;   /* of day */
} CalendarCursor;

static int calendar_connect(sqlite3 *db, void *pAux, int argc, const char *const *argv,
                            sqlite3_vtab **ppVtab, char **pzErr){
  CalendarVtab *p;
  int rc = sqlite3_declare_vtab(db,
      "CREATE TABLE x(date TEXT, weekday INTEGER, jalali TEXT, jy INTEGER, jm INTEGER,"
      " jd INTEGER, hijri TEXT, hy INTEGER, hm INTEGER, hd INTEGER, start HIDDEN, stop HIDDEN)");
  if( rc ) return rc;
  sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
  p = sqlite3_malloc(sizeof(*p));
  if( p == 0 ) return SQLITE_NOMEM;
  memset(p, 0, sizeof(*p));
  p->conn = pAux;
  *ppVtab = &p->base;
  return SQLITE_OK;
}

static int calendar_disconnect(sqlite3_vtab *pVtab){
  sqlite3_free(pVtab);
  return SQLITE_OK;
}

/* start and stop (both required) are arguments: see zb_tvf_best_index().
** The rows come in date order, so ORDER BY date needs no sort. */
static int calendar_best_index(sqlite3_vtab *pVtab, sqlite3_index_info *pInfo){
  int rc = zb_tvf_best_index(pInfo, COL_START, CALENDAR_N_ARG, CALENDAR_ARGS_REQUIRED,
                             1000.0, 1000);
  if( rc == SQLITE_OK && pInfo->nOrderBy == 1 && !pInfo->aOrderBy[0].desc
   && (pInfo->aOrderBy[0].iColumn == COL_DATE || pInfo->aOrderBy[0].iColumn < 0) ){
    pInfo->orderByConsumed = 1;
  }
  return rc;
}

static int calendar_open(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCursor){
  CalendarCursor *pCur = sqlite3_malloc(sizeof(*pCur));
  if( pCur == 0 ) return SQLITE_NOMEM;
  memset(pCur, 0, sizeof(*pCur));
  *ppCursor = &pCur->base;
  return SQLITE_OK;
}

static int calendar_close(sqlite3_vtab_cursor *pCursor){
  sqlite3_free(pCursor);
  return SQLITE_OK;
}

static void calendar_compute_row(CalendarCursor *pCur){
  pCur->gregorian = zb_cal_from_day(ZB_GREGORIAN, pCur->day);
  pCur->jalali = zb_cal_from_day(ZB_JALALI, pCur->day);
  pCur->hijri = zb_cal_from_day(ZB_HIJRI, pCur->day);
}

/* The day of a start or stop argument, or 0 if it is NULL or not a date. */
static int calendar_arg_day(CalendarVtab *pVtab, sqlite3_value *v, int32_t *pDay){
  ZbCalendar cal = ZB_GREGORIAN;
  int64_t iJD;
  char *zErr = 0;
  int rc = eval_time(pVtab->conn, &cal, 0, 1, &v, &iJD, &zErr);
  if( rc < 0 ){
    sqlite3_free(pVtab->base.zErrMsg);
    pVtab->base.zErrMsg = sqlite3_mprintf("calendar: %s", zErr ? zErr : "out of memory");
    free(zErr);
    return -1;
  }
  if( rc > 0 ) *pDay = zb_ijd_day(iJD);
  return rc;
}

static int calendar_filter(sqlite3_vtab_cursor *pCursor, int idxNum, const char *idxStr,
                           int argc, sqlite3_value **argv){
  CalendarCursor *pCur = (CalendarCursor*)pCursor;
  CalendarVtab *pVtab = (CalendarVtab*)pCursor->pVtab;
  int rcStart, rcStop;
  pCur->day = 1;
  pCur->lastDay = 0;                 /* no rows unless both arguments are dates */
  if( idxNum != CALENDAR_ARGS_REQUIRED ){
    sqlite3_free(pVtab->base.zErrMsg);
    pVtab->base.zErrMsg = sqlite3_mprintf("calendar: both start and stop are required");
    return SQLITE_ERROR;
  }
  rcStart = calendar_arg_day(pVtab, argv[0], &pCur->day);
  rcStop = rcStart < 0 ? -1 : calendar_arg_day(pVtab, argv[1], &pCur->lastDay);
  if( rcStart < 0 || rcStop < 0 ) return SQLITE_ERROR;
  if( rcStart == 0 || rcStop == 0 ){ pCur->day = 1; pCur->lastDay = 0; return SQLITE_OK; }
  calendar_compute_row(pCur);
  return SQLITE_OK;
}

static int calendar_next(sqlite3_vtab_cursor *pCursor){
  CalendarCursor *pCur = (CalendarCursor*)pCursor;
  pCur->day++;
  if( pCur->day <= pCur->lastDay ) calendar_compute_row(pCur);
  return SQLITE_OK;
}

static int calendar_eof(sqlite3_vtab_cursor *pCursor){
  CalendarCursor *pCur = (CalendarCursor*)pCursor;
  return pCur->day > pCur->lastDay;
}

static int calendar_column(sqlite3_vtab_cursor *pCursor, sqlite3_context *ctx, int iCol){
  CalendarCursor *pCur = (CalendarCursor*)pCursor;
  switch( iCol ){
    case COL_DATE:    result_ymd(ctx, pCur->gregorian); break;
    case COL_WEEKDAY: sqlite3_result_int(ctx, zb_weekday(pCur->day)); break;
    case COL_JALALI:  result_ymd(ctx, pCur->jalali); break;
    case COL_JY:      sqlite3_result_int(ctx, pCur->jalali.y); break;
    case COL_JM:      sqlite3_result_int(ctx, pCur->jalali.m); break;
    case COL_JD:      sqlite3_result_int(ctx, pCur->jalali.d); break;
    case COL_HIJRI:   result_ymd(ctx, pCur->hijri); break;
    case COL_HY:      sqlite3_result_int(ctx, pCur->hijri.y); break;
    case COL_HM:      sqlite3_result_int(ctx, pCur->hijri.m); break;
    case COL_HD:      sqlite3_result_int(ctx, pCur->hijri.d); break;
    default:          break;          /* start, stop: consumed by xBestIndex */
  }
  return SQLITE_OK;
}

static int calendar_rowid(sqlite3_vtab_cursor *pCursor, sqlite3_int64 *pRowid){
  *pRowid = ((CalendarCursor*)pCursor)->day;
  return SQLITE_OK;
}

static const sqlite3_module calendarModule = {
  0,                      /* iVersion */
  0,                      /* xCreate: eponymous only */
  calendar_connect,
  calendar_best_index,
  calendar_disconnect,
  0,                      /* xDestroy */
  calendar_open,
  calendar_close,
  calendar_filter,
  calendar_next,
  calendar_eof,
  calendar_column,
  calendar_rowid,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0     /* xUpdate .. xShadowName */
};

static const ZbFunc aCalendarFuncs[] = {
  { "jalali",          -1, -1, ZB_PURE, jalali_func },
  { "jalali_strftime", -1, -1, ZB_PURE, jalali_strftime_func },
  { "hijri",           -1, -1, ZB_PURE, hijri_func },
  { "gregorian",        1,  2, ZB_PURE, gregorian_func },
};

int zb_calendar_register(sqlite3 *db, char **pzErrMsg){
  char *zErr = 0;
  CalConn *p;
  int rc;
  if( zb_cal_names_init(&zErr) ){
    *pzErrMsg = sqlite3_mprintf("zaban: calendar names: %s", zErr ? zErr : "out of memory");
    free(zErr);
    return SQLITE_ERROR;
  }
  p = sqlite3_malloc(sizeof(*p));
  if( p == 0 ) return SQLITE_NOMEM;
  memset(p, 0, sizeof(*p));
  /* The module owns p; SQLite frees it with the connection (or now, if
  ** registering fails). */
  rc = sqlite3_create_module_v2(db, "calendar", &calendarModule, p, calconn_free);
  if( rc ){
    *pzErrMsg = sqlite3_mprintf("zaban: cannot register calendar(): %s", sqlite3_errmsg(db));
    return rc;
  }
  return zb_register_functions(db, aCalendarFuncs,
                               (int)(sizeof(aCalendarFuncs)/sizeof(aCalendarFuncs[0])),
                               p, 0, pzErrMsg);
}
