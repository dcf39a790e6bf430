#!/usr/bin/env python3
"""gen_gazetteer.py — compiles the default gazetteer into ext/gazetteer_data.c.

    python3 tools/gen_gazetteer.py            # writes ext/gazetteer_data.c
    python3 tools/gen_gazetteer.py --check    # exit 1 if the file is stale

Inputs (UTF-8 TSV with a header line; the extension never reads them):
  sql/gazetteer/*.tsv         entity, kind, name, alias, lang, note
                              (the curated entities: sql/gazetteer/README.md)
  sql/entity_rules/given_names.tsv   name, lang, flags, note
  sql/entity_rules/titles.tsv        title, lang, kind, note
                              (the lexicons of the name rules of entities():
                              sql/entity_rules/README.md)

Output: one string pool (every string once, NUL-terminated) and three
tables of offsets into it, in the structs of ext/gazetteer.h.  Aliases
are kept as written: the extension folds and tokenizes them when it builds
the gazetteer, with the very code that reads the text, so the two cannot
disagree.  Tags at the start of a note become flags: `short`, `acronym`,
`ambiguous…`, `xx only…` (the alias is used in text of language xx only).

Rows are emitted in a stable order (files sorted, rows as in the file), so
the output only changes when the data does.  Standard library only.
"""
import glob
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "ext", "gazetteer_data.c")

KINDS = ["person", "org", "place", "facility", "event", "demonym"]
# Languages in the order of ZbLang (ext/lang.h): a row's lang is its index.
LANGS = ["und", "fa", "ar", "en", "fr"]
# Alias flags (ZB_GZA_* in ext/gazetteer.h); ZB_GZA_ONLY(lang) is 0x08 << lang.
FLAG_SHORT, FLAG_ACRONYM, FLAG_AMBIGUOUS = 0x01, 0x02, 0x04
FLAG_ONLY = {lang: 0x08 << LANGS.index(lang) for lang in LANGS[1:]}
# Given-name flags (ZB_GZN_* in ext/gazetteer.h).
NAME_FLAGS = {"-": 0, "word": 0x01, "word-ar": 0x02, "word-fa": 0x04, "prefix": 0x08}
# Title kinds (ZbGzTitleRow.honorific): an office (وزیر، Minister) or an
# honorific that a name follows at once (آقای، Dr, Sheikh).
TITLE_KINDS = ["office", "honorific"]


def read_tsv(path, header):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0].split("\t") != header:
        sys.exit(f"{path}: header must be {header}")
    for number, line in enumerate(lines[1:], start=2):
        if not line:
            continue
        fields = line.split("\t")
        if len(fields) != len(header):
            sys.exit(f"{path}:{number}: {len(fields)} fields, expected {len(header)}")
        yield fields


def alias_flags(note):
    """Flags from the tags that open a note ('short; acronym; ...')."""
    flags = 0
    for tag in (t.strip() for t in note.split(";")):
        if tag == "short":
            flags |= FLAG_SHORT
        elif tag == "acronym":
            flags |= FLAG_ACRONYM
        elif tag.startswith("ambiguous"):
            flags |= FLAG_AMBIGUOUS
        elif len(tag) > 7 and tag[2:7] == " only" and tag[:2] in FLAG_ONLY:
            flags |= FLAG_ONLY[tag[:2]]
    return flags


class Pool:
    """Every string once, NUL-terminated; offsets into one char array."""

    def __init__(self):
        self.offsets = {}
        self.parts = []
        self.size = 0

    def add(self, s):
        if s not in self.offsets:
            self.offsets[s] = self.size
            self.parts.append(s)
            self.size += len(s.encode("utf-8")) + 1
        return self.offsets[s]


def c_string(s):
    out = []
    for b in s.encode("utf-8"):
        if b in (0x22, 0x5C):
            out.append("\\" + chr(b))
        elif 0x20 <= b < 0x7F and b != 0x3F:   # no ?? trigraphs
            out.append(chr(b))
        else:
            out.append(f"\\{b:03o}")
    return '"' + "".join(out) + '\\0"'


