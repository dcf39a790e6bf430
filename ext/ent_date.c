/*
** ent_date.c — the date finder of entities() (entities_int.h): the dates
** and times of dates() (dates.h), read from the same token window, with no
** reference date.  It walks the window with the cursor of entities(): at
** each token it asks dates() for the next match that may cover it.
**
**   SELECT kind, surface, value FROM entities('۱۶:۱۲ ۰۴ آذر ۱۴۰۰ و سال ۱۴۰۲');
**   -- date|۱۶:۱۲ ۰۴ آذر ۱۴۰۰|2021-11-25T16:12   date|سال ۱۴۰۲|2023
*/
#include "entities_int.h"

int zb_ent_dates_open(ZbEntities *p){
  ZbDatesOptions opt;
  memset(&opt, 0, sizeof(opt));          /* no reference; the window's language */
  p->dates.dates = zb_dates_open_window(p->w, &opt);
  return p->dates.dates ? 0 : -1;
}

void zb_ent_dates_close(ZbEntities *p){
  zb_dates_close(p->dates.dates);
}

/* The date match that may cover token t (token i): 1 with it in *ppDate, 0
** if there is none, -1 on OOM.  A match that ended before t is passed over;
** one that begins after t waits for its token. */
int zb_ent_date_at(ZbEntities *p, const Tok *t, int64_t i, const ZbDateMatch **ppDate){
  ZbEntDates *d = &p->dates;
  for(;;){
    if( !d->hasDate ){
      int rc = zb_dates_next_by(d->dates, i, &d->date);
      if( rc<=0 ) return rc;
      d->hasDate = 1;
    }
    if( d->date.iByteEnd > t->t.iByte ) break;
    d->hasDate = 0;
  }
  if( d->date.iByte > t->t.iByte ) return 0;
  *ppDate = &d->date;
  return 1;
}

/* The match of zb_ent_date_at() is taken, or dropped: the next one is read
** when it is needed. */
void zb_ent_date_done(ZbEntities *p){
  p->dates.hasDate = 0;
}
