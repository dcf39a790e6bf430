-- dates.sql — dates(text [, reference [, lang]]): every form of docs/dates.md
-- in each language's real spellings, the resolution rules, the hazards, bad
-- input and the query plans.  Rows print every column (NULL prints empty),
-- so nothing passes silently; each row starts with the label of its check,
-- "--" lines separate the cases.

.print '-- the examples of ext/dates.c and docs/dates.md'
SELECT 'docs example: every column', * FROM dates('۱۶:۱۲ ۰۴ آذر ۱۴۰۰');
SELECT 'docs example: the year from the reference', value, note FROM dates('یکشنبه شب ۱۶ مهر ماه', '2023-10-10');

.print '-- columns: substr(text, start + 1, end - start) is the surface'
WITH t(x) AS (VALUES ('به گزارش خبرنگار ما، ۱۶:۱۲ ۰۴ آذر ۱۴۰۰ و Côte d’Ivoire, 8 octobre 2023 😀 October 8, 2023.'))
SELECT 'columns: start, end, surface, substr() is the surface', start, end, surface, substr(x, start + 1, end - start) IS surface FROM t, dates(t.x);

.print '-- numeric dates, any digits; 13xx/14xx is Jalali in Persian, Hijri in Arabic'
SELECT 'numeric dates, fa', surface, value, precision, calendar, jalali, note FROM dates(
  '۱۴۰۰/۰۹/۰۴، 1400-09-04، ١٤٠٠/٠٩/٠٤، 1400.09.04، date 2024-06، 25/11/2021، 25.11.2021، 2021-11-25', NULL, 'fa');
SELECT 'numeric dates, ar: Hijri', surface, value, calendar, note FROM dates('صدر القرار في 1445/09/15 و 1445/09/15 هـ و ١٤٤٥/٠٩/١٥', NULL, 'ar');
SELECT 'numeric dates, fr: with and without an era', surface, value, calendar, note FROM dates('le 1400/09/04 ou 1400/09/04 ه.ش ou 1445/09/15 AH', NULL, 'fr');
SELECT 'numeric dates, lang auto', surface, value, calendar FROM dates('1400/09/04');
.print '-- day and month order: day first in fa/ar/fr; English reads a month first when both fit'
SELECT 'day/month order, en', surface, value, note FROM dates('10/11/2023 and 05/05/2023 and 25/11/2021 and 11/25/2021', NULL, 'en');
SELECT 'day/month order, fr', surface, value, note FROM dates('10/11/2023 et 11/25/2021', NULL, 'fr');
SELECT 'day/month order, fa', surface, value, note FROM dates('۱۰/۱۱/۲۰۲۳', NULL, 'fa');
SELECT 'day/month order, lang auto', surface, value, note FROM dates('10/11/2023');

.print '-- Persian: Jalali months, Gregorian months, Dari months'
SELECT 'fa: Jalali months', surface, value, precision, calendar, jalali, note FROM dates(
  'در ۰۴ آذر ۱۴۰۰ و آذر ۱۴۰۰ و ۱۶ مهر ماه و ۱۶ مهرماه و مهر ماه ۱۴۰۲ و ۲۲ بهمن ۱۳۵۷ و ۱۶ام مهر ۱۴۰۲ و ۱ اردیبهشت ۱۴۰۳ و ۱ اردی بهشت ۱۴۰۳ و ۳۰ اسفند ۱۴۰۳', '2023-10-10');
SELECT 'fa: Gregorian months', surface, value, precision, calendar, jalali, note FROM dates(
  '۸ اکتبر ۲۰۲۳، ۸ ژانویهٔ ۲۰۲۲، ژوئن ۲۰۲۴، ۱۸ مهٔ ۲۰۲۲، ۸ می ۲۰۲۳، ۲۵ نوامبر', '2023-12-01');
SELECT 'fa: Dari months', surface, value, precision, calendar, jalali, note FROM dates(
  'کابل، ۱۶ میزان ۱۴۰۲ و ۱۶ میزان و ۱ حمل و ۱۵ سنبله ۱۴۰۰', '2023-10-10');
