#!/usr/bin/env python3
"""check_gazetteer.py — validates the curated default gazetteer,
sql/gazetteer/*.tsv (format: sql/gazetteer/README.md).

    python3 tools/check_gazetteer.py [-q] [FILE.tsv ...]

With no FILE it checks every sql/gazetteer/*.tsv.  Errors (the exit status
is 1 if there is any):
  - a file that is not UTF-8, a header other than HEADER, a row without
    exactly six tab-separated fields, an empty field (only `note` may be
    empty), spaces around a field, doubled spaces, control characters, an
    alias that is not in Unicode NFC;
  - a kind or lang outside KINDS / LANGS;
  - an entity id whose form does not fit its kind (ID_FORMS): persons, orgs
    and events `kind:slug`; places and facilities `kind:CC:slug` with an
    upper-case ISO 3166-1 alpha-2 code (ZZ: several countries or none);
    countries `country:CC`, as kind `place` (name variants) or `demonym`;
  - a display name in Arabic script (names are English/Latin), an entity
    given two display names, or a kind outside its id's;
  - the same (entity, alias) twice, except one fa row and one ar row for a
    spelling both languages use (a Latin form used alike in en and fr is one
    row with lang und);
  - an alias in the wrong script for its lang: fa/ar need Arabic letters
    and no Latin ones, en/fr/und no Arabic-script letters; an ar alias with
    the Persian ی or ک (U+06CC, U+06A9);
  - an alias with no word or number in it, or one whose only token is a
    common word (STOPWORDS: `UN` folds to the French article `un`, `US` to
    the pronoun `us`);
  - two entities sharing one alias as the matcher sees it (match_key: the
    folded tokens) where the row's note does not say `ambiguous`
    (ambiguity must be deliberate; every shared alias is listed either way).
Warnings (printed, exit status unaffected): a fa alias with the Arabic ي or
ك (the matcher folds them, but the data should use Persian letters); an ar
alias with پ چ ژ گ; two aliases of one entity and lang with the same
match_key (redundant: the matcher compares folded tokens, so Amir-Abdollahian
and Amir Abdollahian are one alias; one spelling shared by fa and ar rows is
not redundant, it records that both languages use it).

fold() here approximates the extension's zb_fold() (ext/normalize.h): NFKC,
case folding, combining marks, ZWNJ/ZWJ/bidi controls and kashida removed,
Arabic letter variants to ی ک ه ا و, dashes to '-', quotes to ASCII,
digits to ASCII, whitespace collapsed.  It prints the counts of rows per
kind and lang.  Standard library only.
"""
import collections
import glob
import os
import re
import sys
import unicodedata

HEADER = ["entity", "kind", "name", "alias", "lang", "note"]
KINDS = {"person", "org", "place", "facility", "event", "demonym"}
LANGS = {"fa", "ar", "fr", "en", "und"}

SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
CC = r"[A-Z]{2}"
# entity prefix -> (id pattern, kinds allowed for it)
ID_FORMS = {
    "person": (re.compile(rf"person:{SLUG}"), {"person"}),
    "org": (re.compile(rf"org:{SLUG}"), {"org"}),
    "event": (re.compile(rf"event:{SLUG}"), {"event"}),
    "place": (re.compile(rf"place:{CC}:{SLUG}"), {"place"}),
    "facility": (re.compile(rf"facility:{CC}:{SLUG}"), {"facility"}),
    "country": (re.compile(rf"country:{CC}"), {"place", "demonym"}),
}

# Function words of the four languages: an alias folding to one of these
# would fire on ordinary text (fold() lower-cases, so `UN` is `un`).
STOPWORDS = set("""
a an and are as at be but by can do for go he her his i if in is it me my no
not of on or our so the to up us was we who will with all any may new one man
au aux ce ces de des du elle en et eu il ils je la le les leur mais me ne nous
on ont ou où par pas pour qui que sa se ses son sur ta te tu un une vous y été
از به با در که را این آن و یا تا هم نیز است بود شد ما او من تو اند
في من على الى إلى عن مع أن ان إن ما لا هو هي ذلك هذا هذه التي الذي
""".split())