def build():
    pool = Pool()
    entities, entity_index, aliases = [], {}, []
    files = sorted(glob.glob(os.path.join(ROOT, "sql", "gazetteer", "*.tsv")))
    for path in files:
        for entity, kind, name, alias, lang, note in read_tsv(
                path, ["entity", "kind", "name", "alias", "lang", "note"]):
            if kind not in KINDS or lang not in LANGS:
                sys.exit(f"{path}: bad kind or lang in row for {alias!r} (run tools/check_gazetteer.py)")
            key = (entity, kind)
            if key not in entity_index:
                entity_index[key] = len(entities)
                entities.append((pool.add(entity), pool.add(name), KINDS.index(kind), entity))
            aliases.append((entity_index[key], pool.add(alias), LANGS.index(lang), alias_flags(note)))
    names = []
    for name, lang, flags, _ in read_tsv(os.path.join(ROOT, "sql", "entity_rules", "given_names.tsv"),
                                         ["name", "lang", "flags", "note"]):
        value = 0
        for f in flags.split(","):
            if f not in NAME_FLAGS:
                sys.exit(f"given_names.tsv: unknown flag {f!r} for {name!r}")
            value |= NAME_FLAGS[f]
        names.append((pool.add(name), LANGS.index(lang), value))
    titles = []
    for title, lang, kind, _ in read_tsv(os.path.join(ROOT, "sql", "entity_rules", "titles.tsv"),
                                         ["title", "lang", "kind", "note"]):
        if kind not in TITLE_KINDS:
            sys.exit(f"titles.tsv: kind of {title!r} must be one of {TITLE_KINDS}")
        titles.append((pool.add(title), LANGS.index(lang), TITLE_KINDS.index(kind)))
    return pool, entities, aliases, names, titles, files


def render(pool, entities, aliases, names, titles, files):
    rel = [os.path.relpath(f, ROOT) for f in files]
    out = ["/*",
           "** gazetteer_data.c — the embedded default gazetteer.  GENERATED by",
           "** tools/gen_gazetteer.py from " + ", ".join(rel) + ",",
           "** sql/entity_rules/given_names.tsv and sql/entity_rules/titles.tsv:",
           "** do not edit; edit the TSV files and run the generator.",
           f"** {len(entities)} entities, {len(aliases)} aliases, {len(names)} given names, "
           f"{len(titles)} titles.",
           "*/",
           '#include "gazetteer.h"',
           "",
           "const char zb_gz_pool[] ="]
    out += ["  " + c_string(s) for s in pool.parts]
    out[-1] += ";"
    out += ["", f"const ZbGzEntityRow zb_gz_entity_rows[{len(entities)}] = {{"]
    out += [f"  {{ {i}, {n}, {k} }},  /* {e} */" for i, n, k, e in entities]
    out += ["};", "", f"const ZbGzAliasRow zb_gz_alias_rows[{len(aliases)}] = {{"]
    out += [f"  {{ {e}, {a}, {l}, {f} }}," for e, a, l, f in aliases]
    out += ["};", "", f"const ZbGzNameRow zb_gz_name_rows[{len(names)}] = {{"]
    out += [f"  {{ {n}, {l}, {f} }}," for n, l, f in names]
    out += ["};", "", f"const ZbGzTitleRow zb_gz_title_rows[{len(titles)}] = {{"]
    out += [f"  {{ {t}, {l}, {k} }}," for t, l, k in titles]
    out += ["};", "",
            f"const int zb_gz_n_entity_rows = {len(entities)};",
            f"const int zb_gz_n_alias_rows = {len(aliases)};",
            f"const int zb_gz_n_name_rows = {len(names)};",
            f"const int zb_gz_n_title_rows = {len(titles)};", ""]
    return "\n".join(out)


def main(argv):
    text = render(*build())
    if "--check" in argv:
        current = open(OUT, encoding="utf-8").read() if os.path.exists(OUT) else ""
        if current != text:
            print("gen_gazetteer: ext/gazetteer_data.c is stale; run tools/gen_gazetteer.py")
            return 1
        print("gen_gazetteer: ext/gazetteer_data.c is up to date")
        return 0
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"gen_gazetteer: wrote {os.path.relpath(OUT, ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
