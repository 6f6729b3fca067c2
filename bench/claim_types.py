"""Claim-type quality on held-out data: the shipped model beside the cue-based rules.

    python bench/claim_types.py [--curve docs/learning-curve.png] [--json out.json] [--model FILE] [--seeds N]

1. Per-type precision/recall/F1, macro-F1 and confusion matrices on the test split of our labelled
   claims (data/claim_types, articles listed under "test" in split.json: never trained or tuned on),
   and the same on the fresh articles (data/claim_types/fresh-*.jsonl), written later, for evaluation
   only, by annotation sessions that did not write the training data.
2. Opinion-vs-rest macro-F1 on the NewsSD-ENG test split (Antici et al. 2024, CC BY 4.0), which no
   model here was trained or tuned on.
3. A learning curve: macro-F1 on the test split for models trained on 25/50/100 % of the training
   articles (with the shipped model's C), plotted to a PNG.
4. How far the schema's `opinion` is from NewsSD's SUBJ: NewsSD sentences typed by our guide
   (data/claim_types/newssd-typed.jsonl for train + val, newssd-test-typed.jsonl for test; never trained
   on) scored against NewsSD's own labels, with the agreement of a second, independent typing; and the
   models' six-type figures on the typed test sentences (published prose, each sentence read alone).
5. With --seeds N, how far the test figure moves with the training seed alone: the shipped recipe
   refitted with seeds 0 to N-1 and scored on the test split. A measurement, not a choice: the shipped
   model and its seed (0) stay as they are.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from build_model import own_records, training_groups  # noqa: E402

from checker import model  # noqa: E402
from checker.classify import RuleTyper  # noqa: E402
from checker.errors import ModelError  # noqa: E402
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


def bootstrap_interval(gold: list, predicted: list, groups: list, rounds: int = 1000, seed: int = 0) -> tuple:
    """95 % interval of macro-F1 when whole groups are resampled (claims of one article are not independent)."""
    import numpy as np
    from sklearn.metrics import f1_score

    members: dict = {}
    for i, group in enumerate(groups):
        members.setdefault(group, []).append(i)
    parts = list(members.values())
    rng = np.random.default_rng(seed)
    scores = []
    for _ in range(rounds):
        rows = [i for k in rng.integers(0, len(parts), len(parts)) for i in parts[k]]
        g, p = [gold[i] for i in rows], [predicted[i] for i in rows]
        scores.append(f1_score(g, p, labels=sorted(set(g)), average="macro", zero_division=0))
    return float(np.percentile(scores, 2.5)), float(np.percentile(scores, 97.5))


def print_intervals(articles: str, typers: dict, records, contexts, results: dict) -> None:
    """Each typer's macro-F1 with its 95 % interval (whole articles resampled), also kept in `results`."""
    print(f"\n95 % interval of macro-F1, resampling whole {articles} (1,000 rounds):")
    gold = [r.type for r in records]
    for name, typer in typers.items():
        low, high = bootstrap_interval(gold, [d.type for d in typer.predict(contexts)], [r.article for r in records])
        results[name]["macro_f1_interval"] = [low, high]
        print(f"  {name:<18} {results[name]['macro_f1']:.3f}  ({low:.3f} to {high:.3f})")


def own_voice_judgement(claim_type: str, source_kind: str) -> bool:
    """The closest the schema's types come to NewsSD's SUBJ (of five mappings tried on NewsSD train + val)."""
    return claim_type in ("opinion", "allegation") and source_kind == "none"


def read_typing(name: str) -> list[dict]:
    """NewsSD sentences typed by our guide: split, row, type, source_kind and maybe second_type."""
    return [json.loads(line) for line in (ROOT / "data" / "claim_types" / name).open(encoding="utf-8")]


