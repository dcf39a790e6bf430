/*
** bench_calendar.c — the calendar's benchmark driver (tests/bench/bench_calendar.sh
** builds and runs it).  Prints a markdown table:
**   - C core: Gregorian -> Jalali and Jalali -> Gregorian conversions per second;
**   - SQL over 2 M rows of dates (1900..2100): jalali(d), gregorian(j),
**     hijri(d), each as a ratio to SQLite's date(d) on the same rows in the
**     same run, and calendar() over 100 years of days.
** Best of 3 runs each.  Usage: bench_calendar path/to/zaban
*/
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <sqlite3.h>
#include "calendar.h"

#define N_ROWS 2000000

static double now_seconds(void){
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Converts every day of 1900..2100 `rounds` times; returns conversions/s. */
static double core_rate(ZbCalendar from, ZbCalendar to, int rounds){
  int32_t first = zb_cal_to_day(ZB_GREGORIAN, 1900, 1, 1), last = zb_cal_to_day(ZB_GREGORIAN, 2100, 1, 1);
  double best = 1e9;
  volatile int32_t sink = 0;
  int run, r;
  ZbDate *a = malloc(sizeof(ZbDate) * (size_t)(last - first));
  int32_t day;
  for(day = first; day < last; day++) a[day - first] = zb_cal_from_day(from, day);
  for(run = 0; run < 3; run++){
    double t = now_seconds();
    int32_t acc = 0;
    for(r = 0; r < rounds; r++){
      int i;
      for(i = 0; i < last - first; i++){
        ZbDate d = zb_cal_from_day(to, zb_cal_to_day(from, a[i].y, a[i].m, a[i].d));
        acc += d.d;
      }
    }
    sink += acc;
    t = now_seconds() - t;
    if( t < best ) best = t;
  }
  free(a);
  return (double)rounds * (last - first) / best;
}

static double sql_time(sqlite3 *db, const char *zSql){
  double best = 1e9;
  int run;
  for(run = 0; run < 3; run++){
    sqlite3_stmt *pStmt;
    double t = now_seconds();
    if( sqlite3_prepare_v2(db, zSql, -1, &pStmt, 0) ){
      fprintf(stderr, "bench_calendar: %s\n", sqlite3_errmsg(db));
      exit(1);
    }
    while( sqlite3_step(pStmt) == SQLITE_ROW ){}
    sqlite3_finalize(pStmt);
    t = now_seconds() - t;
    if( t < best ) best = t;
  }
  return best;
}

int main(int argc, char **argv){
  sqlite3 *db;
  char *zErr = 0;
  double tDate, tCal;
  static const struct { const char *zName, *zSql; } aQuery[] = {
    { "jalali(d)",    "SELECT sum(length(jalali(d))) FROM t" },
    { "gregorian(j)", "SELECT sum(length(gregorian(j))) FROM t" },
    { "hijri(d)",     "SELECT sum(length(hijri(d))) FROM t" },
    { "jalali(d, 'start of month')", "SELECT sum(length(jalali(d, 'start of month'))) FROM t" },
    { "jalali(d, '+1 day')", "SELECT sum(length(jalali(d, '+1 day'))) FROM t" },
  };
  size_t i;
  if( argc != 2 ){ fprintf(stderr, "usage: bench_calendar path/to/zaban\n"); return 1; }
  printf("\n### calendar: C core\n\n| conversion | M/s |\n|---|---|\n");
  printf("| Gregorian -> Jalali | %.0f |\n", core_rate(ZB_GREGORIAN, ZB_JALALI, 20) / 1e6);
  printf("| Jalali -> Gregorian | %.0f |\n", core_rate(ZB_JALALI, ZB_GREGORIAN, 20) / 1e6);
  printf("| Gregorian -> Hijri (Umm al-Qura) | %.0f |\n", core_rate(ZB_GREGORIAN, ZB_HIJRI, 5) / 1e6);
  fflush(stdout);

  sqlite3_open(":memory:", &db);
  sqlite3_enable_load_extension(db, 1);
  if( sqlite3_load_extension(db, argv[1], 0, &zErr) ){
    fprintf(stderr, "bench_calendar: %s\n", zErr);
    return 1;
  }
  sqlite3_exec(db,
    "CREATE TABLE t(d TEXT, j TEXT);"
    "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 1999999)"
    " INSERT INTO t(d) SELECT date('1900-01-01', '+' || (i * 7919 % 73049) || ' days') FROM n;"
    "UPDATE t SET j = jalali(d);", 0, 0, 0);
  tDate = sql_time(db, "SELECT sum(length(date(d))) FROM t");
  printf("\n### calendar: SQL over %d rows (ratio to date(d) on the same rows)\n\n"
         "| query | seconds | ratio to date(d) |\n|---|---|---|\n", N_ROWS);
  printf("| date(d) | %.3f | 1.00 |\n", tDate);
  for(i = 0; i < sizeof(aQuery)/sizeof(aQuery[0]); i++){
    double t = sql_time(db, aQuery[i].zSql);
    printf("| %s | %.3f | %.2f |\n", aQuery[i].zName, t, t / tDate);
  }
  tCal = sql_time(db, "SELECT sum(length(date) + length(jalali) + length(hijri) + jy + hd)"
                      " FROM calendar('1925-01-01', '2024-12-31')");
  printf("| calendar() over 100 years (36,525 rows, all columns) | %.4f | %.2f per row |\n",
         tCal, (tCal / 36525) / (tDate / N_ROWS));
  sqlite3_close(db);
  return 0;
}
