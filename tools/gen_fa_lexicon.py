#!/usr/bin/python3
"""gen_fa_lexicon.py — builds ext/fa_lexicon_data.c, the Persian lexicon that
ext/fa_lexicon.c restores ZWNJ with, from Hazm's word and verb lists.

    /usr/bin/python3 tools/gen_fa_lexicon.py [--hazm DIR] [--out FILE]

DIR defaults to ../shared/data/hazm (words.dat, verbs.dat, stopwords.dat and
LICENSE, MIT), FILE to ext/fa_lexicon_data.c.  Standard library only; the
output is deterministic, so rerunning it on the same input changes nothing.

What is derived (every key is a word spelled without ZWNJ):
  - the good words of words.dat: those with a frequency or a part-of-speech
    tag (about 158,000 entries have neither and are noise, e.g. the joined
    verb form نمیشود, which must not count as a word);
  - compounds: entries written with ZWNJ (گفت‌وگو), keyed by their spelling
    without it, with the letter positions a ZWNJ follows;
  - verb stems from verbs.dat (past#present), keeping only verbs that the
    word list attests (infinitive, participle, agent noun ...), so that
    archaic stems do not turn names into verb forms; past participles;
  - whether a final ه is silent (خانه: خانگی, خانه‌ای) or pronounced (راه,
    گروه: گروهی), which decides the ZWNJ before ای, ی, ام ...;
  - adjectives that take تر (tagged adverb too, or listed with ‌تر);
  - which compounds may be joined across a space: tagged, with a frequency,
    and no part a stopword (یک نفس stays two words).

The table: each key's 64-bit hash (fa_hash below, the same in C) picks a
bucket by its top BUCKET_BITS bits; an entry stores the next 32 bits as a
fingerprint, then 12 bits of flags and a 20-bit ZWNJ position mask.  The
generator checks that no two strings of the whole word list, their inflected
forms and the verb conjugations share bucket and fingerprint, so a lookup
never mistakes one word for another.  Two filters of the compounds (by
their first two letters, last two and length, then a Bloom filter) let most
words skip the table, and a filter of the letters around compounds' ZWNJs
and the lengths of the parts most pairs of words written apart.
"""
import argparse
import os
import sys

ZWNJ = '\u200c'
MASK64 = (1 << 64) - 1
BUCKET_BITS = 13
BLOOM_BITS = 17                # a Bloom filter of the compounds: 2^17 bits
BLOOM_PROBES = 3
PAIR_BITS = 17                 # a filter of the letters around compounds' ZWNJs
SHAPE_BITS = 16                # a filter of the compounds' shapes (ends, length)
MASK_BITS = 20                 # ZWNJ positions a compound can have
MAX_LETTERS = 32               # longest key fa_lexicon.c looks up

# Flags; keep in step with the FA_* flags of ext/fa_lexicon.c.
GOOD = 0x001        # the spelling without ZWNJ is a word
NOUN = 0x002
ADJ = 0x004
COMPOUND = 0x008    # a spelling with ZWNJ exists: the mask says where
JOINABLE = 0x010    # that compound may be joined across a space
PAST = 0x020        # past stem of a verb
PRESENT = 0x040     # present stem of a verb
SILENT_H = 0x080    # ends in a silent ه (خانه)
SPOKEN_H = 0x100    # ends in a pronounced ه (راه, گروه)
PARTICIPLE = 0x400  # past participle (past stem + ه)
GRADABLE = 0x800    # an adjective that takes تر, ترین (بزرگ, not فیل: فیلتر)

# Letters of normalized Persian text (Persian ی ک; hamza forms kept), and
# those that do not join the letter after them: a ZWNJ after them is void.
LETTERS = set('ءآأؤإئابةتثجحخدذرزسشصضطظعغفقلمنهوپچژکگی')
NON_JOINING = set('ءآأؤإاةدذرزژو')
# Arabic letter forms mapped, marks dropped, as fa_normalize() does first.
CHAR_MAP = {ord('ي'): 'ی', ord('ى'): 'ی', ord('ك'): 'ک', 0x0640: None,
            0x200D: None, 0x0670: None}