ARABIC_LETTER = re.compile(r"[\u0620-\u064A\u066E-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FF"
                           r"\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
LATIN_LETTER = re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")

# The Arabic-script letters zb_fold() unifies, and what they become.
FOLD_LETTER = {}
for _src, _dst in (("\u064A\u0649\u0626\u0620\u06CD\u06D0\u06D2\u06D3", "\u06CC"),
                   ("\u0643\u06AA", "\u06A9"),
                   ("\u0629\u06C0\u06C1\u06C2\u06C3\u06BE\u06D5", "\u0647"),
                   ("\u0622\u0623\u0625\u0671\u0672\u0673", "\u0627"),
                   ("\u0624", "\u0648")):
    for _c in _src:
        FOLD_LETTER[_c] = _dst
QUOTES = {c: "'" for c in "\u2018\u2019\u201A\u201B\u2032\u02BC\u02BB\u0060\u00B4\u2035"}
QUOTES.update({c: '"' for c in "\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2039\u203A\u2036"})


def fold(text):
    """The matching key of an alias (see the module comment)."""
    text = "".join(FOLD_LETTER.get(c, c) for c in text)
    text = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    out = []
    for c in unicodedata.normalize("NFD", text):
        cat = unicodedata.category(c)
        if cat in ("Mn", "Me", "Cf") or c == "\u0640":
            continue
        if cat == "Pd" or c == "\u2212":
            c = "-"
        elif c in QUOTES:
            c = QUOTES[c]
        elif c.isspace():
            c = " "
        elif cat == "Nd":
            c = str(unicodedata.digit(c))
        else:
            c = FOLD_LETTER.get(c, c)
        out.append(c)
    return " ".join(unicodedata.normalize("NFC", "".join(out)).split())


def is_arabic_script(c):
    o = ord(c)
    return (0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0x08A0 <= o <= 0x08FF
            or 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF)


def match_key(text):
    """The folded tokens the matcher compares, joined by spaces, as the
    extension's tokenizer (ext/tokenize.h) cuts them: a word is a run of
    letters of one script family (Arabic script or other), a number a run
    of digits; everything else (space, hyphen, apostrophe, '+', '.')
    separates.  So Amir-Abdollahian and Amir Abdollahian, U.S. and U S,
    OPEC+ and OPEC are the same key."""
    tokens, current, kind = [], [], None
    for c in fold(text):
        cat = unicodedata.category(c)
        if cat == "Nd":
            k = "digit"
        elif cat[0] == "L" or (cat[0] == "M" and current):
            k = "arabic" if is_arabic_script(c) else ("letter" if cat[0] == "L" else kind)
        else:
            k = None
        if k != kind and current:
            tokens.append("".join(current))
            current = []
        kind = k
        if k is not None:
            current.append(c)
    if current:
        tokens.append("".join(current))
    return " ".join(tokens)


class Report:
    def __init__(self):
        self.errors = 0
        self.warnings = 0

    def error(self, where, msg):
        self.errors += 1
        print(f"{where}: error: {msg}")

    def warn(self, where, msg):
        self.warnings += 1
        print(f"{where}: warning: {msg}")


def read_rows(path, report):
    """Yields (where, fields) for each data row of one TSV file."""
    try:
        with open(path, "rb") as f:
            text = f.read().decode("utf-8")
    except UnicodeDecodeError as e:
        report.error(path, f"not UTF-8 ({e})")
        return
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    else:
        report.error(path, "no newline at the end of the file")
    if not lines or lines[0].split("\t") != HEADER:
        report.error(f"{path}:1", "header must be: " + "\\t".join(HEADER))
        return
    for number, line in enumerate(lines[1:], start=2):
        where = f"{path}:{number}"
        fields = line.split("\t")
        if len(fields) != len(HEADER):
            report.error(where, f"{len(fields)} fields, expected {len(HEADER)}")
            continue
        yield where, fields


def check_fields(where, entity, kind, name, alias, lang, note, report):
    """The checks that need only the row itself; False if it is unusable."""
    ok = True
    for label, value in zip(HEADER, (entity, kind, name, alias, lang, note)):
        if value != value.strip() or "  " in value:
            report.error(where, f"{label} has stray spaces: {value!r}")
        if any(unicodedata.category(c) == "Cc" for c in value):
            report.error(where, f"{label} has a control character")
        if not value and label != "note":
            report.error(where, f"empty {label}")
            ok = False
    if kind not in KINDS:
        report.error(where, f"kind {kind!r} not one of {sorted(KINDS)}")
        ok = False
    if lang not in LANGS:
        report.error(where, f"lang {lang!r} not one of {sorted(LANGS)}")
    prefix = entity.split(":", 1)[0]
    form = ID_FORMS.get(prefix)
    if form is None or not form[0].fullmatch(entity):
        report.error(where, f"entity id {entity!r} is not of a known form")
        ok = False
    elif kind not in form[1]:
        report.error(where, f"kind {kind!r} does not fit entity {entity!r}")
    if ARABIC_LETTER.search(name):
        report.error(where, f"name {name!r} must be the English/Latin display name")
    if unicodedata.normalize("NFC", alias) != alias:
        report.error(where, f"alias {alias!r} is not NFC")
    check_script(where, alias, lang, report)
    key = match_key(alias)
    if not key:
        report.error(where, f"alias {alias!r} has no word or number for the matcher")
    elif key in STOPWORDS:
        report.error(where, f"alias {alias!r} folds to the common word {key!r}")
    return ok


def check_script(where, alias, lang, report):
    arabic = ARABIC_LETTER.search(alias)
    latin = LATIN_LETTER.search(alias)
    if lang in ("fa", "ar"):
        if not arabic or latin:
            report.error(where, f"{lang} alias {alias!r} must be in Arabic script only")
        if lang == "fa" and re.search("[\u064A\u0643]", alias):
            report.warn(where, f"fa alias {alias!r} has Arabic ي/ك (use ی/ک)")
        if lang == "ar" and re.search("[\u06CC\u06A9]", alias):
            report.error(where, f"ar alias {alias!r} has Persian ی/ک (use ي/ك)")
        if lang == "ar" and re.search("[\u067E\u0686\u0698\u06AF]", alias):
            report.warn(where, f"ar alias {alias!r} has a Persian-only letter")
    elif lang in LANGS and arabic:
        report.error(where, f"{lang} alias {alias!r} has Arabic-script letters")


def check(paths, report):
    """Checks every file; returns the per-(kind, lang) row counts."""
    names = {}            # entity -> (display name, where first seen)
    seen = {}             # (entity, alias) -> {lang: where}
    keys = collections.defaultdict(dict)   # entity -> (match_key(alias), lang) -> alias
    by_key = collections.defaultdict(list)  # match_key(alias) -> [(entity, alias, note, where)]
    counts = collections.Counter()
    for path in paths:
        for where, (entity, kind, name, alias, lang, note) in read_rows(path, report):
            if not check_fields(where, entity, kind, name, alias, lang, note, report):
                continue
            counts[kind, lang] += 1
            first = names.setdefault(entity, (name, where))
            if first[0] != name:
                report.error(where, f"{entity} is named {name!r} here but {first[0]!r} at {first[1]}")
            if not record_alias(seen, entity, alias, lang, where, report):
                continue
            key = match_key(alias)
            if (key, lang) in keys[entity]:
                report.warn(where, f"alias {alias!r} of {entity} matches like {keys[entity][key, lang]!r}")
            keys[entity][key, lang] = alias
            by_key[key].append((entity, alias, note, where))
    check_shared(by_key, report)
    return counts, len(names)


def record_alias(seen, entity, alias, lang, where, report):
    """One row per (entity, alias), except that a spelling both Persian and
    Arabic use may have one fa row and one ar row.  False for a duplicate."""
    langs = seen.setdefault((entity, alias), {})
    if langs and not (lang not in langs and set(langs) | {lang} <= {"fa", "ar"}):
        first = next(iter(langs.values()))
        report.error(where, f"duplicate alias {alias!r} of {entity} (first at {first}); "
                            "a form used alike in en and fr is one row with lang und")
        return False
    langs[lang] = where
    return True


def check_shared(by_key, report):
    """Lists aliases shared by several entities; undeclared sharing is an error."""
    shared = {k: rows for k, rows in by_key.items() if len({r[0] for r in rows}) > 1}
    if not shared:
        return
    print(f"aliases shared by several entities ({len(shared)}):")
    for key in sorted(shared):
        rows = shared[key]
        print(f"  {key!r}: " + ", ".join(f"{e} ({a})" for e, a, _, _ in rows))
        for entity, alias, note, where in rows:
            if "ambiguous" not in note:
                report.error(where, f"alias {alias!r} of {entity} is shared with another "
                                    "entity; say 'ambiguous' in its note if that is meant")


def print_counts(counts, entities):
    kinds = sorted({k for k, _ in counts})
    langs = ["fa", "ar", "fr", "en", "und"]
    print("rows".ljust(10) + "".join(l.rjust(7) for l in langs) + "total".rjust(8))
    for kind in kinds:
        row = [counts[kind, l] for l in langs]
        print(kind.ljust(10) + "".join(str(n).rjust(7) for n in row) + str(sum(row)).rjust(8))
    total = [sum(counts[k, l] for k in kinds) for l in langs]
    print("total".ljust(10) + "".join(str(n).rjust(7) for n in total) + str(sum(total)).rjust(8))
    print(f"{entities} entities")


def main(argv):
    quiet = "-q" in argv
    paths = [a for a in argv if a != "-q"]
    if not paths:
        root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        paths = sorted(glob.glob(os.path.join(root, "sql", "gazetteer", "*.tsv")))
        if not paths:
            print("check_gazetteer: no sql/gazetteer/*.tsv files")
            return 1
    report = Report()
    counts, entities = check(paths, report)
    if not quiet:
        print_counts(counts, entities)
    print(f"check_gazetteer: {len(paths)} files, {sum(counts.values())} rows, "
          f"{report.errors} errors, {report.warnings} warnings")
    return 1 if report.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
