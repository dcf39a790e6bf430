/*
** nowruz_astro.h — the astronomical rule of the Iranian calendar, computed
** from published formulas: Nowruz (1 Farvardin) is the day whose apparent
** (true) noon at the 52.5° E meridian follows the March equinox.
**
** The method is that of Reingold & Dershowitz, "Calendrical Calculations"
** (solar longitude after Bretagnon & Simon's 49-term series, aberration,
** nutation, the equation of time, and Espenak & Meeus' polynomials for
** Delta T), as used for the Persian calendar by Unicode's ICU4X.  Written
** for this project from the formulas; no code was copied.
**
** Used by tools/gen_nowruz.c, which writes ext/calendar_nowruz_data.c, and by
** tests/unit/test_calendar.c, which recomputes every year of that table.
** Moments are days since 1970-01-01 00:00 UT (a double); days are integers
** on the same count (day 0 = 1970-01-01).
*/
#ifndef ZABAN_NOWRUZ_ASTRO_H
#define ZABAN_NOWRUZ_ASTRO_H
#include <math.h>

#define ASTRO_PI 3.14159265358979323846
#define ASTRO_J2000 10957.5            /* 2000-01-01 12:00, days since 1970 */
#define ASTRO_IRAN_MERIDIAN 52.5       /* degrees east */

static double astro_sin_deg(double x){ return sin(x * ASTRO_PI / 180.0); }
static double astro_cos_deg(double x){ return cos(x * ASTRO_PI / 180.0); }
static double astro_tan_deg(double x){ return tan(x * ASTRO_PI / 180.0); }

static double astro_poly(double x, const double *a, int n){
  double r = 0.0;
  while( n-- > 0 ) r = r * x + a[n];
  return r;
}

/* The Gregorian year of a moment, close enough for Delta T (exact except in
** the first and last days of a year, far from the March equinox). */
static int astro_year(double t){
  return 1970 + (int)floor(t / 365.2425);
}

/* Days from 1900-01-01 to July 1 of the Gregorian year y (y >= 1800). */
static double astro_days_1900_to_july(int y){
  long leapDays = (y/4 - y/100 + y/400) - (1899/4 - 1899/100 + 1899/400);
  return 365.0 * (y - 1900) + (double)leapDays + 181.0;
}

/* Delta T = TT - UT, in days, after Espenak & Meeus as in Calendrical
** Calculations. */
static double astro_delta_t(double t){
  static const double c1900[] = { -0.00002, 0.000297, 0.025184, -0.181133,
                                  0.553040, -0.861938, 0.677066, -0.212591 };
  static const double c1800[] = { -0.000009, 0.003844, 0.083563, 0.865736,
                                  4.867575, 15.845535, 31.332267, 38.291999,
                                  28.316289, 11.636204, 2.043794 };
  static const double c1987[] = { 63.86, 0.3345, -0.060374, 0.0017275,
                                  0.000651814, 0.00002373599 };
  static const double c1700[] = { 8.118780842, -0.005092142, 0.003336121, -0.0000266484 };
  static const double c1600[] = { 120.0, -0.9808, -0.01532, 0.000140272128 };
  static const double c500[]  = { 1574.2, -556.01, 71.23472, 0.319781,
                                  -0.8503463, -0.005050998, 0.0083572073 };
  static const double c0[]    = { 10583.6, -1014.41, 33.78311, -5.952053,
                                  -0.1798452, 0.022174192, 0.0090316521 };
  int year = astro_year(t);
  double y2000 = year - 2000.0, u = (year - 1820.0) / 100.0, seconds;
  if( year>=2051 && year<=2150 ){
    seconds = -20.0 + 32.0*u*u - 0.5628*(2150.0 - year);
  }else if( year>=2006 && year<=2050 ){
    seconds = 62.92 + 0.32217*y2000 + 0.005589*y2000*y2000;
  }else if( year>=1987 && year<=2005 ){
    seconds = astro_poly(y2000, c1987, 6);
  }else if( year>=1800 && year<=1986 ){
    double c = astro_days_1900_to_july(year) / 36525.0;
    return year>=1900 ? astro_poly(c, c1900, 8) : astro_poly(c, c1800, 11);
  }else if( year>=1700 && year<=1799 ){
    seconds = astro_poly(year - 1700.0, c1700, 4);
  }else if( year>=1600 && year<=1699 ){
    seconds = astro_poly(year - 1600.0, c1600, 4);
  }else if( year>=500 && year<=1599 ){
    seconds = astro_poly((year - 1000.0) / 100.0, c500, 7);
  }else if( year>-500 && year<500 ){
    seconds = astro_poly(year / 100.0, c0, 7);
  }else{
    seconds = -20.0 + 32.0*u*u;
  }
  return seconds / 86400.0;
}

/* Julian centuries of dynamical time from J2000. */
static double astro_centuries(double t){
  return (t + astro_delta_t(t) - ASTRO_J2000) / 36525.0;
}

