"""test_gazetteer_data.py — the curated gazetteer data is valid
(tools/check_gazetteer.py on sql/gazetteer/*.tsv) and the compiled-in copy
is up to date (tools/gen_gazetteer.py --check regenerates ext/gazetteer_data.c
in memory and compares).  Usage: python3 test_gazetteer_data.py dist/zaban"""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
failures = []
for tool in (["tools/check_gazetteer.py", "-q"], ["tools/gen_gazetteer.py", "--check"]):
    run = subprocess.run([sys.executable] + tool, cwd=ROOT, capture_output=True, text=True)
    if run.returncode != 0:
        failures.append(f"{' '.join(tool)} failed:\n{run.stdout[-3000:]}{run.stderr[-2000:]}")
if failures:
    print("\n".join(failures))
    sys.exit(1)
print("gazetteer data: checked, ext/gazetteer_data.c up to date")