CHAR_MAP.update({c: None for c in range(0x064B, 0x0653)})

# Verb endings (see fa_lexicon.c): past takes the first six, present all but
# the empty one; present stems ending in a vowel also take the y-forms.
PAST_ENDINGS = ['', 'م', 'ی', 'یم', 'ید', 'ند']
PRESENT_ENDINGS = ['م', 'ی', 'د', 'یم', 'ید', 'ند']
VOWEL_ENDINGS = ['یم', 'یی', 'ید', 'ییم', 'یید', 'یند']
# Suffixes, only to check the hash table against inflected forms.
SUFFIXES = ['ها', 'های', 'هایی', 'هایم', 'هایت', 'هایش', 'هایمان', 'هایتان',
            'هایشان', 'تر', 'ترین', 'تری', 'ای', 'ام', 'ات', 'اش', 'ایم',
            'اید', 'اند', 'ی', 'یی', 'ان', 'ین', 'م', 'ت', 'ش', 'مان', 'تان',
            'شان', 'یم', 'ید', 'ند']

HASH_SEED = 0x5A4241E2F1A2C3D4
K1 = 0xBF58476D1CE4E5B9
K2 = 0x94D049BB133111EB
GOLDEN = 0x9E3779B97F4A7C15


def fa_hash(key):
    """64-bit hash of a key's UTF-8 bytes; fa_hash() in fa_lexicon.c."""
    b = key.encode('utf-8')
    n = len(b)
    h = HASH_SEED ^ ((n * GOLDEN) & MASK64)
    for i in range(0, n, 8):
        w = int.from_bytes(b[i:i + 8], 'little')
        h = ((h ^ w) * K1) & MASK64
    h ^= h >> 32
    h = (h * K2) & MASK64
    h ^= h >> 29
    return h


def slot(key):
    """(bucket, fingerprint) of a key, as fa_lookup() computes them."""
    h = fa_hash(key)
    return h >> (64 - BUCKET_BITS), (h >> (32 - BUCKET_BITS)) & 0xFFFFFFFF


def bloom_bits(key):
    """The bits of the compound filter a key sets; fa_maybe_compound()."""
    h = fa_hash(key)
    return [(h >> (BLOOM_BITS * i)) & ((1 << BLOOM_BITS) - 1) for i in range(BLOOM_PROBES)]


def pair_bit(key, i):
    """The bit of the pair filter for the ZWNJ after letter i of a
    compound's key: the four letters around it (two before it, two after)
    and the lengths of the two parts; fa_maybe_pair() in fa_lexicon.c."""
    w = int.from_bytes(key[i - 1:i + 3].encode('utf-8'), 'little')
    lengths = (((i + 1) << 8 | (len(key) - i - 1)) * GOLDEN) & MASK64
    return (((w ^ lengths) * K1) & MASK64) >> (64 - PAIR_BITS)


def shape_bit(key):
    """The bit of the shape filter for a key of three letters or more: its
    first two letters, its last two and its length; fa_maybe_shape() in
    fa_lexicon.c."""
    w = int.from_bytes(key[:2].encode('utf-8'), 'little') \
        | int.from_bytes(key[-2:].encode('utf-8'), 'little') << 32
    return (((w ^ (len(key) * GOLDEN)) * K1) & MASK64) >> (64 - SHAPE_BITS)


def may_join_at(lex, key, flags, i):
    """Whether fa_join_compound() may join the compound written apart
    after its letter i: a joinable compound, or one whose rest is no word
    alone, and never before a participle."""
    rest = lex.flags(key[i + 1:])
    return (not rest & PARTICIPLE) and bool(flags & JOINABLE or not rest & (GOOD | COMPOUND))


def normalize(word):
    """The word as fa_normalize() spells it, ZWNJ cleaned up, or None if it
    has characters the lexicon does not handle."""
    w = word.strip().translate(CHAR_MAP)
    parts = [p for p in w.split(ZWNJ) if p]
    if not parts or any(c not in LETTERS for p in parts for c in p):
        return None
    out = parts[0]
    for p in parts[1:]:
        out += p if out[-1] in NON_JOINING else ZWNJ + p
    return out