/* The sun's apparent geocentric longitude at moment t, degrees in [0,360). */
static double astro_solar_longitude(double t){
  static const int x[] = {
    403406, 195207, 119433, 112392, 3891, 2819, 1721, 660, 350, 334, 314,
    268, 242, 234, 158, 132, 129, 114, 99, 93, 86, 78, 72, 68, 64, 46, 38,
    37, 32, 29, 28, 27, 27, 25, 24, 21, 21, 20, 18, 17, 14, 13, 13, 13, 12,
    10, 10, 10, 10 };
  static const double y[] = {
    270.54861, 340.19128, 63.91854, 331.26220, 317.843, 86.631, 240.052,
    310.26, 247.23, 260.87, 297.82, 343.14, 166.79, 81.53, 3.50, 132.75,
    182.95, 162.03, 29.8, 266.4, 249.2, 157.6, 257.8, 185.1, 69.9, 8.0,
    197.1, 250.4, 65.3, 162.7, 341.5, 291.6, 98.5, 146.7, 110.0, 5.2, 342.6,
    230.9, 256.1, 45.3, 242.9, 115.2, 151.8, 285.3, 53.3, 126.6, 205.7,
    85.9, 146.1 };
  static const double z[] = {
    0.9287892, 35999.1376958, 35999.4089666, 35998.7287385, 71998.20261,
    71998.4403, 36000.35726, 71997.4812, 32964.4678, -19.4410, 445267.1117,
    45036.8840, 3.1008, 22518.4434, -19.9739, 65928.9345, 9038.0293,
    3034.7684, 33718.148, 3034.448, -2280.773, 29929.992, 31556.493, 149.588,
    9037.750, 107997.405, -4444.176, 151.771, 67555.316, 31556.080,
    -4561.540, 107996.706, 1221.655, 62894.167, 31437.369, 14578.298,
    -31931.757, 34777.243, 1221.999, 62894.511, -4442.039, 107997.909,
    119.066, 16859.071, -4.578, 26895.292, -39.127, 12297.536, 90073.778 };
  double c = astro_centuries(t), sum = 0.0, lambda, aberration, nutation;
  int i;
  for(i=0; i<(int)(sizeof(x)/sizeof(x[0])); i++){
    sum += x[i] * astro_sin_deg(y[i] + z[i]*c);
  }
  lambda = 282.7771834 + 36000.76953744*c + 0.000005729577951308232*sum;
  aberration = 0.0000974*astro_cos_deg(177.63 + 35999.01848*c) - 0.005575;
  nutation = -0.004778*astro_sin_deg(124.90 - 1934.134*c + 0.002063*c*c)
             -0.0003667*astro_sin_deg(201.11 + 72001.5377*c + 0.00057*c*c);
  return fmod(fmod(lambda + aberration + nutation, 360.0) + 360.0, 360.0);
}

/* Obliquity of the ecliptic, degrees. */
static double astro_obliquity(double t){
  double c = astro_centuries(t);
  return 23.0 + 26.0/60.0 + 21.448/3600.0
         + (-46.8150*c - 0.00059*c*c + 0.001813*c*c*c) / 3600.0;
}

/* Apparent minus mean solar time at moment t, in days (at most 12 hours). */
static double astro_equation_of_time(double t){
  double c = astro_centuries(t);
  double lambda = 280.46645 + 36000.76983*c + 0.0003032*c*c;
  double anomaly = 357.52910 + 35999.05030*c - 0.0001559*c*c - 0.00000048*c*c*c;
  double e = 0.016708617 - 0.000042037*c - 0.0000001236*c*c;
  double y = astro_tan_deg(astro_obliquity(t) / 2.0);
  double eq;
  y *= y;
  eq = (y*astro_sin_deg(2*lambda) - 2*e*astro_sin_deg(anomaly)
        + 4*e*y*astro_sin_deg(anomaly)*astro_cos_deg(2*lambda)
        - 0.5*y*y*astro_sin_deg(4*lambda)
        - 1.25*e*e*astro_sin_deg(2*anomaly)) / (2*ASTRO_PI);
  if( eq > 0.5 ) eq = 0.5;
  if( eq < -0.5 ) eq = -0.5;
  return eq;
}

/* The UT moment of apparent noon of a day at a meridian (degrees east). */
static double astro_apparent_noon(int day, double longitude){
  double zoneOffset = longitude / 360.0;         /* local mean time - UT */
  double localNoon = day + 0.5;
  return localNoon - astro_equation_of_time(localNoon - zoneOffset) - zoneOffset;
}

/* The day number of 1 Farvardin of the Jalali year jy: the first day whose
** apparent noon at 52.5° E comes after the March equinox, i.e. whose noon
** sees the sun's longitude in [0°, 10°) while the previous noon did not. */
static int astro_nowruz(int jy){
  /* March 15 of the Gregorian year jy+621, a few days before any Nowruz:
  ** 1970-03-15 is day 73, a mean year is 365.2425 days. */
  int day = 73 + (int)floor((jy + 621 - 1970) * 365.2425);
  while( astro_solar_longitude(astro_apparent_noon(day, ASTRO_IRAN_MERIDIAN)) >= 10.0 ){
    day++;
  }
  return day;
}
#endif