SELECT 'fa: Hijri months', surface, value, calendar, jalali FROM dates('در ۲۳ ربیع‌الاول ۱۴۴۵ و ۱۵ رمضان ۱۴۴۵ هجری قمری');

.print '-- Arabic: Gregorian (Egyptian, Levantine, Maghreb), Hijri'
SELECT 'ar: Gregorian months', surface, value, precision, calendar, jalali FROM dates(
  'في 8 أكتوبر 2023 و8 أكتوبر/تشرين الأول 2023 و 8 تشرين الأول 2023 و ٨ أكتوبر ٢٠٢٣ و 12 كانون الثاني 2024 و 3 آذار 2023 و آب 2023 و 8 جانفي 2023 و 8 غشت 2023', NULL, 'ar');
SELECT 'ar: Hijri months', surface, value, precision, calendar, jalali FROM dates(
  'دعت في 15 رمضان 1445 هـ إلى اجتماع، و 1 شوال 1445هـ، و ١٥ رمضان ١٤٤٥ و 23 ربيع الأول 1445 و رمضان 1445 و 10 ذو الحجة 1444 هـ', NULL, 'ar');

.print '-- French'
SELECT 'fr', surface, value, precision, calendar, note FROM dates(
  'Le 8 octobre 2023, le 1er juin 2024, le samedi 1er juin 2024, le jeudi 8 octobre, 8 oct. 2023, en mars 2024, mars 2024, le 14 juillet', '2024-06-02');
.print '-- English'
SELECT 'en', surface, value, precision, calendar, note FROM dates(
  'On October 8, 2023, on 8 Oct 2023, on Oct. 8, 2023, Sunday, October 8, 2023, Sun, 8 Oct 2023, the 8th of October 2023, October 8th, in May 2023, May 8, March 3, November 25, 2021, 16 Mehr 1402, Mehr 16, 1402', '2023-12-01');

.print '-- weekdays alone: the nearest such day on or before the reference (2021-11-25 is a Thursday)'
SELECT 'weekday alone', surface, value, precision, calendar, jalali, note FROM dates(
  'پنجشنبه، چهارشنبه، جمعه، سه شنبه، سه‌شنبه، Thursday, Friday, jeudi, vendredi, الخميس, الجمعة, السبت', '2021-11-25');
SELECT 'next and last weekday', surface, value, note FROM dates('next Thursday, jeudi prochain, الخميس المقبل, پنجشنبه آینده, last Thursday, jeudi dernier, الخميس الماضي, پنجشنبه گذشته', '2021-11-25');
SELECT 'weekday alone, no reference', surface, value, note FROM dates('پنجشنبه، Thursday, jeudi, الخميس');
.print '-- relative days'
SELECT 'relative days', surface, value, precision, calendar, note FROM dates(
  'امروز، دیروز، فردا، پریروز، پس فردا، دیشب، امشب، شب گذشته، روز گذشته، today, yesterday, tomorrow, tonight, last night, aujourd''hui, hier, demain, avant-hier, après-demain, اليوم، أمس، الأمس، البارحة، غدا، أول أمس، بعد غد', '2021-11-25');
SELECT 'a relative day with a weekday', surface, value, note FROM dates('امروز (پنجشنبه) و امروز (جمعه) و اليوم الخميس و today', '2021-11-25');
SELECT 'relative days, no reference', surface, value, note FROM dates('امروز و yesterday');

