"""test_entities_annotated.py — precision and recall of entities() on the
hand-annotated texts of tests/annotated/ (README there: format and rules):
the development set (tests/annotated/*.txt, which the rules were tuned on)
and the held-out set (tests/annotated/heldout/*.txt, written before it was
first run and scored as it came out).

Each paragraph is one document.  A predicted mention counts as correct when a
gold mention has the same kind and the same span (exact), or the same kind and
an overlapping span (overlap, reported too).  Dates and times are not scored.
For gold mentions that give an entity id, the test also counts how often the
prediction (same kind, overlapping) carries that id.

Prints the table of the Quality section of docs/entities.md, and
fails if precision or recall falls below the floors at the end (set a little
under the measured figures, so that a regression fails the test).  `--verbose` lists every error.
Usage: python3 test_entities_annotated.py dist/zaban [--verbose]"""
import collections
import glob
import os
import re
import sys

from zabantest import ROOT, connect

VERBOSE = "--verbose" in sys.argv
ANNOTATION = re.compile(r"\[([^\[\]]+)\]\{([a-z]+)(?:\|([^{}]+))?\}")
NAMED = ("person", "org", "place", "facility", "event", "demonym")
NUMERIC = ("number", "money", "percent")
NOT_SCORED = ("date", "time")


def parse(paragraph):
    """The plain text and the gold mentions (start, end, kind, entity)."""
    text, gold, pos = [], [], 0
    for m in ANNOTATION.finditer(paragraph):
        text.append(paragraph[pos:m.start()])
        start = sum(len(t) for t in text)
        text.append(m.group(1))
        gold.append((start, start + len(m.group(1)), m.group(2), m.group(3)))
        pos = m.end()
    text.append(paragraph[pos:])
    return "".join(text), gold


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def main():
    conn = connect()
    stats = collections.defaultdict(collections.Counter)
    errors = []
    paths = [("dev", p) for p in sorted(glob.glob(os.path.join(ROOT, "tests", "annotated", "*.txt")))]
    paths += [("held-out", p) for p in sorted(glob.glob(os.path.join(ROOT, "tests", "annotated", "heldout", "*.txt")))]
    for subset, path in paths:
        lang = subset + " " + os.path.basename(path)[:-4]
        for paragraph in open(path, encoding="utf-8").read().split("\n\n"):
            if not paragraph.strip():
                continue
            text, gold = parse(paragraph.strip())
            pred = [(s, e, k, ent) for k, s, e, ent in conn.execute(
                "SELECT kind, start, end, entity FROM entities(?)", (text,)) if k not in NOT_SCORED]
            score(lang, text, gold, pred, stats, errors)
    report(stats)
    if VERBOSE:
        print("\n".join(errors))
    return check(stats)


def score(lang, text, gold, pred, stats, errors):
    for group, kinds in (("named", NAMED), ("numeric", NUMERIC)):
        g = [x for x in gold if x[2] in kinds]
        p = [x for x in pred if x[2] in kinds]
        for key in (f"{group} {lang.split()[0]}", f"{group} {lang}"):
            s = stats[key]
            s["gold"] += len(g)
            s["pred"] += len(p)
            s["exact"] += sum(1 for x in p if any(x[:3] == y[:3] for y in g))
            s["overlap_p"] += sum(1 for x in p if any(x[2] == y[2] and overlaps(x, y) for y in g))
            s["exact_r"] += sum(1 for y in g if any(x[:3] == y[:3] for x in p))
            s["overlap_r"] += sum(1 for y in g if any(x[2] == y[2] and overlaps(x, y) for x in p))
            for y in g:
                if y[3]:
                    s["linked_gold"] += 1
                    s["linked"] += any(x[2] == y[2] and overlaps(x, y) and x[3] == y[3] for x in p)
        for x in p:
            if not any(x[:3] == y[:3] for y in g):
                errors.append(f"{lang} FP {x[2]} {text[x[0]:x[1]]!r} ({x[3]})")
        for y in g:
            if not any(x[:3] == y[:3] for x in p):
                errors.append(f"{lang} FN {y[2]} {text[y[0]:y[1]]!r}")
            elif y[3] and not any(x[2] == y[2] and overlaps(x, y) and x[3] == y[3] for x in p):
                got = [x[3] for x in p if x[2] == y[2] and overlaps(x, y)]
                errors.append(f"{lang} ID {y[2]} {text[y[0]:y[1]]!r}: {got} instead of {y[3]}")


def ratio(a, b):
    return a / b if b else 1.0


def report(stats):
    print("| set | gold | found | precision | recall | precision (overlap) | recall (overlap) | ids right |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for key in sorted(stats, key=lambda k: (k.split()[0], k.split()[1], len(k), k)):
        s = stats[key]
        print(f"| {key} | {s['gold']} | {s['pred']} | {ratio(s['exact'], s['pred']):.3f} | "
              f"{ratio(s['exact_r'], s['gold']):.3f} | {ratio(s['overlap_p'], s['pred']):.3f} | "
              f"{ratio(s['overlap_r'], s['gold']):.3f} | "
              f"{s['linked']}/{s['linked_gold']} |")


# Floors: a little under the figures of the Quality table of docs/entities.md.
FLOORS = {"named dev": (0.97, 0.95), "numeric dev": (0.97, 0.95),
          "named held-out": (0.90, 0.75), "numeric held-out": (0.85, 0.75)}


def check(stats):
    failures = []
    for key, (p_min, r_min) in FLOORS.items():
        s = stats[key]
        p, r = ratio(s["exact"], s["pred"]), ratio(s["exact_r"], s["gold"])
        if p < p_min or r < r_min:
            failures.append(f"{key}: precision {p:.3f} (floor {p_min}), recall {r:.3f} (floor {r_min})")
        if key.endswith("dev") and s["linked"] + 1 < s["linked_gold"]:
            failures.append(f"{key}: {s['linked_gold'] - s['linked']} known entities got a wrong id")
    if failures:
        print("\n".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
