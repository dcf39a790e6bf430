"""test_entities_threads.py — entities() in eight threads with their own
connections at once: the default gazetteer is built once (whichever thread
comes first), each connection keeps its own user gazetteer, and every
thread gets the answers a single connection gets.
Usage: python3 test_entities_threads.py dist/zaban"""
import sys
import threading

from zabantest import connect
TEXTS = [
    "Iranian Foreign Minister Hossein Amir Abdollahian met Hussein Ibrahim Taha (OIC). Taha said 57 states.",
    "وزیر امور خارجه جمهوری اسلامی ایران با فؤاد حسین همتای عراقی گفت‌وگو کرد و سیصد و پنجاه نفر حضور داشتند.",
    "أجرى وزير الخارجية الإيراني حسين أمير عبد اللهيان اتصالا بنظيره الكويتي في ثلاثة آلاف موقع.",
    "Le ministre, Karim Benali, a reçu l'Organisation de la coopération islamique à Djeddah: 2,5 millions d'euros.",
]
SQL = "SELECT kind, start, end, entity, value, source FROM entities(?)"


failures = []
barrier = threading.Barrier(8)
results = {}


def work(k):
    conn = connect()
    # each connection its own user row, naming a different entity
    conn.execute("CREATE TABLE zaban_gazetteer(entity, kind, name, alias, lang)")
    conn.execute("INSERT INTO zaban_gazetteer VALUES (?, 'person', 'Jane Roe', 'Jane Roe', 'en')",
                 (f"person:jane-roe-{k}",))
    barrier.wait()                 # all at once: they race to build the default gazetteer
    got = []
    for _ in range(20):
        got.append([conn.execute(SQL, (text,)).fetchall() for text in TEXTS])
        mine = conn.execute("SELECT entity FROM entities('Jane Roe')").fetchall()
        if mine != [(f"person:jane-roe-{k}",)]:
            failures.append(f"thread {k}: user gazetteer gave {mine}")
    results[k] = got


threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
reference = connect()
expected = [reference.execute(SQL, (t,)).fetchall() for t in TEXTS]
if not all(expected):
    failures.append("the reference found nothing")
for k, rounds in sorted(results.items()):
    for r in rounds:
        if r != expected:
            failures.append(f"thread {k}: {r} != {expected}")
            break
if len(results) != 8:
    failures.append(f"only {len(results)} threads finished")
if failures:
    print("\n".join(failures[:20]))
    sys.exit(1)
print("entities threads: 8 threads, answers identical")