def zwnj_mask(word):
    """Bit i set when a ZWNJ follows the i-th letter of the key."""
    mask, i = 0, 0
    for c in word:
        if c == ZWNJ:
            mask |= 1 << (i - 1)
        else:
            i += 1
    return mask


class Lexicon:
    def __init__(self):
        self.entries = {}     # key -> [flags, mask]
        self.words = {}       # spelling -> (freq, tags): good words, and
                              # untagged compounds with tags None
        self.spellings = set()   # every entry of words.dat, without ZWNJ

    def add(self, key, flags, mask=0):
        e = self.entries.setdefault(key, [0, 0])
        e[0] |= flags
        if mask:
            e[1] = mask

    def flags(self, key):
        return self.entries.get(key, [0, 0])[0]


def tag_flags(tags):
    return (NOUN if 'N' in tags else 0) | (ADJ if 'AJ' in tags else 0)


def mark_gradable(lex):
    """GRADABLE for adjectives that Hazm also tags as adverbs (بزرگ, سخت) or
    lists with a comparative (بزرگ‌تر): nearly every word is tagged N,AJ, and
    فیل, لوس, مس + تر are فیلتر, لوستر, مستر."""
    compared = set(w.rsplit(ZWNJ, 1)[0].replace(ZWNJ, '') for w in lex.words
                   if w.endswith(ZWNJ + 'تر') or w.endswith(ZWNJ + 'ترین'))
    for w, (_, tags) in lex.words.items():
        key = w.replace(ZWNJ, '')
        if tags and 'AJ' in tags and ('ADV' in tags or key in compared) and key in lex.entries:
            lex.add(key, GRADABLE)


def read_words(path, lex):
    """Fills lex.words with the good entries and lex.spellings with all."""
    with open(path, encoding='utf-8') as f:
        for line in f:
            fields = line.rstrip('\n').split('\t')
            if len(fields) != 3:
                continue
            w = normalize(fields[0])
            if w is None:
                continue
            lex.spellings.add(w.replace(ZWNJ, ''))
            freq = int(fields[1]) if fields[1].isdigit() else 0
            tags = set(t for t in fields[2].split(',') if t and t != '0')
            if freq > 0 or tags:
                old_freq, old_tags = lex.words.get(w, (0, None))
                lex.words[w] = (max(freq, old_freq), (old_tags or set()) | tags)
            elif ZWNJ in w:
                lex.words.setdefault(w, (0, None))   # a compound to judge below


def read_stopwords(path):
    with open(path, encoding='utf-8') as f:
        return set(w for w in (normalize(l) for l in f if '_' not in l) if w)


def add_words(lex, stop):
    good = set(w for w, (_, t) in lex.words.items() if t is not None and ZWNJ not in w)
    compounds = {}
    for w, (freq, tags) in sorted(lex.words.items()):
        key = w.replace(ZWNJ, '')
        if len(key) > MAX_LETTERS:
            continue
        if ZWNJ not in w:
            if tags is not None:
                lex.add(key, GOOD | tag_flags(tags))
            continue
        parts = w.split(ZWNJ)
        if tags is None and not all(p in good for p in parts):
            continue          # an untagged compound counts if its parts are words
        mask = zwnj_mask(w)
        if mask >> MASK_BITS:
            continue
        rank = (tags is not None, freq, w)
        if key in compounds and compounds[key][0] > rank:
            continue
        joinable = (tags is not None and freq > 0
                    and not any(p in stop for p in parts))
        compounds[key] = (rank, mask, tag_flags(tags or ()) | (JOINABLE if joinable else 0))
    for key, (_, mask, flags) in compounds.items():
        if not reads_as_plural(key, mask, good, lex.spellings):
            lex.add(key, COMPOUND | flags, mask)


def reads_as_plural(key, mask, good, spellings):
    """True if the compound's letters also read as the plural of a word
    whose plural the list attests: حرفه‌ای is also حرف‌های (حرفها is in
    words.dat), so حرفهای is left to the reader; منطقه‌ای is kept."""
    for s in ('ها', 'های', 'هایی'):
        base = key[:-len(s)]
        if (key.endswith(s) and base in good and base + 'ها' in spellings
                and not mask >> (len(base) - 1) & 1):
            return True
    return False


