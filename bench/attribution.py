"""Attribution quality on the held-out benchmark set: source_kind accuracy and flag precision/recall.

    python bench/attribution.py [--rules] [--json out.json]

The set (bench/data/attribution/articles.jsonl) was written for evaluation only and is never used
for training or tuning. Gold claims are aligned to predicted claims by character overlap in the
cleaned text; a gold claim the cleaner removed (page furniture) counts as predicted `none` with no
flags, which is what a user sees.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import checker
from checker.classify import RuleTyper
from checker.schema import GAP_FLAGS

DATA = Path(__file__).resolve().parent / "data" / "attribution" / "articles.jsonl"


def load(path: Path = DATA) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def locate(gold_claims: list[dict], text: str) -> list[tuple[int, int] | None]:
    """Each gold claim's span in the cleaned text, searching forward, or None if it was cleaned away."""
    spans, cursor = [], 0
    for claim in gold_claims:
        at = text.find(claim["text"], cursor)
        if at < 0:
            at = text.find(claim["text"])
        if at < 0:
            spans.append(None)
            continue
        spans.append((at, at + len(claim["text"])))
        cursor = at + len(claim["text"])
    return spans


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def align(article: dict, report) -> list[tuple[dict, str, set[str], str]]:
    """(gold claim, predicted source_kind, predicted gap flags, predicted type) for every gold claim."""
    gold = article["claims"]
    spans = locate(gold, report.document.text)
    predicted_for: dict[int, list] = defaultdict(list)
    for claim in report.claims:
        best, best_overlap = None, 0
        for i, span in enumerate(spans):
            if span is not None and overlap(span, (claim.start, claim.end)) > best_overlap:
                best, best_overlap = i, overlap(span, (claim.start, claim.end))
        if best is not None:
            predicted_for[best].append(claim)
    rows = []
    for i, claim in enumerate(gold):
        if spans[i] is None:
            rows.append((claim, "none", set(), "none"))
            continue
        mine = predicted_for.get(i, [])
        if not mine:  # a gold claim inside a longer predicted claim mapped elsewhere
            covering = [c for c in report.claims if overlap(spans[i], (c.start, c.end)) > 0]
            mine = covering[:1]
        if not mine:
            rows.append((claim, "none", set(), "none"))
            continue
        main = max(mine, key=lambda c: overlap(spans[i], (c.start, c.end)))
        flags = {f for c in mine for f in c.flag_names if f in GAP_FLAGS}
        rows.append((claim, main.source_kind, flags, main.type))
    return rows


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate(articles: list[dict], typer=None) -> dict:
    kinds = Counter()
    confusion = Counter()
    counts = {flag: Counter() for flag in GAP_FLAGS}
    documents = [checker.ingest.from_text(a["text"], source=a["id"]) for a in articles]
    for article, report in zip(articles, checker.check_many(documents, typer=typer)):
        for gold, kind, flags, _type in align(article, report):
            kinds["total"] += 1
            kinds["correct"] += gold["source_kind"] == kind
            confusion[(gold["source_kind"], kind)] += 1
            for flag in GAP_FLAGS:
                g, p = flag in gold["flags"], flag in flags
                counts[flag]["tp" if g and p else "fp" if p else "fn" if g else "tn"] += 1
    per_flag = {}
    totals = Counter()
    for flag, c in counts.items():
        per_flag[flag] = dict(zip(("precision", "recall", "f1"), prf(c["tp"], c["fp"], c["fn"])),
                              support=c["tp"] + c["fn"])
        totals.update({k: c[k] for k in ("tp", "fp", "fn")})
    micro = dict(zip(("precision", "recall", "f1"), prf(totals["tp"], totals["fp"], totals["fn"])))
    return {
        "articles": len(articles),
        "claims": kinds["total"],
        "source_kind_accuracy": kinds["correct"] / kinds["total"],
        "source_kind_confusion": {f"{g}->{p}": n for (g, p), n in sorted(confusion.items())},
        "flags": per_flag,
        "flags_micro": micro,
    }


def print_table(name: str, result: dict) -> None:
    print(f"\n{name}: {result['articles']} articles, {result['claims']} gold claims")
    print(f"source_kind accuracy: {result['source_kind_accuracy']:.3f}")
    print(f"{'flag':<26}{'P':>7}{'R':>7}{'F1':>7}{'n':>6}")
    for flag, m in result["flags"].items():
        print(f"{flag:<26}{m['precision']:>7.3f}{m['recall']:>7.3f}{m['f1']:>7.3f}{m['support']:>6}")
    m = result["flags_micro"]
    print(f"{'all flags (micro)':<26}{m['precision']:>7.3f}{m['recall']:>7.3f}{m['f1']:>7.3f}")
    print("gold kind -> predicted kind:", ", ".join(f"{k} {v}" for k, v in result["source_kind_confusion"].items()
                                                    if k.split("->")[0] != k.split("->")[1]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", help="also write the figures as JSON here")
    parser.add_argument("--data", default=str(DATA),
                        help="articles to score (default: the held-out set; data/attribution_dev is for tuning)")
    args = parser.parse_args(argv)
    articles = load(Path(args.data))
    results = {"shipped typer": evaluate(articles), "cue-based rules": evaluate(articles, RuleTyper())}
    for name, result in results.items():
        print_table(name, result)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
