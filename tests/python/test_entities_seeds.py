"""test_entities_seeds.py — document-level expectations of entities() on the
real news texts in ../shared/seeds/ (present in CI; a user's fresh clone has
none, and then this test says SKIPPED and passes).

For each seed: the people and organizations it mentions, exactly (nothing
missing, nothing more), and places it must mention; then, across the seeds,
that one person or organization has one entity id whatever the language and
script it is written in (امیرعبداللهیان, Amir Abdollahian, AmirAbdollahian;
سازمان همکاری اسلامی, Organisation de la coopération islamique, OIC).
Usage: python3 test_entities_seeds.py dist/zaban"""
import os
import sys

from zabantest import connect, seed_files

AMIR = "person:hossein-amir-abdollahian"
TAHA = "person:hissein-brahim-taha"
OIC = "org:oic"
# seed file prefix -> (people, organizations, places that must be found)
EXPECTED = {
    "000": ({AMIR, TAHA}, {OIC},
            {"country:PS", "country:YE", "country:AF", "place:ZZ:jerusalem"}),
    "001": ({AMIR, "person:fuad-hussein", "person:hakan-fidan", "person:peter-szijjarto"}, {OIC},
            {"country:IR", "country:IQ", "country:PS", "country:TR", "place:ZZ:jerusalem",
             "place:PS:gaza-strip"}),
    "002": ({AMIR, TAHA, "person:abdallah-bou-habib", "person:ahmad-nasser-al-mohammad-al-sabah"},
            {OIC, "org:ir-mfa", "org:mehr-news"},
            {"country:PS", "country:YE", "country:AF", "country:LB", "country:IR", "country:KW",
             "place:ZZ:jerusalem"}),
    "003": ({AMIR, TAHA, "person:saeed-khatibzadeh", "person:ebrahim-raisi",
             "person:yousef-al-othaimeen"}, {OIC, "org:yjc"},
            {"country:IR", "country:PS"}),
    "004": ({AMIR, "person:mohammed-bin-abdulrahman-al-thani", "person:ali-bagheri-kani",
             "person:ebrahim-raisi"}, {OIC},
            {"country:QA", "country:PS", "place:PS:rafah", "place:PS:gaza-strip", "place:QA:doha"}),
}
# The surfaces each entity must be found under, in some seed (one id for
# every language and script).
SPELLINGS = {
    AMIR: {"Amir Abdollahian", "امیرعبداللهیان", "حسین امیرعبداللهیان", "Hossein AmirAbdollahian",
           "Hossein Amir Abdollahian"},
    TAHA: {"Hussein Ibrahim Taha", "Hussain Ibrahim Taha", "حسین ابراهیم طه", "Ibrahim Taha"},
    OIC: {"Organisation de la coopération islamique", "سازمان همکاری اسلامی",
          "Organization of Islamic Cooperation", "OIC"},
}

files = seed_files("entities seeds")
conn = connect()
failures = []
found = {}
for path in files:
    name = os.path.basename(path)
    text = open(path, encoding="utf-8").read()
    rows = conn.execute("SELECT kind, entity, surface, start, end FROM entities(?)", (text,)).fetchall()
    for kind, entity, surface, start, end in rows:
        if text[start:end] != surface:
            failures.append(f"{name}: {surface!r} is not the text at {start}..{end}")
        found.setdefault(entity, set()).add(surface)
    people, orgs, places = EXPECTED[name[:3]]
    got = {k: {e for kk, e, *_ in rows if kk == k} for k in ("person", "org", "place")}
    if got["person"] != people:
        failures.append(f"{name}: people {sorted(got['person'])}, expected {sorted(people)}")
    if got["org"] != orgs:
        failures.append(f"{name}: organizations {sorted(got['org'])}, expected {sorted(orgs)}")
    if not places <= got["place"]:
        failures.append(f"{name}: places missing: {sorted(places - got['place'])}")
for entity, surfaces in SPELLINGS.items():
    missing = surfaces - found.get(entity, set())
    if missing:
        failures.append(f"{entity}: not found as {sorted(missing)}")
if failures:
    print("\n".join(failures))
    sys.exit(1)
print(f"entities seeds: {len(files)} texts checked")