def read_verbs(path, lex):
    """Adds the stems of the verbs the word list attests; returns all pairs
    (for the collision check)."""
    pairs = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            if '#' not in line:
                continue
            past, present = (normalize(s) for s in line.strip().split('#', 1))
            if past and present and ZWNJ not in past + present:
                pairs.append((past, present))
    good = lex.words
    for past, present in pairs:
        attested = [past + 'ن', past + 'ه', 'ن' + past + 'ه', past + 'نی',
                    present + 'نده', present + 'ش']
        if past.startswith('می') or not any(a in good for a in attested):
            continue
        lex.add(past, PAST)
        if past + 'ستان' in lex.words or past + 'ی' in lex.words:
            lex.add(past, GOOD | NOUN)   # also a noun (کرد: کردستان, کردی)
        lex.add(present, PRESENT)
        lex.add(past + 'ه', PARTICIPLE | SILENT_H)
    return pairs


def mark_final_h(lex):
    """SILENT_H / SPOKEN_H for good words ending in ه."""
    for key, e in lex.entries.items():
        if not key.endswith('ه') or not e[0] & (GOOD | COMPOUND):
            continue
        stem = key[:-1]
        spoken = key.endswith('اه') or lex.flags(key + 'ی') & GOOD
        silent = (lex.flags(stem + 'گی') & GOOD or lex.flags(stem + 'گان') & GOOD
                  or key + ZWNJ + 'ای' in lex.words)
        if spoken:
            e[0] = (e[0] | SPOKEN_H) & ~SILENT_H
        elif silent:
            e[0] |= SILENT_H


def conjugations(pairs):
    for past, present in pairs:
        for e in PAST_ENDINGS:
            yield past + e
        for e in PRESENT_ENDINGS + (VOWEL_ENDINGS if present[-1] in 'او' else []):
            yield present + e
        yield past + 'ه'


def check_collisions(lex, pairs):
    """Fails if two different strings the lookups may meet share a slot."""
    slots = {}
    for key in lex.entries:
        s = slot(key)
        if s in slots:
            sys.exit('gen_fa_lexicon: %s and %s collide; change HASH_SEED' % (key, slots[s]))
        slots[s] = key
    universe = set(lex.spellings)
    for form in conjugations(pairs):
        universe.update((form, 'می' + form, 'نمی' + form, 'ن' + form))
    for key, e in list(lex.entries.items()):
        if e[0] & (GOOD | COMPOUND):
            universe.update(key + s for s in SUFFIXES)
    for w in universe:
        if w != slots.get(slot(w), w):
            sys.exit('gen_fa_lexicon: %s collides with %s; change HASH_SEED' % (w, slots[slot(w)]))
    return len(universe)


def license_comment(path):
    with open(path, encoding='utf-8') as f:
        return ''.join('**   ' + l.rstrip() + '\n' if l.strip() else '**\n' for l in f)


def bitmap_c(name, comment, words):
    """A bitmap as a C array of 64-bit words, with its comment."""
    out = ['\n/* %s */\nstatic const uint64_t %s[%d] = {\n' % (comment, name, len(words))]
    for i in range(0, len(words), 4):
        out.append('  ' + ','.join('0x%016x' % w for w in words[i:i + 4]) + ',\n')
    out.append('};\n')
    return ''.join(out)