.print '-- a weekday with a date without its year: the weekday picks the year'
SELECT 'weekday picks the year: یکشنبه ۱۶ مهر, reference 2023-10-10', surface, value, jalali, note FROM dates('یکشنبه شب ۱۶ مهر ماه', '2023-10-10');
SELECT 'weekday picks the year: یکشنبه ۱۶ مهر, reference 2024-10-10', surface, value, jalali, note FROM dates('یکشنبه شب ۱۶ مهر ماه', '2024-10-10');
SELECT 'weekday picks the year: دوشنبه ۱۶ مهر, reference 2024-10-10', surface, value, jalali, note FROM dates('دوشنبه ۱۶ مهر', '2024-10-10');
SELECT 'weekday picks the year: Sunday 16 Mehr, reference 2024-10-10', surface, value, jalali, note FROM dates('Sunday night 16 Mehr', '2024-10-10');
SELECT 'weekday picks the year: jeudi 8 octobre, reference 2021-06-01', surface, value, jalali, note FROM dates('le jeudi 8 octobre', '2021-06-01');
SELECT 'weekday picks the year: fa and ar, reference 1990-08-10', surface, value, note FROM dates('چهارشنبه ۲ مه، الخميس ٩ آب', '1990-08-10');
.print '-- a weekday that contradicts a full date: the date is kept, with a note'
SELECT 'a weekday that contradicts a full date', surface, value, note FROM dates('دوشنبه ۱۶ مهر ۱۴۰۲ و Monday, October 8, 2023 و الاثنين 8 أكتوبر 2023');
.print '-- a date without its year: the latest occurrence at most 3 months after the reference'
SELECT 'no year: fr, reference 2024-06-02', surface, value, note FROM dates('le 10 juin, le 25 décembre, le 30 août, le 20 septembre', '2024-06-02');
SELECT 'no year: 29 February and 30 Esfand, reference 2024-06-02', surface, value, note FROM dates('۲۹ فوریه و ۳۰ اسفند', '2024-06-02');

.print '-- times, and a time next to a date (before or after) as one datetime'
SELECT 'times', surface, value, precision, calendar, jalali FROM dates(
  '۱۶:۱۲، 16h12، 16h، à 16 heures، 16 heures 30، 4:12 pm، 4 pm، 4 p.m.، 4:30 a.m.، 16:12:30، ساعت ۱۰ صبح، ساعت ۸ شب، ساعت ۱۶، الساعة 10:30 مساء، 12:00 am');
SELECT 'a time and a date: one datetime', surface, value, precision, calendar, jalali FROM dates(
  '۱۶:۱۲ ۰۴ آذر ۱۴۰۰ | ۰۴ آذر ۱۴۰۰ ساعت ۱۶:۱۲ | October 8, 2023 at 4:12 pm | le 8 octobre 2023 à 16h12 | 2024-06-02T10:30 | 2024-06-02 10:30:15 | 8 أكتوبر 2023 الساعة 10:30 | الأحد 15 أكتوبر 2023 في الساعة 10 صباحا | ۱۶ مهر ۱۴۰۲ در ساعت ۱۰ صبح');
