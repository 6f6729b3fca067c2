"""Choose how much the subjectivity examples weigh, by cross-validation on NewsSD train + val only.

    python scripts/tune_subjectivity.py [--shared ../shared] [--weights 1 3] [--newssd-types]

For each weight, five folds over the NewsSD train + val sentences: the model is trained as
`build_model.py` trains it (our training articles, our written subjectivity sentences, and four
folds of NewsSD; with --newssd-types, typed where our guide agrees with NewsSD, as
`build_model.py --newssd-types` trains it) and judged on the fifth fold by its `opinion`
decisions, and by its six types against our guide's typing of every sentence of that fold
(data/claim_types/newssd-typed.jsonl). The NewsSD test split and our test articles are never
read. The chosen weight is `checker.model.SUBJECTIVITY_WEIGHT`; this script's output is in
data/subjectivity/README.md.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from build_model import (  # noqa: E402
    C_FOR_TUNING,
    guide_typing,
    newssd_records,
    own_records,
    written_subjectivity,
)

from checker import model  # noqa: E402


def cross_validate(weight: float, train, written, news, contexts, guide_types, folds: int = 5) -> dict:
    from sklearn.metrics import f1_score
    from sklearn.model_selection import StratifiedKFold

    c_train, c_written, c_news = contexts
    gold = np.array([r.opinion for r in news])
    decisions = [None] * len(news)
    for fit, held in StratifiedKFold(folds, shuffle=True, random_state=0).split(gold, gold):
        typer = model.train(train + written + [news[i] for i in fit], C=C_FOR_TUNING, subjectivity_weight=weight,
                            contexts=c_train + c_written + [c_news[i] for i in fit])
        for i, decision in zip(held, typer.predict([c_news[i] for i in held])):
            decisions[i] = decision
    scores = model.evaluate_subjectivity(decisions, c_news, gold)
    types = [d.type for d in decisions]
    scores["six_types_macro_f1"] = float(f1_score(guide_types, types, labels=sorted(set(guide_types)), average="macro"))
    # an own-voice `allegation` gets a heavier flag than an own-voice `opinion`, so wrong ones cost an editor most
    scores["allegation_decisions"] = types.count("allegation")
    scores["allegation_decisions_typed_otherwise"] = sum(t == "allegation" and g != "allegation"
                                                         for t, g in zip(types, guide_types))
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared data folder")
    parser.add_argument("--weights", type=float, nargs="+", default=[1.0, 3.0])
    parser.add_argument("--newssd-types", action="store_true",
                        help="also type the NewsSD sentences where our guide agrees with NewsSD, as in training")
    args = parser.parse_args(argv)
    train, written = own_records("train"), written_subjectivity()
    news = [r for split in ("train", "val") for r in newssd_records(Path(args.shared), split, args.newssd_types)]
    contexts = (model.contexts_for(train), model.contexts_for(written), model.contexts_for(news))
    guide_types = [t["type"] for t in guide_typing("train") + guide_typing("val")]
    print(f"5-fold CV over NewsSD train+val ({len(news)} sentences), macro-F1 of the opinion decision:")
    for weight in args.weights:
        scores = cross_validate(weight, train, written, news, contexts, guide_types)
        print(f"  weight {weight:<4} opinion vs rest {scores['opinion_vs_rest_macro_f1']:.3f}   "
              f"own-voice opinion {scores['own_voice_opinion_macro_f1']:.3f}   "
              f"six types against the guide's typing {scores['six_types_macro_f1']:.3f}   "
              f"allegation decisions {scores['allegation_decisions']} "
              f"({scores['allegation_decisions_typed_otherwise']} typed otherwise by the guide)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