def write_c(path, lex, license_text, n_checked):
    rows = []
    for key, (flags, mask) in lex.entries.items():
        bucket, fp = slot(key)
        rows.append((bucket, fp, (fp << 32) | (flags << MASK_BITS) | mask))
    rows.sort()
    starts = [0] * ((1 << BUCKET_BITS) + 1)
    for bucket, _, _ in rows:
        starts[bucket + 1] += 1
    for i in range(1, len(starts)):
        starts[i] += starts[i - 1]
    index_type = 'uint16_t' if len(rows) < 65536 else 'uint32_t'
    bloom = [0] * ((1 << BLOOM_BITS) // 64)
    pairs = [0] * ((1 << PAIR_BITS) // 64)
    shapes = [0] * ((1 << SHAPE_BITS) // 64)
    for key, (flags, mask) in lex.entries.items():
        if flags & COMPOUND:
            assert len(key) >= 3, key
            for b in bloom_bits(key):
                bloom[b >> 6] |= 1 << (b & 63)
            b = shape_bit(key)
            shapes[b >> 6] |= 1 << (b & 63)
            for i in range(1, len(key) - 2):
                if mask >> i & 1 and may_join_at(lex, key, flags, i):
                    b = pair_bit(key, i)
                    pairs[b >> 6] |= 1 << (b & 63)
    out = []
    out.append('''/*
** fa_lexicon_data.c — GENERATED by tools/gen_fa_lexicon.py; do not edit.
**
** The Persian lexicon of fa_lexicon.c (which #includes this file): %d keys
** (words, compounds, verb stems, participles) derived from the word and verb
** lists of Hazm (https://github.com/roshan-research/hazm), checked against
** %d spellings and inflected forms for hash collisions.  Layout and flags
** are described in tools/gen_fa_lexicon.py.
**
** Hazm's licence, under which its lists are used:
**
%s*/
#define FA_BUCKET_BITS %d
#define FA_MASK_BITS %d
#define FA_HASH_SEED 0x%016XULL
#define FA_MAX_LETTERS %d
#define FA_BLOOM_BITS %d
#define FA_BLOOM_PROBES %d
#define FA_PAIR_BITS %d
#define FA_SHAPE_BITS %d

/* faBucket[b] .. faBucket[b+1]-1: the entries of bucket b. */
static const %s faBucket[%d] = {
''' % (len(rows), n_checked, license_text, BUCKET_BITS, MASK_BITS, HASH_SEED,
       MAX_LETTERS, BLOOM_BITS, BLOOM_PROBES, PAIR_BITS, SHAPE_BITS, index_type, len(starts)))
    for i in range(0, len(starts), 12):
        out.append('  ' + ','.join(str(s) for s in starts[i:i + 12]) + ',\n')
    out.append('};\n\n/* fingerprint << 32 | flags << %d | ZWNJ mask, sorted by bucket and'
               ' fingerprint. */\nstatic const uint64_t faEntry[%d] = {\n'
               % (MASK_BITS, len(rows)))
    for i in range(0, len(rows), 4):
        out.append('  ' + ','.join('0x%016x' % r[2] for r in rows[i:i + 4]) + ',\n')
    out.append('};\n')
    out.append(bitmap_c('faCompoundShape', "The shapes of the compounds' keys (shape_bit()): most\n"
                        '** words skip the Bloom filter\'s hash.', shapes))
    out.append(bitmap_c('faCompoundBloom', "A Bloom filter of the compounds' keys: most words skip"
                        ' the table.', bloom))
    out.append(bitmap_c('faCompoundPair', 'The letters around the ZWNJs of compounds (pair_bit()):'
                        ' most pairs of\n** words written apart skip the table.', pairs))
    with open(path, 'w', encoding='utf-8') as f:
        f.write(''.join(out))
    return len(rows)


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--hazm', default=os.path.join(root, '..', 'shared', 'data', 'hazm'))
    ap.add_argument('--out', default=os.path.join(root, 'ext', 'fa_lexicon_data.c'))
    args = ap.parse_args()
    lex = Lexicon()
    read_words(os.path.join(args.hazm, 'words.dat'), lex)
    stop = read_stopwords(os.path.join(args.hazm, 'stopwords.dat'))
    add_words(lex, stop)
    pairs = read_verbs(os.path.join(args.hazm, 'verbs.dat'), lex)
    mark_final_h(lex)
    mark_gradable(lex)
    n_checked = check_collisions(lex, pairs)
    n = write_c(args.out, lex, license_comment(os.path.join(args.hazm, 'LICENSE')), n_checked)
    print('gen_fa_lexicon: %d keys, %d strings checked, wrote %s' % (n, n_checked, args.out))


if __name__ == '__main__':
    main()
