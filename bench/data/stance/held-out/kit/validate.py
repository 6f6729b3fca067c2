"""Validate a stance batch: python validate.py FILE FIRST_ID LAST_ID (ids as 5561 or dev-5561)"""
import json, sys, datetime as dt
from collections import Counter
if len(sys.argv) != 4:
    sys.exit("usage: python validate.py FILE FIRST_ID LAST_ID (ids as 5561 or dev-5561)")
path = sys.argv[1]
try:
    first, last = (int(arg.removeprefix("dev-")) for arg in sys.argv[2:4])
except ValueError:
    sys.exit(f"ids must be numbers, as 5561 or dev-5561 (got {sys.argv[2]} {sys.argv[3]})")
WANT = {"support-verbatim": 25, "support-paraphrase": 25, "contradict-number": 10, "contradict-date": 10,
        "contradict-name": 10, "contradict-negation": 10, "contradict-term": 10, "near-miss": 45, "topical": 43,
        "unrelated": 12}
STANCE = {"support": "supports", "contradict": "contradicts"}
errors = []
rows = []
try:
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
except OSError as e:
    sys.exit(f"{path}: cannot be read ({e.strerror})")
except UnicodeDecodeError:
    sys.exit(f"{path}: not UTF-8 text")
for n, line in enumerate(lines, 1):
    if not line.strip():
        continue
    try:
        r = json.loads(line)
    except Exception as e:
        errors.append(f"line {n}: not JSON ({e})"); continue
    if not isinstance(r, dict):
        errors.append(f"line {n}: not a record"); continue
    rows.append(r)
    keys = {"id", "claim", "published", "title", "passage", "stance", "kind", "note"}
    if set(r) != keys:
        errors.append(f"line {n}: keys {sorted(set(r) ^ keys)} wrong")
        continue
    want = STANCE.get(r["kind"].split("-")[0], "related")
    if r["kind"] not in WANT:
        errors.append(f"line {n}: unknown kind {r['kind']}")
    elif r["stance"] != want:
        errors.append(f"line {n}: kind {r['kind']} needs stance {want}")
    if r["published"] is not None:
        try:
            dt.date.fromisoformat(r["published"])
        except Exception:
            errors.append(f"line {n}: published not YYYY-MM-DD")
    for k in ("claim", "title", "passage", "note"):
        if not isinstance(r[k], str) or not r[k].strip():
            errors.append(f"line {n}: empty {k}")
ids = [r.get("id") for r in rows]
expected = [f"dev-{i}" for i in range(first, last + 1)]
if ids != expected:
    errors.append(f"ids must be exactly {expected[0]}..{expected[-1]} in order (got {len(ids)} rows)")
counts = Counter(r.get("kind") for r in rows)
for k, v in WANT.items():
    if counts[k] != v:
        errors.append(f"kind {k}: {counts[k]} rows, need {v}")
dated = {r["claim"] for r in rows if r.get("published")}
if not 8 <= len(dated) <= 16:
    errors.append(f"{len(dated)} distinct dated claims; want about 10-14")
passages = Counter(r.get("passage") for r in rows)
dups = [p for p, c in passages.items() if c > 1]
if dups:
    errors.append(f"{len(dups)} passages repeated")
print("\n".join(errors) if errors else f"OK: {len(rows)} rows")
sys.exit(1 if errors else 0)
