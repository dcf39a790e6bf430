-- samples.sql — a small multilingual news table for the demo, the README's
-- examples and the benchmarks.  The texts are written for zaban (not taken
-- from any agency) in the style of the wire copy it is built for: Persian
-- without ZWNJ and with Arabic ي/ك, Persian digits, Jalali and Hijri dates,
-- one person spelled several ways, one organization in four languages.
--
--   .read sql/samples.sql
--   SELECT id, lang, substr(body, 1, 60) FROM docs;

CREATE TABLE IF NOT EXISTS docs(
  id INTEGER PRIMARY KEY,
  lang TEXT,          -- the language the sender declared
  published TEXT,     -- ISO date of publication
  body TEXT
);

INSERT INTO docs(id, lang, published, body) VALUES
(1, 'fa', '2023-10-10',
'گفتوگوی تلفنی وزیران خارجه ایران و ترکیه

وزیر امور خارجه جمهوری اسلامی ایران یکشنبه شب ۱۶ مهر ماه در تماسی تلفنی با هاکان فیدان وزیر خارجه ترکیه درباره تحولات منطقه گفتوگو کرد. امیرعبداللهیان در این گفتوگو گفت: ادامه این وضعیت شرایط را پیچیدهتر میکند و کشورهای منطقه باید رایزنیهای خود را افزایش دهند.
فیدان نیز گفت ترکیه از برگزاری نشست فوقالعاده سازمان همکاری اسلامی حمایت میکند. دو طرف همچنین درباره روابط دوجانبه و همکاریهای اقتصادی تبادل نظر کردند.'),
(2, 'fa', '2021-11-25',
'سخنگوی وزارت امور خارجه: دبیرکل جديد سازمان همکاري اسلامي باید برای وحدت تلاش کند

به گزارش خبرنگار ما، سخنگوی وزارت امور خارجه امروز (پنجشنبه) در نشست خبری هفتگی گفت: ما شروع به کار دبیرکل جدید را تبریک میگوییم و امیدواریم این سازمان نقش موثرتری در حل بحرانهای منطقه داشته باشد.
وی افزود: نمایندگان ۵۷ کشور عضو در نشست جداگانهای در جده درباره فلسطین رایزنی خواهند کرد.
۱۶:۱۲ ۰۴ آذر ۱۴۰۰'),
(3, 'ar', '2024-04-11',
'وزير الخارجية الإيراني يهنئ نظيره الكويتي بعيد الفطر

أجرى وزير الخارجية الإيراني حسين أمير عبد اللهيان اتصالاً هاتفياً مع نظيره الكويتي عبد الله علي اليحيا يوم الخميس، هنأه فيه بحلول عيد الفطر المبارك.
وبحث الجانبان العلاقات الثنائية والتطورات في غزة والضفة الغربية، وأكدا ضرورة وقف إطلاق النار. وكانت منظمة التعاون الإسلامي قد دعت في 15 رمضان 1445 هـ إلى اجتماع طارئ بشأن المسجد الأقصى.'),
(4, 'fr', '2024-06-02',
'Entretien téléphonique entre les chefs de la diplomatie iranienne et qatarie

Le ministre des Affaires étrangères par intérim, Ali Bagheri Kani, s’est entretenu le samedi 1er juin 2024 avec le Premier ministre du Qatar, Cheikh Mohammed ben Abderrahmane Al Thani. Les deux parties ont discuté de la situation à Gaza et à Rafah.
M. Bagheri a remercié les autorités qataries pour leurs condoléances après la mort du président Ebrahim Raïssi et du ministre Hossein Amir-Abdollahian. Il a appelé l’Organisation de la coopération islamique à tenir une réunion extraordinaire.'),
(5, 'en', '2022-04-28',
'TEHRAN – Iranian Foreign Minister Hossein Amir Abdollahian spoke by phone on Thursday with the Secretary General of the Organization of Islamic Cooperation (OIC), Hissein Brahim Taha, about the situation in al-Quds and the al-Aqsa Mosque.
Amir Abdollahian said the OIC should hold an urgent meeting before International Quds Day. Taha said the organisation’s 57 member states would meet in Jeddah on April 30, 2022.'),
(6, 'fa', '2024-03-20',
'پیام نوروزی رئیس جمهور

رییس جمهور در پیامی به مناسبت فرا رسیدن نوروز ۱۴۰۳ گفت: امسال سال جهش تولید است و دولت میکوشد تورم را کاهش دهد.
وی افزود: خانوادههای ایرانی در این روزها بیشتر از همیشه به همبستگی نیاز دارند. شمار مسافران نوروزی به ۲٫۵ میلیون نفر رسید.');
