"""Claim-type quality on held-out data: the shipped model beside the cue-based rules.

    python bench/claim_types.py [--curve docs/learning-curve.png] [--json out.json]

1. Per-type precision/recall/F1, macro-F1 and confusion matrices on the test split of our labelled
   claims (data/claim_types, articles listed under "test" in split.json: never trained or tuned on).
2. Opinion-vs-rest macro-F1 on the NewsSD-ENG test split (Antici et al. 2024, CC BY 4.0), which no
   model here was trained or tuned on.
3. A learning curve: macro-F1 on the test split for models trained on 25/50/100 % of the training
   articles (with the shipped model's C), plotted to a PNG.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from build_model import own_records  # noqa: E402

from checker import model  # noqa: E402
from checker.classify import RuleTyper  # noqa: E402
from checker.schema import TYPES  # noqa: E402

SHARED = Path(os.environ.get("CLAIMCHECK_SHARED", ROOT.parent / "shared"))


def print_side_by_side(results: dict) -> None:
    names = list(results)
    print(f"{'type':<12}" + "".join(f"{n + '  P / R / F1':>28}" for n in names) + f"{'n':>6}")
    for t in TYPES:
        row = f"{t:<12}"
        for n in names:
            m = results[n]["per_type"][t]
            row += f"{m['precision']:>12.3f}{m['recall']:>8.3f}{m['f1']:>8.3f}"
        print(row + f"{results[names[0]]['per_type'][t]['support']:>6}")
    print(f"{'macro-F1':<12}" + "".join(f"{results[n]['macro_f1']:>28.3f}" for n in names))
    print(f"{'accuracy':<12}" + "".join(f"{results[n]['accuracy']:>28.3f}" for n in names))
    for n in names:
        print(f"\nconfusion matrix, {n} (rows gold, columns predicted: {' '.join(TYPES)})")
        for t, row in zip(TYPES, results[n]["confusion"]["matrix"]):
            print(f"  {t:<11}" + "".join(f"{v:>6}" for v in row))


def subjectivity(typer, records, contexts) -> dict:
    return model.evaluate_subjectivity(typer.predict(contexts), contexts, [r.is_opinion for r in records])


def learning_curve(train, test, test_contexts, news_train, C: float, seed: int = 0) -> dict:
    articles = sorted({r.article for r in train})
    random.Random(seed).shuffle(articles)
    contexts = model.contexts_for(train + news_train)
    index = {id(r): i for i, r in enumerate(train + news_train)}
    curve = {}
    for share in (0.25, 0.5, 1.0):
        keep = set(articles[:max(1, round(len(articles) * share))])
        part = [r for r in train if r.article in keep]
        news = news_train[:round(len(news_train) * share)]
        typer = model.train(part + news, C=C, contexts=[contexts[index[id(r)]] for r in part + news])
        curve[share] = {"claims": len(part), "macro_f1": model.evaluate(typer, test, test_contexts)["macro_f1"]}
        print(f"  {share:>4.0%} of training articles ({len(part)} claims): test macro-F1 "
              f"{curve[share]['macro_f1']:.3f}", flush=True)
    return curve


def plot(curve: dict, rules_f1: float, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    xs = [curve[s]["claims"] for s in sorted(curve)]
    ys = [curve[s]["macro_f1"] for s in sorted(curve)]
    fig, ax = plt.subplots(figsize=(6, 4), dpi=110)
    ax.plot(xs, ys, marker="o", label="trained model")
    ax.axhline(rules_f1, color="grey", linestyle="--", label="cue-based rules")
    for x, y, s in zip(xs, ys, sorted(curve)):
        ax.annotate(f"{s:.0%}", (x, y), textcoords="offset points", xytext=(0, 8), ha="center")
    ax.set_xlabel("training claims (share of training articles)")
    ax.set_ylabel("macro-F1 on the held-out test split")
    ax.set_ylim(0.5, 1.0)
    ax.set_title("Claim-type model: learning curve")
    ax.grid(alpha=0.3)
    ax.legend(loc="lower right")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--curve", default=str(ROOT / "docs" / "learning-curve.png"), help="where to write the plot")
    parser.add_argument("--no-curve", action="store_true", help="skip the learning curve (it trains 3 models)")
    parser.add_argument("--json", help="also write the figures as JSON here")
    args = parser.parse_args(argv)

    shipped = model.shipped_model()
    typers = {"trained model": shipped, "cue-based rules": RuleTyper()}
    test = own_records("test")
    test_contexts = model.contexts_for(test)
    results = {name: model.evaluate(typer, test, test_contexts) for name, typer in typers.items()}
    print(f"Test split: {len(test)} claims from {len({r.article for r in test})} articles never used for "
          f"training or tuning (model data hash {shipped.meta['data_hash']})\n")
    print_side_by_side(results)

    newssd = model.read_labelled(SHARED / "data" / "subjectivity-newssd" / "test.csv")
    news_contexts = model.contexts_for(newssd)
    subjective = {name: subjectivity(typer, newssd, news_contexts) for name, typer in typers.items()}
    print(f"\nNewsSD-ENG test ({len(newssd)} sentences), macro-F1 over subjective/objective:")
    for name, scores in subjective.items():
        print(f"  {name:<18} opinion vs rest {scores['opinion_vs_rest_macro_f1']:.3f}    "
              f"own-voice opinion vs rest {scores['own_voice_opinion_macro_f1']:.3f}")

    output = {"test": results, "newssd_test": subjective}
    if not args.no_curve:
        print("\nLearning curve (same C as the shipped model):")
        train = own_records("train")
        news_train = model.read_labelled(SHARED / "data" / "subjectivity-newssd" / "train.csv")
        curve = learning_curve(train, test, test_contexts, news_train, shipped.meta["C"])
        plot(curve, results["cue-based rules"]["macro_f1"], Path(args.curve))
        print(f"  plot: {args.curve}")
        output["learning_curve"] = {str(k): v for k, v in curve.items()}
    if args.json:
        Path(args.json).write_text(json.dumps(output, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
