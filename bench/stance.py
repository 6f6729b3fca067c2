"""Evidence stance quality: does `supports` mean the passage says it, and `contradicts` that it disagrees?

    python bench/stance.py [--split dev|test|both] [--file PAIRS.jsonl ...] [--json out.json]

The pairs (bench/data/stance/, claim + reference passage + gold stance) were written by an annotation
session that had the schema's definitions but never the code or its output. `dev.jsonl` is for
developing the stance rules; `test.jsonl` is for reporting only and is never tuned on. Each pair is
judged the way `checker.check` judges a retrieved passage (`stance.claim_facts` + `stance.judge`, with
the claim's relative dates resolved against its dateline); beside it, in the same run, a plain
word-overlap judge that calls a passage support when it holds half the claim's content words.
`--file` scores other pair files the same way, instead of the splits: the held-out batches in
bench/data/stance/held-out/ (see its README) are kept out of dev and scored with it.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path

from checker import stance
from checker.nlp import load_pipeline

DATA = Path(__file__).resolve().parent / "data" / "stance"
LABELS = ("supports", "contradicts", "related")


def load(split: str) -> list[dict]:
    return read_pairs(DATA / f"{split}.jsonl")


class PairFileError(ValueError):
    """A pair file that cannot be read or holds a record that is not a labelled pair."""


def read_pairs(path: Path) -> list[dict]:
    """The pairs of a JSON-lines file, each with a claim, a passage and one of LABELS as its stance."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as error:
        raise PairFileError(f"{path}: no such file") from error
    except UnicodeDecodeError as error:
        raise PairFileError(f"{path}: not UTF-8 text") from error
    except OSError as error:
        raise PairFileError(f"{path}: cannot be read ({error.strerror})") from error
    pairs = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            pair = json.loads(line)
        except json.JSONDecodeError as error:
            raise PairFileError(f"{path}, line {number}: not JSON ({error.msg})") from error
        if not isinstance(pair, dict) or not all(isinstance(pair.get(key), str) for key in ("claim", "passage")) \
                or pair.get("stance") not in LABELS:
            raise PairFileError(f"{path}, line {number}: not a pair with a claim, a passage and a stance of "
                                f"{', '.join(LABELS)}")
        pairs.append(pair)
    if not pairs:
        raise PairFileError(f"{path}: holds no pairs")
    return pairs


def shipped_judge(nlp):
    """The pipeline's judgement of one pair."""
    def judge(pair: dict) -> str:
        published = dt.date.fromisoformat(pair["published"]) if pair.get("published") else None
        span = nlp(pair["claim"])[:]
        facts = stance.claim_facts(span, published)
        return stance.judge(facts, pair["passage"], pair.get("title"),
                            past_before=stance.past_limit(span, published))[0]
    return judge


def overlap_judge(nlp):
    """The baseline: support when the passage holds at least half the claim's content words, else related."""
    def judge(pair: dict) -> str:
        claim = stance.claim_facts(nlp(pair["claim"])[:], None).content
        passage = stance.passage_facts(f"{pair.get('title') or ''}. {pair['passage']}").content
        return "supports" if claim and len(claim & passage) / len(claim) >= 0.5 else "related"
    return judge


def scores(gold: list[str], predicted: list[str]) -> dict:
    """Per-label precision, recall and F1, macro-F1, accuracy and the confusion matrix."""
    from sklearn.metrics import confusion_matrix, precision_recall_fscore_support

    p, r, f, n = precision_recall_fscore_support(gold, predicted, labels=list(LABELS), zero_division=0)
    return {
        "per_label": {label: {"precision": float(p[i]), "recall": float(r[i]), "f1": float(f[i]), "n": int(n[i])}
                      for i, label in enumerate(LABELS)},
        "macro_f1": float(f.mean()),
        "accuracy": sum(g == q for g, q in zip(gold, predicted)) / max(1, len(gold)),
        "confusion": confusion_matrix(gold, predicted, labels=list(LABELS)).tolist(),
    }


def report(split: str, pairs: list[dict], judges: dict) -> dict:
    gold = [p["stance"] for p in pairs]
    results = {}
    print(f"\n{split}: {len(pairs)} pairs ({', '.join(f'{n} {label}' for label, n in Counter(gold).most_common())})")
    print(f"{'label':<13}" + "".join(f"{name + '  P / R / F1':>30}" for name in judges))
    for name, judge in judges.items():
        predicted = [judge(p) for p in pairs]
        results[name] = scores(gold, predicted)
        results[name]["predicted"] = predicted
    for label in LABELS:
        cells = "".join(f"{results[n]['per_label'][label]['precision']:>12.3f}"
                        f"{results[n]['per_label'][label]['recall']:>8.3f}{results[n]['per_label'][label]['f1']:>10.3f}"
                        for n in judges)
        print(f"{label:<13}{cells}   {results[next(iter(judges))]['per_label'][label]['n']:>4}")
    print(f"{'macro-F1':<13}" + "".join(f"{results[n]['macro_f1']:>30.3f}" for n in judges))
    print(f"{'accuracy':<13}" + "".join(f"{results[n]['accuracy']:>30.3f}" for n in judges))
    for name in judges:
        print(f"\nconfusion matrix, {name} (rows gold, columns predicted: {' '.join(LABELS)})")
        for label, row in zip(LABELS, results[name]["confusion"]):
            print(f"  {label:<12}" + "".join(f"{v:>6}" for v in row))
    shipped = next(iter(judges))
    predicted = results[shipped]["predicted"]
    by_kind: dict[str, list[bool]] = {}
    for pair, guess in zip(pairs, predicted):
        by_kind.setdefault(pair["kind"], []).append(guess == pair["stance"])
    print(f"\n{shipped}, right by kind of pair: " + ", ".join(
        f"{kind} {sum(v)}/{len(v)}" for kind, v in sorted(by_kind.items())))
    shown_as_support = sum(1 for pair, guess in zip(pairs, predicted) if pair["stance"] != "supports"
                           and guess == "supports")
    print(f"{shipped}: passages shown as support that do not support the claim: {shown_as_support} of "
          f"{sum(1 for p in pairs if p['stance'] != 'supports')}")
    for name in judges:
        del results[name]["predicted"]
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test", "both"), default="both")
    parser.add_argument("--file", nargs="+", type=Path, help="score these pair files instead of the splits")
    parser.add_argument("--json", help="also write the figures as JSON here")
    args = parser.parse_args(argv)
    try:  # (every file read before the pipeline loads: a bad one stops the run at once)
        files = {str(path): read_pairs(path) for path in args.file or ()}
    except PairFileError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    nlp = load_pipeline()
    judges = {"shipped stance": shipped_judge(nlp), "word overlap": overlap_judge(nlp)}
    if files:
        results = {name: report(name, pairs, judges) for name, pairs in files.items()}
    else:
        splits = ("dev", "test") if args.split == "both" else (args.split,)
        results = {split: report(split, load(split), judges) for split in splits}
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
