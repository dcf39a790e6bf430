"""test_seeds.py — fa_normalize(), fold() and lang() on the real news texts in
../shared/seeds/ (present in CI; a user's fresh clone has none, and then this
test says SKIPPED and passes).  Checks the spellings the seeds are known for:
missing ZWNJ restored, Arabic ي/ك made Persian, Persian digits kept, and the
languages detected."""
import os
import sys

from zabantest import connect, seed_files

files = seed_files("seeds")
conn = connect()
failures = []
ZWNJ = "\u200c"
# (raw spelling in the seeds, what fa_normalize must write instead)
EXPECTED = [("گفتوگو", "گفت" + ZWNJ + "وگو"), ("رایزنیهای", "رایزنی" + ZWNJ + "های"),
            ("میدهد", "می" + ZWNJ + "دهد"), ("صهیونیستها", "صهیونیست" + ZWNJ + "ها"),
            ("پیچیدهتر", "پیچیده" + ZWNJ + "تر"), ("جداگانهای", "جداگانه" + ZWNJ + "ای"),
            ("سرزمینهای", "سرزمین" + ZWNJ + "های"), ("میگوید", "می" + ZWNJ + "گوید")]
langs = []
for path in files:
    text = open(path, encoding="utf-8").read()
    lang, norm, folded = conn.execute("SELECT lang(?1), fa_normalize(?1), fold(?1)", (text,)).fetchone()
    langs.append(lang)
    if lang != "fa":
        continue
    for raw, fixed in EXPECTED:
        if raw in text and fixed not in norm:
            failures.append(f"{os.path.basename(path)}: {raw} did not become {fixed}")
        if raw in norm.split():
            failures.append(f"{os.path.basename(path)}: {raw} left unfixed")
    for wrong in ("ي", "ك"):
        if wrong in norm:
            failures.append(f"{os.path.basename(path)}: Arabic {wrong} left in the normalized text")
    if "۰۴ آذر ۱۴۰۰" in text and "۰۴ آذر ۱۴۰۰" not in norm:
        failures.append(f"{os.path.basename(path)}: the date ۰۴ آذر ۱۴۰۰ was changed")
    if ZWNJ in folded:
        failures.append(f"{os.path.basename(path)}: fold() kept a ZWNJ")
if sorted(langs) != ["en", "fa", "fa", "fr", "fr"]:
    failures.append(f"languages detected: {langs}")
if failures:
    print("\n".join(failures))
    sys.exit(1)
print(f"seeds: {len(files)} texts checked")
