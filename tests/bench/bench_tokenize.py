"""bench_tokenize.py — the cost of the `zaban` FTS5 tokenizer and of tokens()
over the 20 MB mixed-language corpus, as ratios to SQLite's own unicode61
tokenizer (index build; queries side by side) and json_each() (a table-valued
function emitting one row per word) in the same run."""
import json
import time
from benchlib import connect, corpus, timed, report

conn = connect()
nbytes = corpus(conn, 20)
mb = nbytes / (1024 * 1024)
nrows = conn.execute("SELECT count(*) FROM corpus").fetchone()[0]

TOKENIZERS = [("unicode61", "unicode61"), ("zaban", "zaban"), ("zaban stem 1", "zaban stem 1")]


def build(name, tokenize, repeat=3):
    """Best time of creating an FTS5 table and indexing the corpus."""
    best = None
    for _ in range(repeat):
        conn.execute(f"DROP TABLE IF EXISTS {name}")
        conn.execute(f"CREATE VIRTUAL TABLE {name} USING fts5(body, tokenize = '{tokenize}')")
        t = time.perf_counter()
        conn.execute(f"INSERT INTO {name}(rowid, body) SELECT rowid, body FROM corpus")
        conn.commit()
        dt = time.perf_counter() - t
        best = dt if best is None else min(best, dt)
    return best


rows = []
times = {}
for i, (label, tokenize) in enumerate(TOKENIZERS):
    name = f"fts{i}"
    times[label] = build(name, tokenize)
    rows.append((f"tokenize = '{label}'", f"{times[label]:.2f}", f"{mb / times[label]:.1f}",
                 f"{times[label] / times['unicode61']:.2f}"))
report(f"FTS5 index build, {mb:.1f} MB, {nrows} rows", ["tokenizer", "seconds", "MB/s", "× unicode61"], rows)

# A built-in table-valued function as the reference for tokens(): json_each()
# over the same rows, split at spaces beforehand into JSON arrays.
conn.create_function("words_json", 1, lambda s: json.dumps(s.split(), ensure_ascii=False))
conn.execute("CREATE TABLE corpus_words AS SELECT words_json(body) AS j FROM corpus")
base = timed(conn, "SELECT count(*) FROM corpus_words, json_each(corpus_words.j)")
rows = [("json_each(words)", f"{mb / base:.0f}", "1.00")]
for label, sql in [
    ("tokens(body)", "SELECT count(*) FROM corpus, tokens(corpus.body)"),
    ("tokens(body, 'stem=1')", "SELECT count(*) FROM corpus, tokens(corpus.body, 'stem=1')"),
]:
    t = timed(conn, sql)
    rows.append((label, f"{mb / t:.0f}", f"{t / base:.2f}"))
report("tokens() scan (MB/s of corpus text)", ["table-valued function", "MB/s", "× json_each()"], rows)

QUERIES = ["گفت‌وگو", "گفت*", "همكاري", "رایزنی", "۱۴۰۰", "telephonique", "Abdollahian",
           '"coopération islamique"']


def best_ms(sql, q, repeat=5):
    best = None
    for _ in range(repeat):
        t = time.perf_counter()
        rows = conn.execute(sql, (q,)).fetchall()
        dt = time.perf_counter() - t
        best = dt if best is None else min(best, dt)
    return rows, best * 1000


for title, sql_of in [
    ("Query latency: SELECT count(*) … MATCH ? (hits, best of 5)",
     lambda t: f"SELECT count(*) FROM {t} WHERE {t} MATCH ?"),
    ("Query latency: the 10 best hits with snippet() (ORDER BY rank LIMIT 10)",
     lambda t: f"SELECT rowid, snippet({t}, 0, '[', ']', '…', 8) FROM {t} WHERE {t} MATCH ? "
               f"ORDER BY rank LIMIT 10"),
]:
    rows = []
    for q in QUERIES:
        cells = [q]
        for i in range(len(TOKENIZERS)):
            result, ms = best_ms(sql_of(f"fts{i}"), q)
            cells.append(f"{result[0][0]} hits, {ms:.1f} ms" if "count" in title else f"{ms:.1f} ms")
        rows.append(cells)
    report(title, ["query"] + [f"tokenize = '{t}'" for t, _ in TOKENIZERS], rows)