def guide_against_newssd(typed: list[dict]) -> dict:
    """Opinion-vs-rest macro-F1 of our guide's own types of NewsSD sentences against NewsSD's labels."""
    from sklearn.metrics import cohen_kappa_score, f1_score

    gold = {}
    for split in sorted({t["split"] for t in typed}):
        for row, record in enumerate(model.read_labelled(SHARED / "data" / "subjectivity-newssd" / f"{split}.csv")):
            gold[split, row] = record.is_opinion
    subjective = [gold[t["split"], t["row"]] for t in typed]
    opinion = [t["type"] == "opinion" for t in typed]
    twice = [t for t in typed if "second_type" in t]
    return {
        "sentences": len(typed),
        "opinion_vs_rest_macro_f1": float(f1_score(subjective, opinion, average="macro")),
        "own_voice_opinion_or_allegation_macro_f1": float(f1_score(
            subjective, [own_voice_judgement(t["type"], t["source_kind"]) for t in typed], average="macro")),
        "objective_typed_opinion": sum(o and not s for o, s in zip(opinion, subjective)),
        "objective": subjective.count(False),
        "subjective_typed_allegation_or_none": sum(s and t["type"] in ("allegation", "none")
                                                   for s, t in zip(subjective, typed)),
        "subjective": subjective.count(True),
        "typed_twice": len(twice),
        "kappa": float(cohen_kappa_score([t["type"] for t in twice], [t["second_type"] for t in twice])),
        "second_opinion_vs_rest_macro_f1": float(f1_score(
            [gold[t["split"], t["row"]] for t in twice], [t["second_type"] == "opinion" for t in twice],
            average="macro")),
        "first_opinion_vs_rest_macro_f1_same_sentences": float(f1_score(
            [gold[t["split"], t["row"]] for t in twice], [t["type"] == "opinion" for t in twice], average="macro")),
    }


def print_guide_figures(title: str, ceiling: dict, use: str = "never trained on") -> None:
    print(f"\n{title} ({ceiling['sentences']} sentences) typed by our annotation guide, {use}: its "
          f"opinion vs NewsSD's subjective, macro-F1 {ceiling['opinion_vs_rest_macro_f1']:.3f}\n"
          f"  objective sentences the guide types opinion: {ceiling['objective_typed_opinion']} of "
          f"{ceiling['objective']}; subjective ones it types allegation or none: "
          f"{ceiling['subjective_typed_allegation_or_none']} of {ceiling['subjective']}\n"
          f"  typed twice, independently: {ceiling['typed_twice']} sentences, Cohen's kappa over the six types "
          f"{ceiling['kappa']:.2f}; opinion vs subjective macro-F1 "
          f"{ceiling['first_opinion_vs_rest_macro_f1_same_sentences']:.3f} (first typing) and "
          f"{ceiling['second_opinion_vs_rest_macro_f1']:.3f} (second)\n"
          f"  own-voice opinion or allegation vs subjective (the best of five mappings tried on train + val): "
          f"macro-F1 {ceiling['own_voice_opinion_or_allegation_macro_f1']:.3f}")


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