SELECT 'a relative day and a time', surface, value, precision, note FROM dates('hier à 16h, yesterday at 4 pm, امروز ساعت ۱۰ صبح, یکشنبه شب ساعت ۲۰', '2021-11-25');
SELECT 'a relative day and a time, no reference', surface, value, precision, note FROM dates('hier à 16h');
SELECT 'a time and a date on two lines', surface, value FROM dates('۱۶:۱۲
۰۴ آذر ۱۴۰۰');

.print '-- years need their context: an era, or a word before them'
SELECT 'years with an era or a word before them', surface, value, precision, calendar, jalali FROM dates(
  'در سال ۱۴۰۲، سال ۲۰۲۳ میلادی، in 2023, since 1979, mid-2024, en 2024, l''an 2000, année 2024, عام 2023، العام 1445، 1445 هـ، 1445هـ، 2023م، ۱۴۰۲ ش، ۱۴۰۲ ه.ش، ۱۴۰۰ هجری شمسی، 1445 AH، 1402 AP، 2023 AD');

.print '-- hazards: none of these is a date (no rows)'
SELECT 'hazard: counts of things', count(*) FROM dates('57 member states, ۵۷ کشور عضو, نمایندگان ۵۷ کشور, in 57 countries, 2000, ۱۴۰۰, in 2000 homes, en 2000 exemplaires, ۱۴۰۰ نفر');
SELECT 'hazard: phone numbers', count(*) FROM dates('+98 21 1234 5678, 021-12345678, 0912 345 6789, (021) 8800-1234, +33 1 42 68 53 00');
SELECT 'hazard: scores, percentages, money, thousands, decimals', count(*) FROM dates('won 2-1, a 3-0 win, 2 - 1, the score was 1-1, 50%, ۵۰٪, 50 %, $2,024, 2024 dollars, 1,400, ۱٬۴۰۰, ۲٫۵, 10.5, 2.5 million');
SELECT 'hazard: versions, addresses, model names', count(*) FROM dates('version 2.10.3, v1.2, iOS 17.4, 1.2.2023.5, 192.168.1.1, G7, A320, COVID-19, ISO 8601, Boeing 737');
SELECT 'hazard: impossible dates, ranges of years, BC', count(*) FROM dates('1402-13-01, 31/02/2024, 1402/07/31, 1404/12/30, 2023-02-29, 31 آبان, 1400-1402, ۱۳۹۸-۱۴۰۰, 2019-2020, 2010-11, the 1990s, 1500 ق.م, 500 BC');
SELECT 'hazard: no times (3:1, 25:00, durations)', count(*) FROM dates('3:1, 1:10:20:30, 24h, 25:00, 12:60, pendant 16 heures, at 4, ۸ شب, ۲۴ ساعت, سه ساعت');
SELECT 'hazard: month names that are words', count(*) FROM dates('Mehr News Agency, خبرگزاری مهر، مهر و محبت، تیر و کمان، میزان ۱۴۰۰ میلیارد، به میزان ۱۴۰۰ میلیارد تومان، سرطان ۲۰۲۳، may 8, Mars 2020, la mission Mars 2020, میزان مشارکت، ۱۰ صفر، یک بر صفر، ۸ می، ۲۰ آب');
SELECT 'hazard: weekdays that are no day', count(*) FROM dates('every Friday, each Sunday, chaque jeudi, هر پنجشنبه، روزهای جمعه، امام جمعه تهران، نماز جمعه، صلاة الجمعة، Good Friday, Black Friday, the Sunday Times, Friday prayers, الأحد عشر');
SELECT 'hazard: today that is no day, abbreviations alone', count(*) FROM dates('اليوم الأول، اليوم الوطني، USA Today, Russia Today, Sun, Mon, Wed, le Soleil');
SELECT 'hazard: two-digit years, a year of another calendar', count(*) FROM dates('۲۲ بهمن ۵۷، 8 October 23, October 8 23, 25/11/21, ۱۶ مهر ۲۰۲۳, ۸ اکتبر ۱۴۰۲, 30 février 2024');
.print '-- Sunday night 16 Mehr is not 16:00; a count after a date is not its year'
SELECT 'Sunday night is not 16:00, a count is not a year', surface, value, precision FROM dates('یکشنبه شب ۱۶ مهر، Sunday night 16 Mehr, در ۱۶ مهر ۵ نفر کشته شدند, on 8 October 5 people died', '2023-10-10');

.print '-- news-like text with many numbers: only the dates'
SELECT 'news-like text: only the dates', surface, value, precision, note FROM dates('به گزارش ایرنا، قیمت دلار در بازار آزاد امروز به ۵۸ هزار و ۵۰۰ تومان رسید. بانک مرکزی اعلام کرد نرخ تورم در پایان مهر ماه ۱۴۰۲ به ۴۰٫۸ درصد رسیده است. طبق ماده ۱۸ قانون برنامه هفتم، دولت موظف است تا سال ۱۴۰۷ تورم را تک‌رقمی کند. در این حادثه ۱۲ نفر کشته و ۳۴ نفر زخمی شدند. تیم ملی فوتبال ایران ۲ بر ۱ پیروز شد. زلزله ۵٫۳ ریشتری در ساعت ۰۳:۱۵ بامداد رخ داد. شماره تماس ۰۲۱-۸۸۹۹۰۰۱۱ است. این طرح در ۳۱ استان اجرا می‌شود. قطعنامه ۲۲۳۱ شورای امنیت در سال ۲۰۱۵ تصویب شد. ۱۳ آبان روز دانش‌آموز است. امام جمعه موقت تهران در خطبه‌های نماز جمعه این هفته گفت. حدود ۱۴۰۰ نفر در این مراسم شرکت کردند. او متولد ۱۳۶۵ است. سال‌های ۱۳۹۰ تا ۱۴۰۰ دهه‌ای سخت بود. بیش از ۲۰۲۳ دانشجو ثبت نام کردند.
وزير الخارجية: قتل 57 شخصا في 3 هجمات، وارتفع سعر البرميل إلى 85 دولارا. القرار رقم 2231 لعام 2015. بلغت نسبة المشاركة 48 بالمئة. سجل 1445 حالة إصابة.
Le Premier ministre a annoncé 3 milliards d''euros pour 2024. Le décret n° 2023-1234 du 15 mars 2023 est entré en vigueur. Environ 1500 personnes ont manifesté. Le match s''est terminé 2-1. Rendez-vous le 12/06 à 20h30. Il a 45 ans. Lors de la COP28, 198 pays.
The 193-member UN General Assembly voted 120-14 on Friday. Brent crude rose 2.3% to $85.40 a barrel. In a 2019 report, the IAEA said Iran had 1,044 centrifuges. Flight IR655 was downed on July 3, 1988, killing 290 people. Call +1 212 555 0199. The F-35 and Su-35 jets. Resolution 2231 (2015). About 2,000 troops. Chapter 7, Article 51. Section 1.2.3. Windows 11. iPhone 15 Pro. On 9/11 the towers fell. 24/7 service. He scored in the 90th minute.', '2023-11-20');

.print '-- the reference: any SQLite time value, read as julianday() reads it (2021-02-30 is 2021-03-02); not a time value = no reference'
SELECT 'reference: 2021-11-25 16:00:00', value, note FROM dates('پنجشنبه', '2021-11-25 16:00:00');
SELECT 'reference: 2021-11-25T23:59', value, note FROM dates('پنجشنبه', '2021-11-25T23:59');
SELECT 'reference: Julian day 2459543.5', value, note FROM dates('پنجشنبه', 2459543.5);
SELECT 'reference: not a date', value, note FROM dates('پنجشنبه', 'not a date');
SELECT 'reference: 2021-02-30', value, note FROM dates('پنجشنبه', '2021-02-30');
SELECT 'reference: empty', value, note FROM dates('پنجشنبه', '');
SELECT 'reference: a blob', value, note FROM dates('پنجشنبه', x'00');
SELECT 'reference: NULL', value, note FROM dates('پنجشنبه', NULL);

.print '-- a value outside 0000-01-01 .. 9999-12-31 is NULL (note: out of range); 9999-12-31 is a Friday, 0000-01-01 a Saturday'
WITH t(x, r) AS (VALUES
  ('امروز', '9999-12-31'), ('فردا', '9999-12-31'), ('tomorrow', '9999-12-30'), ('پس فردا', '9999-12-30'),
  ('hier', '0000-01-02'), ('avant-hier', '0000-01-02'), ('دیروز', '0000-01-01'),
  ('Friday', '9999-12-31'), ('next Friday', '9999-12-31'), ('next Friday', '9999-12-30'),
  ('samedi', '0000-01-01'), ('samedi dernier', '0000-01-01'), ('الجمعة', '0000-01-06'),
  ('le 20 décembre', '9999-12-31'), ('le 10 janvier', '9999-12-31'), ('le 1er janvier', '0000-01-01'),
  ('le 31 décembre', '0000-01-01'), ('۱۱ دی', '9999-12-31'), ('۱۲ دی', '9999-12-31'),
  ('۱۱ دی', '0000-01-01'), ('۱۰ دی', '0000-01-01'), ('2 ربيع الآخر', '9999-12-31'),
  ('3 ربيع الآخر', '9999-12-31'), ('Friday, January 10', '9999-12-31'),
  ('Sunday, January 10', '9999-12-31'),
  ('امشب ساعت ۲۳:۵۹', '9999-12-31'), ('فردا ساعت ۰۰:۳۰', '9999-12-31'),
  ('tomorrow at 12:30 am', '9999-12-30'), ('yesterday at 11 pm', '0000-01-01'),
  ('16:12', '9999-12-31'), ('today', 0), ('today', '10000-01-01'))
SELECT 'range 0000-01-01 .. 9999-12-31', x, r, surface, value, precision, jalali, note FROM t, dates(t.x, t.r);

.print '-- lang: auto (NULL) detects; an unknown one is an error naming dates'
SELECT 'lang EN', value, note FROM dates('05/06/2023', NULL, 'EN');
SELECT 'lang auto', value, note FROM dates('05/06/2023', NULL, 'auto');
SELECT 'lang NULL', value, note FROM dates('05/06/2023', NULL, NULL);
SELECT value FROM dates('05/06/2023', NULL, 'de');

.print '-- bad input: NULL, empty, blob, numbers, invalid UTF-8, code point boundaries'
SELECT 'NULL: no rows', count(*) FROM dates(NULL);
SELECT 'NULL with a reference and a lang: no rows', count(*) FROM dates(NULL, '2021-11-25', 'fa');
SELECT 'empty: no rows', count(*) FROM dates('');
SELECT 'spaces: no rows', count(*) FROM dates('   ');
SELECT 'a blob', surface, value FROM dates(CAST('۰۴ آذر ۱۴۰۰' AS BLOB));
SELECT 'a blob from hex', surface, value FROM dates(x'313430302f30392f3034');
SELECT 'an integer: no rows', count(*) FROM dates(20211125);
SELECT 'a real: no rows', count(*) FROM dates(14.5);
SELECT 'invalid UTF-8', start, end, hex(surface), value FROM dates(x'ff31363a3132c02031363a3132e280203136203a3132ff');
SELECT 'code point boundaries', start, end, surface, value FROM dates(char(0x7f) || '16:12' || char(0x80) || ' 16:12 ' || char(0x7ff) || char(0x800) || ' 16:12' || char(0xffff) || ' ' || char(0x10000) || '16:12 ' || char(0x10ffff));
SELECT 'truncated sequences', start, end, surface, value FROM dates(x'e28231363a313220d920d98031363a3132');
SELECT 'NUL bytes in a blob', count(*) FROM dates(x'0031363a31320031363a3132');
SELECT 'a NUL character in the text', start, end, surface FROM dates('a' || char(0) || 'b 16:12');

.print '-- query plans: a correlated join; text is required'
.read sql/samples.sql
.print 'plan: docs, then dates() for each row (a correlated join)'
EXPLAIN QUERY PLAN SELECT d.value FROM docs, dates(docs.body, docs.published) AS d;
.print 'plan: docs first, whatever the order written'
EXPLAIN QUERY PLAN SELECT d.value FROM dates(docs.body) AS d, docs;
.print 'plan: the three arguments as constraints'
EXPLAIN QUERY PLAN SELECT value FROM dates WHERE text = 'x' AND reference = '2024-01-01' AND lang = 'fa';
SELECT 'text as a WHERE constraint', value FROM dates WHERE text = '۰۴ آذر ۱۴۰۰';
SELECT count(*) FROM dates;
SELECT count(*) FROM dates('۰۴ آذر ۱۴۰۰', NULL, 'fa', 'extra');
SELECT 'LEFT JOIN dates ON text = body', count(*) FROM docs LEFT JOIN dates ON dates.text = docs.body;
SELECT 'dates of each document, LEFT JOIN', docs.id, count(d.value) FROM docs LEFT JOIN dates(docs.body, docs.published) AS d GROUP BY 2;