def seed_spread(test, test_contexts, C: float, seeds: int) -> dict[int, float]:
    """Test macro-F1 of the shipped recipe refitted with each training seed (it shuffles the
    subjectivity score's folds): how much of a figure is the seed's."""
    groups = training_groups(SHARED)
    records = [r for part in groups.values() for r in part]
    contexts = [c for part in groups.values() for c in model.contexts_for(part)]
    spread = {}
    for seed in range(seeds):
        typer = model.train(records, C=C, contexts=contexts, seed=seed)
        spread[seed] = model.evaluate(typer, test, test_contexts)["macro_f1"]
        print(f"  seed {seed}: test macro-F1 {spread[seed]:.3f}", flush=True)
    values = sorted(spread.values())
    print(f"  spread {values[0]:.3f} to {values[-1]:.3f}")
    return spread


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
    parser.add_argument("--model", help="score this model file instead of the shipped one (without the learning "
                                        "curve, which retrains the shipped recipe)")
    parser.add_argument("--seeds", type=int, default=0, metavar="N",
                        help="also refit the shipped recipe with training seeds 0 to N-1 and score each on the "
                             "test split (a measurement of chance; N models, about a minute each; not with --model)")
    args = parser.parse_args(argv)
    from sklearn.metrics import f1_score

    try:
        shipped = model.load_model(args.model) if args.model else model.shipped_model()
    except ModelError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    typers = {"trained model": shipped, "cue-based rules": RuleTyper()}
    test = own_records("test")
    test_contexts = model.contexts_for(test)
    results = {name: model.evaluate(typer, test, test_contexts) for name, typer in typers.items()}
    print(f"Test split: {len(test)} claims from {len({r.article for r in test})} articles never used for "
          f"training or tuning (model data hash {shipped.meta['data_hash']})\n")
    print_side_by_side(results)
    print_intervals("test articles", typers, test, test_contexts, results)

    fresh = [r for path in sorted((ROOT / "data" / "claim_types").glob("fresh-*.jsonl"))
             for r in model.read_labelled(path)]
    fresh_contexts = model.contexts_for(fresh)
    later = {name: model.evaluate(typer, fresh, fresh_contexts) for name, typer in typers.items()}
    print(f"\nFresh articles: {len(fresh):,} claims from {len({r.article for r in fresh})} articles written by "
          "other annotation sessions, never trained or tuned on (data/claim_types/fresh-*.jsonl; evaluation only)\n")
    print_side_by_side(later)
    print_intervals("fresh articles", typers, fresh, fresh_contexts, later)

    newssd = model.read_labelled(SHARED / "data" / "subjectivity-newssd" / "test.csv")
    news_contexts = model.contexts_for(newssd)
    news_gold = [r.is_opinion for r in newssd]
    subjective = {}
    print(f"\nNewsSD-ENG test ({len(newssd)} sentences), macro-F1 over subjective/objective:")
    for name, typer in typers.items():
        decisions = typer.predict(news_contexts)
        scores = subjective[name] = model.evaluate_subjectivity(decisions, news_contexts, news_gold)
        opinion = [d.type == "opinion" for d in decisions]
        low, high = bootstrap_interval(news_gold, opinion, list(range(len(newssd))))
        scores["opinion_vs_rest_interval"] = [low, high]
        judged = [own_voice_judgement(d.type, c.attribution.kind) for d, c in zip(decisions, news_contexts)]
        scores["own_voice_opinion_or_allegation_macro_f1"] = float(f1_score(news_gold, judged, average="macro"))
        print(f"  {name:<18} opinion vs rest {scores['opinion_vs_rest_macro_f1']:.3f} (95 % interval {low:.3f} to "
              f"{high:.3f}, resampling sentences)\n{'':<20} own-voice opinion vs rest "
              f"{scores['own_voice_opinion_macro_f1']:.3f}    own-voice opinion or allegation vs rest "
              f"{scores['own_voice_opinion_or_allegation_macro_f1']:.3f}")

    ceiling = guide_against_newssd(read_typing("newssd-typed.jsonl"))
    typed_training = any("newssd-typed" in item for item in shipped.meta.get("trained_on", []))  # --newssd-types
    print_guide_figures("NewsSD-ENG train + val", ceiling,
                        "where the type agrees with NewsSD's, trained on" if typed_training else "never trained on")
    typed_test = read_typing("newssd-test-typed.jsonl")
    test_typing = guide_against_newssd(typed_test)
    print_guide_figures("NewsSD-ENG test", test_typing)
    # The same test sentences as six-type data: published prose, each sentence read alone.
    rows = {t["row"]: t["type"] for t in typed_test}
    published = [dataclasses.replace(r, type=rows[k]) for k, r in enumerate(newssd)]
    prose = {name: model.evaluate(typer, published, news_contexts) for name, typer in typers.items()}
    print(f"\nThe same {len(published)} NewsSD test sentences as six-type data (the guide's first typing):")
    print_side_by_side(prose)

    output = {"test": results, "fresh": later, "newssd_test": subjective, "newssd_typed_by_guide": ceiling,
              "newssd_test_typed_by_guide": test_typing, "newssd_test_six_types": prose}
    if not (args.no_curve or args.model):
        print("\nLearning curve (same C as the shipped model):")
        train = own_records("train")
        news_train = model.read_labelled(SHARED / "data" / "subjectivity-newssd" / "train.csv")
        curve = learning_curve(train, test, test_contexts, news_train, shipped.meta["C"])
        plot(curve, results["cue-based rules"]["macro_f1"], Path(args.curve))
        print(f"  plot: {args.curve}")
        output["learning_curve"] = {str(k): v for k, v in curve.items()}
    if args.seeds and not args.model:
        print(f"\nThe shipped recipe refitted with {args.seeds} training seeds (the shipped model's is 0):")
        output["seed_spread"] = seed_spread(test, test_contexts, shipped.meta["C"], args.seeds)
    if args.json:
        Path(args.json).write_text(json.dumps(output, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
